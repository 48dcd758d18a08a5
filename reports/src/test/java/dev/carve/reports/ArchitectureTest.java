package dev.carve.reports;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Reports render a proposal and nothing else: they never reach back into the analyzer's readers, store or clustering. */
@AnalyzeClasses(packages = "dev.carve.reports", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule onlyTheProposalModel = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "dev.carve.analyzer.store..",
                    "dev.carve.analyzer.cluster..",
                    "dev.carve.analyzer.source..",
                    "dev.carve.analyzer.runtime..",
                    "org.neo4j..")
            .because("data flows one way: proposal -> reports (see ARCHITECTURE.md)");

    @ArchTest
    static final ArchRule helpersDoNotKnowTheRenderers = noClasses()
            .that()
            .resideInAPackage("..reports.internal..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("dev.carve.reports");
}
