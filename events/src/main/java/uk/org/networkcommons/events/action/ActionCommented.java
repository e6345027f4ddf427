package uk.org.networkcommons.events.action;

import java.util.Set;
import uk.org.networkcommons.events.ActionId;
import uk.org.networkcommons.events.EventType;
import uk.org.networkcommons.events.LaCode;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.events.UserId;

/** Someone who can see the action commented on it. */
@EventType("uk.org.networkcommons.action.action-commented.v1")
public record ActionCommented(ActionId actionId, NetworkId networkId, LaCode laCode, OrganisationId ownerOrganisationId,
        Set<OrganisationId> partyOrganisationIds, String comment, String evidenceLink, UserId commentedBy) implements ActionEvent {

    public ActionCommented {
        partyOrganisationIds = partyOrganisationIds == null ? Set.of() : Set.copyOf(partyOrganisationIds);
    }
}
