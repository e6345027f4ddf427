package uk.org.networkcommons.gateway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.kafka.annotation.KafkaListener;
import uk.org.networkcommons.platform.test.architecture.FeatureRules;

/**
 * The gateway is an HTTP edge, so unlike a service its features are not domain / web / messaging stacks (every one
 * of them speaks HTTP): {@code security} (who calls and what they may send) is the base every other feature builds
 * on; {@code routing} and {@code apidocs} only configure the gateway and nothing builds on them; {@code stream} and
 * {@code portal} serve people. What the services' rules share still holds: no cycles between features, listeners
 * package-private in a feature, nothing writes around the outbox.
 */
@AnalyzeClasses(packages = "uk.org.networkcommons.gateway", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String ROOT = "uk.org.networkcommons.gateway";

    @ArchTest
    static final ArchRule featuresHaveNoCycles = FeatureRules.featuresHaveNoCycles(ROOT);

    @ArchTest
    static final ArchRule securityIsTheBaseAndDependsOnNoOtherFeature = noClasses()
            .that().resideInAPackage(ROOT + ".security..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".routing..", ROOT + ".apidocs..",
                    ROOT + ".stream..", ROOT + ".portal..");

    @ArchTest
    static final ArchRule nothingBuildsOnRoutingOrApiDocs = noClasses()
            .that().resideOutsideOfPackages(ROOT + ".routing..", ROOT + ".apidocs..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".routing..", ROOT + ".apidocs..");

    @ArchTest
    static final ArchRule onlySecurityHandlesTokensAndSessionsOfSpringSecurity = noClasses()
            .that().resideOutsideOfPackage(ROOT + ".security..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.security.oauth2.client..",
                    "org.springframework.security.oauth2.server.resource..", "org.springframework.security.config..")
            .because("the rest of the gateway learns who is calling from CurrentViewer");

    @ArchTest
    static final ArchRule listenersArePackagePrivate = classes()
            .that().containAnyMethodsThat(DescribedPredicate.describe("are Kafka listeners",
                    method -> method.isAnnotatedWith(KafkaListener.class)))
            .should().notBePublic()
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule nothingWritesAroundTheOutbox = noClasses().should().dependOnClassesThat()
            .haveFullyQualifiedName("org.springframework.data.mongodb.repository.MongoRepository")
            .because("a plain repository save would bypass the outbox and lose the events");
}
