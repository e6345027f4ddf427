package uk.org.networkcommons.events.action;

import java.time.Instant;
import java.util.Set;
import uk.org.networkcommons.events.ActionId;
import uk.org.networkcommons.events.EventType;
import uk.org.networkcommons.events.LaCode;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.events.OrganisationId;

/** An open action has had no update for the configured number of days; published once per quiet period. */
@EventType("uk.org.networkcommons.action.action-stalled.v1")
public record ActionStalled(ActionId actionId, NetworkId networkId, LaCode laCode, OrganisationId ownerOrganisationId,
        Set<OrganisationId> partyOrganisationIds, Instant lastUpdatedAt, ActionStatus status) implements ActionEvent {

    public ActionStalled {
        partyOrganisationIds = partyOrganisationIds == null ? Set.of() : Set.copyOf(partyOrganisationIds);
    }
}
