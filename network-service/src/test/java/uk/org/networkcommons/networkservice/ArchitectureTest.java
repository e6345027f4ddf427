package uk.org.networkcommons.networkservice;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import uk.org.networkcommons.platform.test.architecture.FeatureRules;

/**
 * Package by feature ({@code organisation}, {@code network}, {@code membership}, {@code leadership}, {@code agreement}),
 * as every service; and the network aggregate is the core the other network features build on, never the reverse.
 */
@AnalyzeClasses(packages = "uk.org.networkcommons.networkservice", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String ROOT = "uk.org.networkcommons.networkservice";

    @ArchTest
    static final ArchRule packageByFeature = FeatureRules.packageByFeature(ROOT);

    @ArchTest
    static final ArchRule theNetworkAggregateDependsOnNoOtherFeature = noClasses()
            .that().resideInAPackage(ROOT + ".network..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".membership..", ROOT + ".leadership..",
                    ROOT + ".agreement..", ROOT + ".organisation..");
}
