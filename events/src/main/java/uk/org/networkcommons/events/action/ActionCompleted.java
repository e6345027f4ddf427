package uk.org.networkcommons.events.action;

import java.util.Set;
import uk.org.networkcommons.events.ActionId;
import uk.org.networkcommons.events.EventType;
import uk.org.networkcommons.events.LaCode;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.events.UserId;

/** The action is done. */
@EventType("uk.org.networkcommons.action.action-completed.v1")
public record ActionCompleted(ActionId actionId, NetworkId networkId, LaCode laCode, OrganisationId ownerOrganisationId,
        Set<OrganisationId> partyOrganisationIds, UserId completedBy) implements ActionEvent {

    public ActionCompleted {
        partyOrganisationIds = partyOrganisationIds == null ? Set.of() : Set.copyOf(partyOrganisationIds);
    }
}
