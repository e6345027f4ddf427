package uk.org.networkcommons.platform.test.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;
import uk.org.networkcommons.platform.test.MessagingTestInfrastructure;
import uk.org.networkcommons.platform.test.security.TestJwtIssuerInitializer;

/**
 * The one Spring context a service's integration tests share: the real application with a real Kafka broker in the
 * JVM, the Mongo stand-in and tokens from the test issuer, validated through its JWKS. Every test class of a service
 * carries exactly this configuration, so Spring's context cache starts it once per test JVM.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = {MessagingTestInfrastructure.class, TestJwtIssuerInitializer.class})
public @interface ServiceIntegrationTest {
}
