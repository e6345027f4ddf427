package uk.org.networkcommons.networkservice.network;

import uk.org.networkcommons.platform.security.Viewer;

/**
 * Who may see and do what with a network. Seeing: the platform admin, officers of the network's LA, and, while the
 * network is active, staff of its member organisations and its appointed leaders. Anyone else is told it does not
 * exist. Doing: see {@link Action}.
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
        if (viewer.isPlatformAdmin() || viewer.isLaOfficerOf(network.laCode())) {
            return true;
        }
        return !network.isDissolved()
                && (viewer.worksForAnyOf(network.currentMemberIds()) || network.isLeader(viewer.userId()));
    }

    public static boolean may(Viewer viewer, Action action, Network network) {
        boolean governs = viewer.isPlatformAdmin() || viewer.isLaOfficerOf(network.laCode());
        return switch (action) {
            case GOVERN -> governs;
            case MANAGE -> governs || network.isCoordinator(viewer.userId());
        };
    }
}
