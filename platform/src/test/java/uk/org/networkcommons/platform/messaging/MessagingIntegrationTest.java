package uk.org.networkcommons.platform.messaging;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import uk.org.networkcommons.platform.messaging.testapp.MessagingTestApplication;
import uk.org.networkcommons.platform.test.MessagingTestInfrastructure;

/**
 * The one context configuration of the messaging integration tests: every class uses exactly this, so Spring's context
 * cache starts the test service once per JVM, on the shared broker and Mongo.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = MessagingTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
                "spring.application.name=platform-messaging-test",
                "network-commons.outbox.poll-interval=200ms",
                "network-commons.messaging.retry.max-retries=2",
                "network-commons.messaging.retry.initial-interval=50ms",
                "network-commons.messaging.retry.max-interval=200ms",
                "logging.level.kafka=WARN",
                "logging.level.org.apache.kafka=WARN",
                "logging.level.state.change.logger=WARN",
                "logging.level.org.mongodb.driver=WARN",
                "logging.level.de.bwaldvogel=WARN"})
@ContextConfiguration(initializers = MessagingTestInfrastructure.class)
@interface MessagingIntegrationTest {
}
