package uk.org.networkcommons.events.action;

import java.util.Set;
import uk.org.networkcommons.events.ActionId;
import uk.org.networkcommons.events.EventType;
import uk.org.networkcommons.events.LaCode;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.events.UserId;

/** The owner organisation, the owner person or the parties changed; carries them as they are now. */
@EventType("uk.org.networkcommons.action.action-assigned.v1")
public record ActionAssigned(ActionId actionId, NetworkId networkId, LaCode laCode, OrganisationId ownerOrganisationId,
        Set<OrganisationId> partyOrganisationIds, UserId ownerUserId, UserId assignedBy) implements ActionEvent {

    public ActionAssigned {
        partyOrganisationIds = partyOrganisationIds == null ? Set.of() : Set.copyOf(partyOrganisationIds);
    }
}
