package uk.org.networkcommons.actiontracker;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import uk.org.networkcommons.platform.test.architecture.FeatureRules;

/**
 * Package by feature: {@code action} (the aggregate and its application service) is the base; {@code proposal},
 * {@code reminder} and {@code report} build on it and never on each other's web or messaging layers. HTTP lives in
 * {@code .web}, Kafka listeners in {@code .messaging}, and both only call application services.
 */
@AnalyzeClasses(packages = "uk.org.networkcommons.actiontracker", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String ROOT = "uk.org.networkcommons.actiontracker";

    @ArchTest
    static final ArchRule packageByFeature = FeatureRules.packageByFeature(ROOT);

    @ArchTest
    static final ArchRule theActionFeatureDependsOnNoOtherFeature = noClasses()
            .that().resideInAPackage(ROOT + ".action..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".proposal..", ROOT + ".reminder..",
                    ROOT + ".report..");
}
