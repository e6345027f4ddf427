package uk.org.networkcommons.networkservice;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.bind.annotation.RestController;
import uk.org.networkcommons.platform.outbox.AggregateStore;

/**
 * Package by feature: each feature ({@code organisation}, {@code network}, {@code membership}, {@code leadership},
 * {@code agreement}) has its domain and application services at its root and its HTTP API in {@code .web}. The network
 * aggregate is the core the other network features build on, never the other way round.
 */
@AnalyzeClasses(packages = "uk.org.networkcommons.networkservice", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String ROOT = "uk.org.networkcommons.networkservice";

    @ArchTest
    static final ArchRule featuresHaveNoCycles = slices().matching(ROOT + ".(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule theNetworkAggregateDependsOnNoOtherFeature = noClasses()
            .that().resideInAPackage(ROOT + ".network..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".membership..", ROOT + ".leadership..",
                    ROOT + ".agreement..", ROOT + ".organisation..");

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
            .orShould().dependOnClassesThat().areAssignableTo(AggregateStore.class);

    @ArchTest
    static final ArchRule aggregatesAreOnlySavedThroughTheOutboxStore = noClasses()
            .should().dependOnClassesThat().haveFullyQualifiedName("org.springframework.data.mongodb.repository.MongoRepository")
            .because("a plain repository save would bypass the outbox and lose the events");
}
