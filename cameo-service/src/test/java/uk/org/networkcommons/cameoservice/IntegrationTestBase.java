package uk.org.networkcommons.cameoservice;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import uk.org.networkcommons.platform.test.api.Api;
import uk.org.networkcommons.platform.test.api.Person;
import uk.org.networkcommons.platform.test.MessagingTestInfrastructure;
import uk.org.networkcommons.platform.test.security.TestJwtIssuer;
import uk.org.networkcommons.platform.test.security.TestJwtIssuerInitializer;
import uk.org.networkcommons.platform.test.security.TestUser;

/**
 * The one Spring context every cameo-service integration test shares: the real application with a real Kafka broker
 * in the JVM, the Mongo stand-in and tokens signed by the test issuer (validated through its JWKS). Same
 * configuration in every subclass, so Spring's context cache starts it once per test JVM.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = {MessagingTestInfrastructure.class, TestJwtIssuerInitializer.class})
abstract class IntegrationTestBase {

    @Autowired
    MockMvc mvc;

    Api api;

    @BeforeEach
    void api() {
        api = new Api(mvc, IntegrationTestBase::tokenFor);
    }

    static String tokenFor(Person person) {
        return TestJwtIssuer.instance()
                .token(TestUser.of(person.userId(), person.organisationId(), person.laCode(), person.roles()))
                .encode();
    }
}
