package dev.carve.agent.record;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlNormalizerTest {
    @Test
    void literalsBecomePlaceholdersAndIdentifiersWithDigitsStay() {
        assertThat(SqlNormalizer.normalize(
                        "select t1.id from orders2 t1 where t1.total > 249.99 and t1.note = 'it''s' and t1.n=3"))
                .isEqualTo("select t1.id from orders2 t1 where t1.total > ? and t1.note = ? and t1.n=?");
    }

    @Test
    void commentsAndWhitespaceGoAndInListsCollapse() {
        assertThat(SqlNormalizer.normalize("/* hint */ select *\n  from  products -- all\n where id in (?, ?, ?)"))
                .isEqualTo("select * from products where id in (?)");
        assertThat(SqlNormalizer.normalize("insert into t (a, b) values (?, ?)"))
                .isEqualTo("insert into t (a, b) values (?, ?)");
    }

    @Test
    void longStatementsAreCut() {
        assertThat(SqlNormalizer.normalize("select " + "a, ".repeat(5_000) + "b from t"))
                .hasSizeLessThanOrEqualTo(SqlNormalizer.MAX_LENGTH);
    }

    @Test
    void httpPathsKeepTheirShapeWithIdsReplaced() {
        assertThat(HttpNames.normalize("/api/orders/123/lines/5?x=1")).isEqualTo("/api/orders/{id}/lines/{id}");
        assertThat(HttpNames.normalize("/api/v2/items/3f2b9c1e-0d4a-4e6b-9a7c-2b1d5e8f9a00"))
                .isEqualTo("/api/v2/items/{id}");
    }
}
