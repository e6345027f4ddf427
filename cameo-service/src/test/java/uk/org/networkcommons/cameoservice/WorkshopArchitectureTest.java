package uk.org.networkcommons.cameoservice;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.bind.annotation.RestController;
import uk.org.networkcommons.cameoservice.library.LibraryItems;
import uk.org.networkcommons.platform.outbox.AggregateStore;

/**
 * The workshop and assessment features keep the service's package-by-feature shape (ADR 1): domain and application
 * code at the feature root, HTTP in {@code .web}; assessments build on workshops, never the other way round; the
 * library is reached only through its {@code LibraryItems} interface.
 */
@AnalyzeClasses(packages = "uk.org.networkcommons.cameoservice", importOptions = ImportOption.DoNotIncludeTests.class)
class WorkshopArchitectureTest {

    private static final String ROOT = "uk.org.networkcommons.cameoservice";
    private static final String WORKSHOP = ROOT + ".workshop";
    private static final String ASSESSMENT = ROOT + ".assessment";

    @ArchTest
    static final ArchRule workshopsKnowNothingOfAssessments = noClasses().that().resideInAPackage(WORKSHOP + "..")
            .should().dependOnClassesThat().resideInAPackage(ASSESSMENT + "..");

    @ArchTest
    static final ArchRule theLibraryIsUsedOnlyThroughItsInterface = noClasses()
            .that().resideInAnyPackage(WORKSHOP + "..", ASSESSMENT + "..")
            .should().dependOnClassesThat(resideInAPackage(ROOT + ".library..")
                    .and(not(belongToAnyOf(LibraryItems.class))));

    @ArchTest
    static final ArchRule controllersLiveInWebPackagesAndArePackagePrivate = classes()
            .that().areAnnotatedWith(RestController.class)
            .and().resideInAnyPackage(WORKSHOP + "..", ASSESSMENT + "..")
            .should().resideInAnyPackage(WORKSHOP + ".web", ASSESSMENT + ".web").andShould().notBePublic();

    @ArchTest
    static final ArchRule domainAndApplicationCodeKnowNothingOfHttp = noClasses()
            .that().resideInAnyPackage(WORKSHOP, ASSESSMENT)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "org.springframework.http..",
                    "jakarta.servlet..");

    @ArchTest
    static final ArchRule webLayersGoThroughApplicationServicesNotStorage = noClasses()
            .that().resideInAnyPackage(WORKSHOP + ".web..", ASSESSMENT + ".web..")
            .should().dependOnClassesThat().areAssignableTo(MongoTemplate.class)
            .orShould().dependOnClassesThat().areAssignableTo(AggregateStore.class);

    @ArchTest
    static final ArchRule noFeatureUsesTheOthersWebLayer = noClasses().that().resideInAPackage(ASSESSMENT + "..")
            .should().dependOnClassesThat().resideInAPackage(WORKSHOP + ".web..");

    @ArchTest
    static final ArchRule aggregatesAreOnlySavedThroughTheOutboxStore = noClasses()
            .that().resideInAnyPackage(WORKSHOP + "..", ASSESSMENT + "..")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.springframework.data.mongodb.repository.MongoRepository")
            .because("a plain repository save would bypass the outbox and lose the events");
}
