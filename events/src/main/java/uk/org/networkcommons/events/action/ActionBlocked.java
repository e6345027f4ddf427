package uk.org.networkcommons.events.action;

import java.util.Set;
import uk.org.networkcommons.events.ActionId;
import uk.org.networkcommons.events.EventType;
import uk.org.networkcommons.events.LaCode;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.events.UserId;

/** The action cannot go on until the reason is resolved. */
@EventType("uk.org.networkcommons.action.action-blocked.v1")
public record ActionBlocked(ActionId actionId, NetworkId networkId, LaCode laCode, OrganisationId ownerOrganisationId,
        Set<OrganisationId> partyOrganisationIds, String reason, int progress, UserId blockedBy) implements ActionEvent {

    public ActionBlocked {
        partyOrganisationIds = partyOrganisationIds == null ? Set.of() : Set.copyOf(partyOrganisationIds);
    }
}
