package uk.org.networkcommons.cameoservice;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.bind.annotation.RestController;
import uk.org.networkcommons.cameoservice.library.LibraryItems;
import uk.org.networkcommons.platform.outbox.AggregateStore;

/**
 * Package by feature: {@code library}, {@code workshop} and {@code assessment}, each with its domain and application
 * services at its root and its HTTP API in {@code .web}. The library is the base the other features build on: they may
 * ask it about items only through {@link LibraryItems}, and it never depends on them.
 */
@AnalyzeClasses(packages = "uk.org.networkcommons.cameoservice", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String ROOT = "uk.org.networkcommons.cameoservice";

    @ArchTest
    static final ArchRule featuresHaveNoCycles = slices().matching(ROOT + ".(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule theLibraryDependsOnNoOtherFeature = noClasses()
            .that().resideInAPackage(ROOT + ".library..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".workshop..", ROOT + ".assessment..");

    @ArchTest
    static final ArchRule otherFeaturesUseTheLibraryOnlyThroughLibraryItems = noClasses()
            .that().resideInAnyPackage(ROOT + ".workshop..", ROOT + ".assessment..")
            .should().dependOnClassesThat(resideInAPackage(ROOT + ".library..")
                    .and(not(belongToAnyOf(LibraryItems.class))))
            .allowEmptyShould(true)
            .because("the library's storage and HTTP API may change; LibraryItems is the contract");

    @ArchTest
    static final ArchRule noFeatureUsesAnotherFeaturesWebLayer = slices().matching(ROOT + ".(*).web..")
            .should().notDependOnEachOther();

    @ArchTest
    static final ArchRule onlyWebLayersDependOnWebLayers = noClasses()
            .that().resideOutsideOfPackage(ROOT + ".*.web..")
            .should().dependOnClassesThat().resideInAPackage(ROOT + ".*.web..");

    @ArchTest
    static final ArchRule controllersLiveInWebPackagesAndArePackagePrivate = classes()
            .that().areAnnotatedWith(RestController.class)
            .should().resideInAPackage(ROOT + ".*.web").andShould().notBePublic();

    @ArchTest
    static final ArchRule domainAndApplicationCodeKnowNothingOfHttp = noClasses()
            .that().resideInAPackage(ROOT + ".*").and().resideOutsideOfPackage(ROOT + ".*.web..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "org.springframework.http..",
                    "jakarta.servlet..");

    @ArchTest
    static final ArchRule webLayersGoThroughApplicationServicesNotStorage = noClasses()
            .that().resideInAPackage(ROOT + ".*.web..")
            .should().dependOnClassesThat().areAssignableTo(MongoTemplate.class)
            .orShould().dependOnClassesThat().areAssignableTo(MongoOperations.class)
            .orShould().dependOnClassesThat().areAssignableTo(AggregateStore.class);

    @ArchTest
    static final ArchRule aggregatesAreOnlySavedThroughTheOutboxStore = noClasses()
            .should().dependOnClassesThat().haveFullyQualifiedName("org.springframework.data.mongodb.repository.MongoRepository")
            .because("a plain repository save would bypass the outbox and lose the events");
}
