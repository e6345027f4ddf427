package uk.org.networkcommons.actiontracker;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.web.bind.annotation.RestController;
import uk.org.networkcommons.platform.outbox.AggregateStore;

/**
 * Package by feature: {@code action} (the aggregate and its application service) is the base; {@code proposal},
 * {@code reminder} and {@code report} build on it and never on each other's web or messaging layers. HTTP lives in
 * {@code .web}, Kafka listeners in {@code .messaging}, and both only call application services.
 */
@AnalyzeClasses(packages = "uk.org.networkcommons.actiontracker", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String ROOT = "uk.org.networkcommons.actiontracker";

    @ArchTest
    static final ArchRule featuresHaveNoCycles = slices().matching(ROOT + ".(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule theActionFeatureDependsOnNoOtherFeature = noClasses()
            .that().resideInAPackage(ROOT + ".action..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".proposal..", ROOT + ".reminder..",
                    ROOT + ".report..");

    @ArchTest
    static final ArchRule noFeatureUsesAnotherFeaturesWebLayer = slices().matching(ROOT + ".(*).web..")
            .should().notDependOnEachOther();

    @ArchTest
    static final ArchRule onlyWebLayersDependOnWebLayers = noClasses()
            .that().resideOutsideOfPackage(ROOT + ".*.web..")
            .should().dependOnClassesThat().resideInAPackage(ROOT + ".*.web..");

    @ArchTest
    static final ArchRule nothingDependsOnAListener = noClasses()
            .that().resideOutsideOfPackage(ROOT + ".*.messaging..")
            .should().dependOnClassesThat().resideInAPackage(ROOT + ".*.messaging..");

    @ArchTest
    static final ArchRule controllersLiveInWebPackagesAndArePackagePrivate = classes()
            .that().areAnnotatedWith(RestController.class)
            .should().resideInAPackage(ROOT + ".*.web").andShould().notBePublic();

    @ArchTest
    static final ArchRule listenersLiveInMessagingPackagesAndArePackagePrivate = classes()
            .that().containAnyMethodsThat(com.tngtech.archunit.base.DescribedPredicate.describe("are Kafka listeners",
                    method -> method.isAnnotatedWith(KafkaListener.class)))
            .should().resideInAPackage(ROOT + ".*.messaging").andShould().notBePublic();

    @ArchTest
    static final ArchRule domainAndApplicationCodeKnowNothingOfHttpOrKafka = noClasses()
            .that().resideInAPackage(ROOT + ".*").and().resideOutsideOfPackages(ROOT + ".*.web..",
                    ROOT + ".*.messaging..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "org.springframework.http..",
                    "jakarta.servlet..", "org.springframework.kafka..", "org.apache.kafka..");

    @ArchTest
    static final ArchRule webAndMessagingGoThroughApplicationServicesNotStorage = noClasses()
            .that().resideInAnyPackage(ROOT + ".*.web..", ROOT + ".*.messaging..")
            .should().dependOnClassesThat().areAssignableTo(MongoTemplate.class)
            .orShould().dependOnClassesThat().areAssignableTo(MongoOperations.class)
            .orShould().dependOnClassesThat().areAssignableTo(AggregateStore.class);

    @ArchTest
    static final ArchRule aggregatesAreOnlySavedThroughTheOutboxStore = noClasses()
            .should().dependOnClassesThat().haveFullyQualifiedName("org.springframework.data.mongodb.repository.MongoRepository")
            .because("a plain repository save would bypass the outbox and lose the events");
}
