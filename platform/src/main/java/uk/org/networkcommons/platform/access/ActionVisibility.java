package uk.org.networkcommons.platform.access;

import java.util.Optional;
import java.util.Set;
import uk.org.networkcommons.events.LaCode;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.events.network.NetworkAccess;
import uk.org.networkcommons.platform.security.Viewer;

/**
 * The platform's one rule for who may see an action, decided on what every action event carries (its LA, owner
 * organisation and parties) and the access of its network: the platform admin; officers of the action's LA; staff of
 * the owner organisation or of a party, even if not a network member; whoever can see its network. action-tracker
 * applies it to its aggregate, the gateway's event stream to action events.
 */
public final class ActionVisibility {

    private ActionVisibility() {
    }

    /**
     * @param network the action's network as the caller's projection holds it; empty if not known (yet), in which
     *                case only the LA, the owner and the parties see the action
     */
    public static boolean canSee(Viewer viewer, LaCode laCode, OrganisationId ownerOrganisationId,
            Set<OrganisationId> partyOrganisationIds, Optional<NetworkAccess> network) {
        return governs(viewer, laCode) || viewer.worksFor(ownerOrganisationId)
                || (partyOrganisationIds != null && viewer.worksForAnyOf(partyOrganisationIds))
                || network.map(candidate -> NetworkVisibility.canSee(viewer, candidate)).orElse(false);
    }

    /** The LA's own powers over its actions: the platform admin and officers of the action's LA. */
    public static boolean governs(Viewer viewer, LaCode laCode) {
        return viewer.isPlatformAdmin() || viewer.isLaOfficerOf(laCode);
    }
}
