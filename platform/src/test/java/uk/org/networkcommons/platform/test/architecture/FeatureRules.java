package uk.org.networkcommons.platform.test.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.web.bind.annotation.RestController;
import uk.org.networkcommons.platform.outbox.AggregateStore;

/**
 * Package by feature, as every service lays itself out: each feature ({@code <root>.<feature>}) holds its domain and
 * application services, its HTTP API in {@code .web} and its Kafka listeners in {@code .messaging}. A service's
 * ArchitectureTest applies {@link #packageByFeature} to its root and adds the rules about its own features.
 */
public final class FeatureRules {

    private FeatureRules() {
    }

    public static ArchRule packageByFeature(String root) {
        return CompositeArchRule.of(featuresHaveNoCycles(root))
                .and(slices().matching(root + ".(*).web..").should().notDependOnEachOther()
                        .as("no feature uses another feature's web layer"))
                .and(noClasses().that().resideOutsideOfPackage(root + ".*.web..")
                        .should().dependOnClassesThat().resideInAPackage(root + ".*.web..")
                        .as("only web layers depend on web layers"))
                .and(noClasses().that().resideOutsideOfPackage(root + ".*.messaging..")
                        .should().dependOnClassesThat().resideInAPackage(root + ".*.messaging..")
                        .as("nothing depends on a listener"))
                .and(classes().that().areAnnotatedWith(RestController.class)
                        .should().resideInAPackage(root + ".*.web").andShould().notBePublic()
                        .as("controllers live in web packages and are package-private"))
                .and(classes().that().containAnyMethodsThat(DescribedPredicate.describe("are Kafka listeners",
                                method -> method.isAnnotatedWith(KafkaListener.class)))
                        .should().resideInAPackage(root + ".*.messaging").andShould().notBePublic()
                        .allowEmptyShould(true)
                        .as("listeners live in messaging packages and are package-private"))
                .and(noClasses().that().resideInAPackage(root + ".*")
                        .and().resideOutsideOfPackages(root + ".*.web..", root + ".*.messaging..")
                        .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..",
                                "org.springframework.http..", "jakarta.servlet..", "org.springframework.kafka..",
                                "org.apache.kafka..")
                        .as("domain and application code know nothing of HTTP or Kafka"))
                .and(noClasses().that().resideInAnyPackage(root + ".*.web..", root + ".*.messaging..")
                        .should().dependOnClassesThat().areAssignableTo(MongoOperations.class)
                        .orShould().dependOnClassesThat().areAssignableTo(AggregateStore.class)
                        .as("web and messaging go through application services, not storage"))
                .and(noClasses().should().dependOnClassesThat()
                        .haveFullyQualifiedName("org.springframework.data.mongodb.repository.MongoRepository")
                        .because("a plain repository save would bypass the outbox and lose the events"));
    }

    public static ArchRule featuresHaveNoCycles(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }
}
