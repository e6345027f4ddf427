package uk.org.networkcommons.infra.demo;

/** Seeding stopped: a service or Keycloak answered something the data set did not expect. */
public class DemoDataFailure extends RuntimeException {

    public DemoDataFailure(String message) {
        super(message);
    }
}
