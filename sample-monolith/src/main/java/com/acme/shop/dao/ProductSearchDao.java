package com.acme.shop.dao;

import com.acme.shop.dto.ProductSummaryDto;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The product list of the back office. Written in SQL in 2017 because the JPA version needed one query per row
 * for price and stock; it reads the price and stock tables directly.
 */
@Repository
public class ProductSearchDao {

    private static final String SELECT_SQL = "select p.id, p.sku, p.name, p.category_id, c.name as category_name,"
            + " p.active,"
            + " (select pp.price from product_prices pp where pp.product_id = p.id and pp.valid_from <= now()"
            + "    order by pp.valid_from desc, pp.id desc limit 1) as price,"
            + " (select coalesce(sum(s.on_hand - s.reserved), 0) from stock_levels s where s.product_id = p.id)"
            + "    as available"
            + " from products p join categories c on c.id = p.category_id";
    private static final String COUNT_SQL = "select count(*) from products p";
    private static final String WHERE_CATEGORY = " (p.category_id = ? or c2.parent_id = ?)";
    private static final String WHERE_TEXT = " (lower(p.name) like ? or lower(p.sku) like ?)";

    private final JdbcTemplate jdbcTemplate;

    public ProductSearchDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public List<ProductSummaryDto> search(
            Long categoryId, String text, boolean includeInactive, int offset, int limit) {
        List<Object> args = new ArrayList<>();
        String where = where(categoryId, text, includeInactive, args);
        String sql = SELECT_SQL + " join categories c2 on c2.id = p.category_id" + where
                + " order by p.name, p.id limit ? offset ?";
        args.add(limit);
        args.add(offset);
        return jdbcTemplate.query(sql, ProductSearchDao::mapRow, args.toArray());
    }

    public long count(Long categoryId, String text, boolean includeInactive) {
        List<Object> args = new ArrayList<>();
        String where = where(categoryId, text, includeInactive, args);
        Long count = jdbcTemplate.queryForObject(
                COUNT_SQL + " join categories c2 on c2.id = p.category_id" + where, Long.class, args.toArray());
        return count == null ? 0 : count;
    }

    private static String where(Long categoryId, String text, boolean includeInactive, List<Object> args) {
        List<String> conditions = new ArrayList<>();
        if (!includeInactive) {
            conditions.add(" p.active = true");
        }
        if (categoryId != null) {
            conditions.add(WHERE_CATEGORY);
            args.add(categoryId);
            args.add(categoryId);
        }
        if (text != null && !text.isBlank()) {
            String term = "%" + text.trim().toLowerCase() + "%";
            conditions.add(WHERE_TEXT);
            args.add(term);
            args.add(term);
        }
        return conditions.isEmpty() ? "" : " where" + String.join(" and", conditions);
    }

    private static ProductSummaryDto mapRow(ResultSet rs, int row) throws SQLException {
        return new ProductSummaryDto(
                rs.getLong("id"),
                rs.getString("sku"),
                rs.getString("name"),
                rs.getLong("category_id"),
                rs.getString("category_name"),
                rs.getBigDecimal("price"),
                rs.getLong("available"),
                rs.getBoolean("active"));
    }
}
