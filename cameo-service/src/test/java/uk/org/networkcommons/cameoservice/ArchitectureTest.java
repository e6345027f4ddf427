package uk.org.networkcommons.cameoservice;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import uk.org.networkcommons.cameoservice.library.LibraryItems;
import uk.org.networkcommons.platform.test.architecture.FeatureRules;

/**
 * Package by feature ({@code library}, {@code workshop}, {@code assessment}), as every service. The library is the
 * base the others build on and is reached only through {@link LibraryItems}; assessments build on workshops, never the
 * other way round.
 */
@AnalyzeClasses(packages = "uk.org.networkcommons.cameoservice", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String ROOT = "uk.org.networkcommons.cameoservice";

    @ArchTest
    static final ArchRule packageByFeature = FeatureRules.packageByFeature(ROOT);

    @ArchTest
    static final ArchRule theLibraryDependsOnNoOtherFeature = noClasses()
            .that().resideInAPackage(ROOT + ".library..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".workshop..", ROOT + ".assessment..");

    @ArchTest
    static final ArchRule otherFeaturesUseTheLibraryOnlyThroughLibraryItems = noClasses()
            .that().resideInAnyPackage(ROOT + ".workshop..", ROOT + ".assessment..")
            .should().dependOnClassesThat(resideInAPackage(ROOT + ".library..")
                    .and(not(belongToAnyOf(LibraryItems.class))))
            .because("the library's storage and HTTP API may change; LibraryItems is the contract");

    @ArchTest
    static final ArchRule workshopsKnowNothingOfAssessments = noClasses().that().resideInAPackage(ROOT + ".workshop..")
            .should().dependOnClassesThat().resideInAPackage(ROOT + ".assessment..");
}
