package uk.org.networkcommons.platform.test.api;

import uk.org.networkcommons.platform.test.security.TestJwtIssuer;
import uk.org.networkcommons.platform.test.security.TestUser;

/** Mints a real signed access token for a person (validated by the service through the test issuer's JWKS). */
public interface Tokens {

    String tokenFor(Person person);

    /** Tokens signed by the shared {@link TestJwtIssuer}, carrying the person's claims as Keycloak would. */
    static Tokens testIssuer() {
        return person -> TestJwtIssuer.instance()
                .token(TestUser.of(person.userId(), person.organisationId(), person.laCode(), person.roles()))
                .encode();
    }
}
