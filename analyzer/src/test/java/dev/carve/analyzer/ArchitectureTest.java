package dev.carve.analyzer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The analyzer's layering: parser, SQL and git libraries stay in their reader packages; the model stays pure. */
@AnalyzeClasses(packages = "dev.carve.analyzer", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule javaParserOnlyInSource = noClasses()
            .that()
            .resideOutsideOfPackage("..source..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.github.javaparser..");

    @ArchTest
    static final ArchRule sqlParserOnlyInData = noClasses()
            .that()
            .resideOutsideOfPackage("..data..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("net.sf.jsqlparser..");

    @ArchTest
    static final ArchRule jgitOnlyInGit = noClasses()
            .that()
            .resideOutsideOfPackage("..git..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.eclipse.jgit..");

    @ArchTest
    static final ArchRule modelIsPure = noClasses()
            .that()
            .resideInAPackage("..model..")
            .should()
            .dependOnClassesThat()
            .resideOutsideOfPackages("..model..", "java..");

    @ArchTest
    static final ArchRule readersDoNotReachIntoTheStore = noClasses()
            .that()
            .resideInAnyPackage("..source..", "..data..", "..git..", "..build..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..store..");

    @ArchTest
    static final ArchRule neo4jOnlyInTheStore = noClasses()
            .that()
            .resideOutsideOfPackage("..store..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.neo4j..")
            .because("Neo4j types never leave dev.carve.analyzer.store");

    @ArchTest
    static final ArchRule jqassistantOnlyInBytecode = noClasses()
            .that()
            .resideOutsideOfPackage("..bytecode..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.buschmais..")
            .because("jQAssistant is the bytecode reader's implementation detail");

    @ArchTest
    static final ArchRule asmOnlyInBytecode = noClasses()
            .that()
            .resideOutsideOfPackage("..bytecode..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.objectweb.asm..")
            .because("ASM is the bytecode reader's implementation detail (ADR 0004)");
}
