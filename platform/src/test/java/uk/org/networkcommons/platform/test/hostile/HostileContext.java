package uk.org.networkcommons.platform.test.hostile;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;
import uk.org.networkcommons.platform.test.api.Api;
import uk.org.networkcommons.platform.test.api.OpenApiEndpoints;
import uk.org.networkcommons.platform.test.api.ServiceIntegrationTest;
import uk.org.networkcommons.platform.test.api.Tokens;

/**
 * What a service's hostile tests start from: the service's shared test context, its API as a client calls it, and the
 * OpenAPI document it publishes, from which every endpoint under attack is taken.
 */
@ServiceIntegrationTest
public abstract class HostileContext {

    public static final Tokens TOKENS = Tokens.testIssuer();

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected MongoTemplate mongo;

    protected Api api;
    protected OpenApiEndpoints document;

    @BeforeEach
    void readTheServicesOwnDocument() {
        api = new Api(mvc, TOKENS);
        document = OpenApiEndpoints.of(mvc);
    }

    /** The service's name, as the reports of the matrix and the fuzzer give it. */
    protected abstract String service();
}
