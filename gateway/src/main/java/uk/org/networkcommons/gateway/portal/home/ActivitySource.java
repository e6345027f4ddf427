package uk.org.networkcommons.gateway.portal.home;

import java.util.List;

import reactor.core.publisher.Mono;
import uk.org.networkcommons.platform.security.Viewer;

/**
 * Where the home page learns what happened recently in the networks a person can see: implemented over the gateway's
 * live event stream, which already filters events by the person's visibility. The home page shows what this gives and
 * says so plainly when no source is there or it fails; it never makes activity up.
 */
public interface ActivitySource {

    /** At most {@code limit} things that happened recently and {@code viewer} may know about, newest first. */
    Mono<List<Activity>> recent(Viewer viewer, int limit);
}
