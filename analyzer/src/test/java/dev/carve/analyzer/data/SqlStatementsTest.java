package dev.carve.analyzer.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlStatementsTest {
    @Test
    void selectsReadEveryJoinedTableAndSubquery() {
        SqlFacts f = SqlStatements.sql("select * from orders o join \"Customer\" c on c.id = o.customer_id "
                + "where o.id in (select order_id from public.order_line)");
        assertThat(f.reads()).containsExactlyInAnyOrder("orders", "customer", "order_line");
        assertThat(f.writes()).isEmpty();
    }

    @Test
    void insertSelectWritesTheTargetAndReadsTheSource() {
        SqlFacts f = SqlStatements.sql("insert into archive (id) select id from orders where total > ?");
        assertThat(f.writes()).containsExactly("archive");
        assertThat(f.reads()).containsExactly("orders");
    }

    @Test
    void updatesAndDeletesWrite() {
        assertThat(SqlStatements.sql("update stock set qty = qty - 1 where sku = :sku")
                        .writes())
                .containsExactly("stock");
        assertThat(SqlStatements.sql("delete from cart where id = ?").writes()).containsExactly("cart");
    }

    @Test
    void jpqlWithEntityNamesThatAreSqlKeywordsFallsBackToClauses() {
        SqlFacts f = SqlStatements.jpql("select o from Order o join fetch o.lines where o.customer = :c");
        assertThat(f.understood()).isTrue();
        assertThat(f.reads()).containsExactlyInAnyOrder("Order", "Order#lines");
        assertThat(SqlStatements.jpql("update Product p set p.price = 1").writes())
                .containsExactly("Product");
    }

    @Test
    void garbageIsNotUnderstoodAndSaysWhy() {
        SqlFacts f = SqlStatements.sql("select from where");
        assertThat(f.understood()).isFalse();
        assertThat(f.error()).isNotBlank();
    }

    @Test
    void onlyDmlLookingStringsAreTakenForSql() {
        assertThat(SqlStatements.looksLikeSql("select name from customer")).isTrue();
        assertThat(SqlStatements.looksLikeSql("Select a product from the list")).isFalse();
        assertThat(SqlStatements.looksLikeSql("update your browser")).isFalse();
        assertThat(SqlStatements.looksLikeSql("UPDATE stock SET qty = 0")).isTrue();
    }
}
