package uk.org.networkcommons.events.action;

import java.util.Set;
import uk.org.networkcommons.events.ActionId;
import uk.org.networkcommons.events.EventType;
import uk.org.networkcommons.events.LaCode;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.events.UserId;

/** The action's status, progress or details changed (and it is neither blocked, done nor cancelled by this change). */
@EventType("uk.org.networkcommons.action.action-progressed.v1")
public record ActionProgressed(ActionId actionId, NetworkId networkId, LaCode laCode, OrganisationId ownerOrganisationId,
        Set<OrganisationId> partyOrganisationIds, ActionStatus status, int progress, UserId updatedBy) implements ActionEvent {

    public ActionProgressed {
        partyOrganisationIds = partyOrganisationIds == null ? Set.of() : Set.copyOf(partyOrganisationIds);
    }
}
