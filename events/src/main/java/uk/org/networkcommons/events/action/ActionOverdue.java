package uk.org.networkcommons.events.action;

import java.time.LocalDate;
import java.util.Set;
import uk.org.networkcommons.events.ActionId;
import uk.org.networkcommons.events.EventType;
import uk.org.networkcommons.events.LaCode;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.events.OrganisationId;

/** An open action passed its due date; published once per due date. */
@EventType("uk.org.networkcommons.action.action-overdue.v1")
public record ActionOverdue(ActionId actionId, NetworkId networkId, LaCode laCode, OrganisationId ownerOrganisationId,
        Set<OrganisationId> partyOrganisationIds, LocalDate dueDate, ActionStatus status) implements ActionEvent {

    public ActionOverdue {
        partyOrganisationIds = partyOrganisationIds == null ? Set.of() : Set.copyOf(partyOrganisationIds);
    }
}
