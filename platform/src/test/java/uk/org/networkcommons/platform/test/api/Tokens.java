package uk.org.networkcommons.platform.test.api;

/** Mints a real signed access token for a person (validated by the service through the test issuer's JWKS). */
public interface Tokens {

    String tokenFor(Person person);
}
