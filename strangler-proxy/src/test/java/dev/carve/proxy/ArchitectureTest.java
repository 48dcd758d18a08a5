package dev.carve.proxy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The proxy's layering: Netty only in the data plane, admin server and routing; pure cores stay pure. */
class ArchitectureTest {
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.carve.proxy");

    @Test
    void nettyStaysInTheDataPlaneAdminServerAndRouteMatching() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "dev.carve.proxy.config..",
                        "dev.carve.proxy.match..",
                        "dev.carve.proxy.stage..",
                        "dev.carve.proxy.shadow..",
                        "dev.carve.proxy.metrics..",
                        "dev.carve.proxy")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.netty..")
                .check(CLASSES);
    }

    @Test
    void patternsDependOnNothingButTheJdk() {
        noClasses()
                .that()
                .resideInAPackage("dev.carve.proxy.match..")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages("dev.carve.proxy.match..", "java..")
                .check(CLASSES);
    }

    @Test
    void theDataFlowsOneWay() {
        noClasses()
                .that()
                .resideInAnyPackage("dev.carve.proxy.config..", "dev.carve.proxy.stage..", "dev.carve.proxy.shadow..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.carve.proxy.http..", "dev.carve.proxy.admin..", "dev.carve.proxy.route..")
                .check(CLASSES);
        noClasses()
                .that()
                .resideInAPackage("dev.carve.proxy.http..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.carve.proxy.admin..")
                .check(CLASSES);
    }
}
