package uk.org.networkcommons.cameoservice.workshop;

import uk.org.networkcommons.events.network.NetworkAccess;
import uk.org.networkcommons.platform.access.NetworkVisibility;
import uk.org.networkcommons.platform.security.Viewer;

/**
 * Who may do what with a network's workshops, decided on the service's projection of the network's access (never by
 * asking network-service):
 * <ul>
 * <li>whoever can see the network reads its workshops and their records;</li>
 * <li>its co-ordinators and officers of its LA (those who run it) schedule, re-plan and complete them, and may record;</li>
 * <li>staff of an organisation taking part in a workshop may also record its self-assessment and proposed actions,
 * so the head teacher in the room can write down what the room agreed, but only while they can see the network:
 * taking part never opens a network to an organisation that is not (or no longer) a member.</li>
 * </ul>
 * Those who can see the network but may not act get 403; everyone else is told it does not exist.
 */
public final class WorkshopPolicy {

    /** What a viewer who can see a workshop may be allowed to do with it. */
    public enum Action {
        /** Schedule, re-plan, complete. */
        RUN,
        /** Record dimensions and proposed actions. */
        RECORD
    }

    private WorkshopPolicy() {
    }

    public static boolean canRead(Viewer viewer, NetworkAccess network) {
        return NetworkVisibility.canSee(viewer, network);
    }

    public static boolean may(Viewer viewer, Action action, NetworkAccess network, Workshop workshop) {
        if (NetworkVisibility.runs(viewer, network)) {
            return true;
        }
        return action == Action.RECORD && canRead(viewer, network)
                && viewer.organisationId() != null
                && workshop.plan().participantOrganisationIds().contains(viewer.organisationId());
    }
}
