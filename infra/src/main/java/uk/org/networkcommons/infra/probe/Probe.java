package uk.org.networkcommons.infra.probe;

import java.io.IOException;

/** One readiness check of a part. It either returns normally (ready) or throws with the reason it is not ready yet. */
@FunctionalInterface
public interface Probe {

    void check() throws IOException;
}
