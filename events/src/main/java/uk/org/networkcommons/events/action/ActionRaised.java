package uk.org.networkcommons.events.action;

import java.time.LocalDate;
import java.util.Set;
import uk.org.networkcommons.events.ActionId;
import uk.org.networkcommons.events.EcmOutcome;
import uk.org.networkcommons.events.EventType;
import uk.org.networkcommons.events.LaCode;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.events.UserId;

/** An action was raised: from a workshop's proposal (with its workshop and proposal ids) or directly by those who run the network. */
@EventType("uk.org.networkcommons.action.action-raised.v1")
public record ActionRaised(ActionId actionId, NetworkId networkId, LaCode laCode, OrganisationId ownerOrganisationId,
        Set<OrganisationId> partyOrganisationIds, String title, ActionStatus status, ActionPriority priority, LocalDate dueDate, Set<EcmOutcome> outcomes, String workshopId, String proposalId, ActionId parentId, UserId raisedBy) implements ActionEvent {

    public ActionRaised {
        partyOrganisationIds = partyOrganisationIds == null ? Set.of() : Set.copyOf(partyOrganisationIds);
    }
}
