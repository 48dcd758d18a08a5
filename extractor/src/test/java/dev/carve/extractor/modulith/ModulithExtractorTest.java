package dev.carve.extractor.modulith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carve.analyzer.CarveException;
import dev.carve.extractor.testing.SampleCopy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input and the run modes, on a copy of the sample monolith (no Maven build here: the IT does that). */
class ModulithExtractorTest {
    @TempDir
    Path dir;

    private final ModulithExtractor extractor = new ModulithExtractor();

    @Test
    void refusesAnUnknownModuleNamingTheModulesAndWritesNothing() throws Exception {
        Path sample = SampleCopy.create(dir);
        Map<Path, Long> before = snapshot(sample);

        assertThatThrownBy(() -> extractor.extract(ModulithOptions.of(sample, SampleCopy.proposal(), "billing")))
                .isInstanceOf(CarveException.class)
                .hasMessageContaining("no module 'billing'")
                .hasMessageContaining("coupon")
                .satisfies(e -> assertThat(((CarveException) e).exitCode()).isEqualTo(2));
        assertThat(snapshot(sample)).isEqualTo(before);
    }

    @Test
    void refusesAProposalWhoseClassesAreGoneAndWritesNothing() throws Exception {
        Path sample = SampleCopy.create(dir);
        Files.delete(sample.resolve("src/main/java/com/acme/shop/service/CouponService.java"));
        SampleCopy.commit(sample, "remove a class");
        Map<Path, Long> before = snapshot(sample);

        assertThatThrownBy(() -> extractor.extract(ModulithOptions.of(sample, SampleCopy.proposal(), "coupon")))
                .isInstanceOf(CarveException.class)
                .hasMessageContaining("no longer matches the code")
                .hasMessageContaining("com.acme.shop.service.CouponService")
                .satisfies(e -> assertThat(((CarveException) e).exitCode()).isEqualTo(2));
        assertThat(snapshot(sample)).isEqualTo(before);
    }

    @Test
    void refusesADirtyWorkTreeUnlessForced() throws Exception {
        Path sample = SampleCopy.create(dir);
        Path util = sample.resolve("src/main/java/com/acme/shop/util/MoneyUtils.java");
        Files.writeString(util, Files.readString(util) + "\n// work in progress\n");
        Map<Path, Long> before = snapshot(sample);

        assertThatThrownBy(() -> extractor.extract(ModulithOptions.of(sample, SampleCopy.proposal(), "coupon")))
                .hasMessageContaining("uncommitted change")
                .hasMessageContaining("MoneyUtils.java")
                .hasMessageContaining("--force");
        assertThat(snapshot(sample)).isEqualTo(before);

        ModulithResult forced = extractor.extract(
                ModulithOptions.of(sample, SampleCopy.proposal(), "coupon").withForce(true));
        assertThat(forced.moves()).isNotEmpty();
        assertThat(sample.resolve("src/main/java/com/acme/shop/coupon/CouponService.java"))
                .exists();
    }

    @Test
    void dryRunReportsTheMovesAndWritesNothing() throws Exception {
        Path sample = SampleCopy.create(dir);
        Map<Path, Long> before = snapshot(sample);

        ModulithResult result = extractor.extract(
                ModulithOptions.of(sample, SampleCopy.proposal(), "coupon").withDryRun(true));

        assertThat(snapshot(sample)).isEqualTo(before);
        assertThat(result.dryRun()).isTrue();
        assertThat(result.moves())
                .contains(new ModulithResult.Move(
                        "com.acme.shop.service.CouponService", "com.acme.shop.coupon.CouponService", true));
        assertThat(result.moves())
                .contains(new ModulithResult.Move(
                        "com.acme.shop.controller.CouponController",
                        "com.acme.shop.coupon.internal.CouponController",
                        false));
        assertThat(result.created())
                .contains(
                        Path.of("src/main/java/com/acme/shop/coupon/package-info.java"),
                        Path.of("src/test/java/com/acme/shop/ModularityTests.java"));
        assertThat(result.changed()).contains(Path.of("pom.xml"), Path.of("src/main/resources/application.properties"));
    }

    @Test
    void writesOntoANewBranchWhenAsked() throws Exception {
        Path sample = SampleCopy.create(dir);

        extractor.extract(
                ModulithOptions.of(sample, SampleCopy.proposal(), "coupon").withBranch("carve/coupon"));

        try (Git git = Git.open(sample.toFile())) {
            assertThat(git.getRepository().getBranch()).isEqualTo("carve/coupon");
        }
        String service = Files.readString(sample.resolve("src/main/java/com/acme/shop/coupon/CouponService.java"));
        assertThat(service).startsWith("package com.acme.shop.coupon;");
    }

    @Test
    void keepsTheApplicationClassInPlaceAndListsIt() throws Exception {
        Path sample = SampleCopy.create(dir);

        ModulithResult order = extractor.extract(
                ModulithOptions.of(sample, SampleCopy.proposal(), "order").withDryRun(true));

        assertThat(order.moves()).noneMatch(m -> m.from().equals("com.acme.shop.ShopApplication"));
        assertThat(order.todo()).anyMatch(t -> t.kind().equals(TodoItem.KEPT_IN_PLACE));
    }

    private static Map<Path, Long> snapshot(Path root) throws Exception {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !root.relativize(p).startsWith(".git"))
                    .collect(Collectors.toMap(p -> p, p -> {
                        try {
                            return Files.size(p) * 31 + Files.readString(p).hashCode();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }));
        }
    }
}
