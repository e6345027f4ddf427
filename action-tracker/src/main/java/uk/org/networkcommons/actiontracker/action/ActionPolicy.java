package uk.org.networkcommons.actiontracker.action;

import java.util.Optional;
import uk.org.networkcommons.events.network.NetworkAccess;
import uk.org.networkcommons.platform.access.ActionVisibility;
import uk.org.networkcommons.platform.access.NetworkVisibility;
import uk.org.networkcommons.platform.security.Viewer;

/**
 * Who may see and change an action, decided on the action itself and this service's projection of its network (never
 * by asking another service):
 * <ul>
 * <li>see: the platform admin; officers of the action's LA; whoever can see its network (staff of member
 * organisations, leaders); staff of the owner organisation or of a party, even if not a network member;</li>
 * <li>update (status, progress, fields, milestones): staff of the owner organisation, the network's co-ordinators,
 * officers of the LA, the admin;</li>
 * <li>add and remove parties: the network's co-ordinators, officers of the LA, the admin;</li>
 * <li>comment: whoever can see it.</li>
 * </ul>
 * Those who can see but may not act get 403; everyone else is told the action does not exist (404).
 */
public final class ActionPolicy {

    private ActionPolicy() {
    }

    /** The platform's {@link ActionVisibility} rule, the same the gateway applies to this action's events. */
    public static boolean canSee(Viewer viewer, Action action, Optional<NetworkAccess> network) {
        return ActionVisibility.canSee(viewer, action.laCode(), action.ownerOrganisationId(), action.parties(), network);
    }

    public static boolean mayUpdate(Viewer viewer, Action action, Optional<NetworkAccess> network) {
        return mayManageParties(viewer, action, network) || viewer.worksFor(action.ownerOrganisationId());
    }

    public static boolean mayManageParties(Viewer viewer, Action action, Optional<NetworkAccess> network) {
        return governs(viewer, action)
                || network.map(candidate -> NetworkVisibility.runs(viewer, candidate)).orElse(false);
    }

    public static boolean mayComment(Viewer viewer, Action action, Optional<NetworkAccess> network) {
        return canSee(viewer, action, network);
    }

    private static boolean governs(Viewer viewer, Action action) {
        return ActionVisibility.governs(viewer, action.laCode());
    }
}
