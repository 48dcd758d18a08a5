package com.acme.shop;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The app stays an ordinary Spring app that tools can move around; the workload driver stays JDK-only. */
class ArchitectureTest {

    private static final JavaClasses app = new ClassFileImporter().importPath(Path.of("target/classes"));
    private static final JavaClasses workload = new ClassFileImporter()
            .withImportOption(location -> !location.contains("Test.class"))
            .importPath(Path.of("target/test-classes/dev/carve/sample/workload"));

    @Test
    void appKnowsNothingOfCarve() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.carve..")
                .check(app);
    }

    @Test
    void appLoadsNoClassesByName() {
        noClasses().should().callMethod(Class.class, "forName", String.class).check(app);
    }

    @Test
    void workloadDriverUsesOnlyTheJdk() {
        classes()
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "dev.carve.sample.workload..")
                .check(workload);
    }
}
