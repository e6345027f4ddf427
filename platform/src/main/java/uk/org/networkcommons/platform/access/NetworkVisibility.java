package uk.org.networkcommons.platform.access;

import uk.org.networkcommons.events.network.NetworkAccess;
import uk.org.networkcommons.platform.security.Viewer;

/**
 * The platform's one rule for networks, used by network-service on its own aggregate and by every other service on its
 * projection: the platform admin and officers of the network's LA see it; while it is active, so do staff of its member
 * organisations and its appointed leaders. Anyone else must be told it does not exist.
 */
public final class NetworkVisibility {

    private NetworkVisibility() {
    }

    public static boolean canSee(Viewer viewer, NetworkAccess network) {
        if (governs(viewer, network)) {
            return true;
        }
        return !network.dissolved() && (viewer.worksForAnyOf(network.memberOrganisationIds())
                || network.leaderIds().contains(viewer.userId()));
    }

    /** The LA's own powers over its networks: the platform admin and officers of the network's LA. */
    public static boolean governs(Viewer viewer, NetworkAccess network) {
        return viewer.isPlatformAdmin() || viewer.isLaOfficerOf(network.laCode());
    }

    /** Running the network day to day: its co-ordinators, and whoever governs it. */
    public static boolean runs(Viewer viewer, NetworkAccess network) {
        return governs(viewer, network) || (!network.dissolved() && network.coordinatorIds().contains(viewer.userId()));
    }
}
