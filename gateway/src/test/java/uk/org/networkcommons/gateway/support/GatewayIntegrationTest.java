package uk.org.networkcommons.gateway.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.ContextConfiguration;
import uk.org.networkcommons.platform.test.MessagingTestInfrastructure;
import uk.org.networkcommons.platform.test.security.TestJwtIssuerInitializer;

/**
 * The one Spring context the gateway's tests share: the real gateway on a random port, a real Kafka broker in the JVM,
 * the Mongo stand-in, tokens from the test issuer and {@link FakeServices} behind every route. Every test class
 * carries exactly this, so the context starts once per test JVM.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@ContextConfiguration(initializers = {MessagingTestInfrastructure.class, TestJwtIssuerInitializer.class,
        FakeServices.class})
public @interface GatewayIntegrationTest {
}
