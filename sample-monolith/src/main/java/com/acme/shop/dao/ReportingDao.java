package com.acme.shop.dao;

import com.acme.shop.dto.CustomerSummaryDto;
import com.acme.shop.dto.DashboardDto;
import com.acme.shop.dto.InventoryValueDto;
import com.acme.shop.dto.SalesDayDto;
import com.acme.shop.dto.TopProductDto;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The reports, in plain SQL against everybody's tables: the reporting team owns no entities but the snapshots.
 * Revenue counts orders that were paid (also when they later shipped, were delivered or refunded).
 */
@Repository
public class ReportingDao {

    private static final String SALES_BY_DAY_SQL = """
            select d.day::date as day,
                   coalesce(o.orders, 0) as orders, coalesce(o.items, 0) as items,
                   coalesce(o.revenue, 0) as revenue, coalesce(o.discounts, 0) as discounts,
                   coalesce(r.refunds, 0) as refunds
            from generate_series(?::date, ?::date, interval '1 day') as d (day)
            left join (
                select date_trunc('day', o.placed_at at time zone 'UTC')::date as day, count(distinct o.id) as orders,
                       sum(l.items) as items, sum(o.total) as revenue, sum(o.discount) as discounts
                from orders o
                join (select order_id, sum(quantity) as items from order_lines group by order_id) l on l.order_id = o.id
                where o.status in ('PAID', 'SHIPPED', 'DELIVERED', 'REFUNDED')
                  and o.placed_at >= ? and o.placed_at < ?
                group by 1) o on o.day = d.day::date
            left join (
                select date_trunc('day', r.created_at at time zone 'UTC')::date as day, sum(r.amount) as refunds
                from refunds r
                where r.created_at >= ? and r.created_at < ?
                group by 1) r on r.day = d.day::date
            order by d.day
            """;

    private static final String TOP_PRODUCTS_SQL = """
            select p.id, p.sku, p.name, c.name as category, sum(l.quantity) as quantity, sum(l.line_total) as revenue
            from order_lines l
            join orders o on o.id = l.order_id
            join products p on p.id = l.product_id
            join categories c on c.id = p.category_id
            where o.status in ('PAID', 'SHIPPED', 'DELIVERED')
            group by p.id, p.sku, p.name, c.name
            order by quantity desc, revenue desc, p.id
            limit ?
            """;

    private static final String INVENTORY_VALUE_SQL = """
            select w.code, w.name, coalesce(sum(s.on_hand), 0) as units,
                   coalesce(sum(s.on_hand * lp.price), 0) as value
            from warehouses w
            left join stock_levels s on s.warehouse_id = w.id
            left join (select distinct on (product_id) product_id, price
                       from product_prices where valid_from <= now()
                       order by product_id, valid_from desc, id desc) lp on lp.product_id = s.product_id
            where w.active
            group by w.code, w.name
            order by w.code
            """;

    private static final String CUSTOMER_SUMMARY_SQL = """
            select c.id, c.email, c.first_name || ' ' || c.last_name as name, c.tier,
                   (select count(*) from orders o where o.customer_id = c.id) as orders,
                   (select coalesce(sum(o.total), 0) from orders o
                     where o.customer_id = c.id and o.status in ('PAID', 'SHIPPED', 'DELIVERED')) as spent,
                   (select max(o.placed_at) from orders o where o.customer_id = c.id) as last_order_at,
                   coalesce(la.points, 0) as points,
                   (select count(*) from notifications n where n.customer_id = c.id) as notifications
            from customers c
            left join loyalty_accounts la on la.customer_id = c.id
            where c.id = ?
            """;

    private static final String DASHBOARD_SQL = """
            select
              (select count(*) from orders where placed_at >= ?) as orders_today,
              (select coalesce(sum(total), 0) from orders
                where placed_at >= ? and status in ('PAID', 'SHIPPED', 'DELIVERED')) as revenue_today,
              (select count(*) from shipments where status in ('READY', 'DISPATCHED')) as open_shipments,
              (select count(*) from stock_levels where on_hand - reserved <= reorder_point) as low_stock,
              (select count(*) from notifications where status = 'PENDING') as pending_notifications,
              (select count(*) from promotions where active and starts_at <= now()
                and (ends_at is null or ends_at > now())) as active_promotions,
              (select count(*) from customers) as customers
            """;

    private static final String UPSERT_SNAPSHOT_SQL = """
            insert into daily_sales_snapshots
                (snapshot_date, order_count, items_sold, gross_revenue, discounts, refunds, generated_at)
            select ?::date,
                   (select count(*) from orders o where o.status in ('PAID', 'SHIPPED', 'DELIVERED', 'REFUNDED')
                     and o.placed_at >= ? and o.placed_at < ?),
                   (select coalesce(sum(l.quantity), 0) from order_lines l join orders o on o.id = l.order_id
                     where o.status in ('PAID', 'SHIPPED', 'DELIVERED', 'REFUNDED') and o.placed_at >= ? and o.placed_at < ?),
                   (select coalesce(sum(o.total), 0) from orders o where o.status in ('PAID', 'SHIPPED', 'DELIVERED', 'REFUNDED')
                     and o.placed_at >= ? and o.placed_at < ?),
                   (select coalesce(sum(o.discount), 0) from orders o where o.status in ('PAID', 'SHIPPED', 'DELIVERED', 'REFUNDED')
                     and o.placed_at >= ? and o.placed_at < ?),
                   (select coalesce(sum(r.amount), 0) from refunds r where r.created_at >= ? and r.created_at < ?),
                   now()
            on conflict (snapshot_date) do update set
                order_count = excluded.order_count, items_sold = excluded.items_sold,
                gross_revenue = excluded.gross_revenue, discounts = excluded.discounts,
                refunds = excluded.refunds, generated_at = excluded.generated_at
            """;

    private final JdbcTemplate jdbcTemplate;

    public ReportingDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public List<SalesDayDto> salesByDay(LocalDate from, LocalDate to, Instant start, Instant end) {
        Timestamp s = Timestamp.from(start);
        Timestamp e = Timestamp.from(end);
        return jdbcTemplate.query(
                SALES_BY_DAY_SQL,
                (rs, row) -> new SalesDayDto(
                        rs.getObject("day", LocalDate.class),
                        rs.getInt("orders"),
                        rs.getInt("items"),
                        rs.getBigDecimal("revenue"),
                        rs.getBigDecimal("discounts"),
                        rs.getBigDecimal("refunds")),
                from,
                to,
                s,
                e,
                s,
                e);
    }

    public List<TopProductDto> topProducts(int limit) {
        return jdbcTemplate.query(
                TOP_PRODUCTS_SQL,
                (rs, row) -> new TopProductDto(
                        rs.getLong("id"),
                        rs.getString("sku"),
                        rs.getString("name"),
                        rs.getString("category"),
                        rs.getLong("quantity"),
                        rs.getBigDecimal("revenue")),
                limit);
    }

    public List<InventoryValueDto> inventoryValue() {
        return jdbcTemplate.query(
                INVENTORY_VALUE_SQL,
                (rs, row) -> new InventoryValueDto(
                        rs.getString("code"), rs.getString("name"), rs.getLong("units"), rs.getBigDecimal("value")));
    }

    public Optional<CustomerSummaryDto> customerSummary(Long customerId) {
        return jdbcTemplate
                .query(
                        CUSTOMER_SUMMARY_SQL,
                        (rs, row) -> {
                            Timestamp last = rs.getTimestamp("last_order_at");
                            return new CustomerSummaryDto(
                                    rs.getLong("id"),
                                    rs.getString("email"),
                                    rs.getString("name"),
                                    rs.getString("tier"),
                                    rs.getLong("orders"),
                                    rs.getBigDecimal("spent"),
                                    last == null ? null : last.toInstant(),
                                    rs.getInt("points"),
                                    rs.getLong("notifications"));
                        },
                        customerId)
                .stream()
                .findFirst();
    }

    public DashboardDto dashboard(Instant startOfToday, Instant generatedAt) {
        Timestamp today = Timestamp.from(startOfToday);
        return jdbcTemplate.queryForObject(
                DASHBOARD_SQL,
                (rs, row) -> new DashboardDto(
                        generatedAt,
                        rs.getLong("orders_today"),
                        rs.getBigDecimal("revenue_today"),
                        rs.getLong("open_shipments"),
                        rs.getLong("low_stock"),
                        rs.getLong("pending_notifications"),
                        rs.getLong("active_promotions"),
                        rs.getLong("customers")),
                today,
                today);
    }

    public void upsertSnapshot(LocalDate day, Instant start, Instant end) {
        Timestamp s = Timestamp.from(start);
        Timestamp e = Timestamp.from(end);
        jdbcTemplate.update(UPSERT_SNAPSHOT_SQL, day, s, e, s, e, s, e, s, e, s, e);
    }
}
