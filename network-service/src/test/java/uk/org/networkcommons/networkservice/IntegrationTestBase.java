package uk.org.networkcommons.networkservice;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import uk.org.networkcommons.networkservice.support.Api;
import uk.org.networkcommons.platform.test.api.Person;
import uk.org.networkcommons.platform.test.api.ServiceIntegrationTest;
import uk.org.networkcommons.platform.test.api.Tokens;

/** Base of network-service's integration tests: the shared context, and its API called as people with real tokens. */
@ServiceIntegrationTest
abstract class IntegrationTestBase {

    private static final Tokens TOKENS = Tokens.testIssuer();

    @Autowired
    MockMvc mvc;

    Api api;

    @BeforeEach
    void api() {
        api = new Api(mvc, TOKENS);
    }

    static String tokenFor(Person person) {
        return TOKENS.tokenFor(person);
    }
}
