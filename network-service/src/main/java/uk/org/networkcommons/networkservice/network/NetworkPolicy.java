package uk.org.networkcommons.networkservice.network;

import uk.org.networkcommons.platform.access.NetworkVisibility;
import uk.org.networkcommons.platform.security.Viewer;

/**
 * Who may see and do what with a network: the platform's {@link NetworkVisibility} rule applied to the aggregate's
 * current access, the same rule other services apply to their projections of its events.
 */
public final class NetworkPolicy {

    /** What a viewer who can see a network may be allowed to do with it. */
    public enum Action {
        /** Change what the network is, dissolve it, appoint or remove co-ordinators: the LA's decision. */
        GOVERN,
        /** Admit and record departures, decide join requests, record agreements, appoint co-leaders and champions. */
        MANAGE
    }

    private NetworkPolicy() {
    }

    public static boolean canSee(Viewer viewer, Network network) {
        return NetworkVisibility.canSee(viewer, network.access());
    }

    public static boolean may(Viewer viewer, Action action, Network network) {
        return switch (action) {
            case GOVERN -> NetworkVisibility.governs(viewer, network.access());
            case MANAGE -> NetworkVisibility.runs(viewer, network.access());
        };
    }
}
