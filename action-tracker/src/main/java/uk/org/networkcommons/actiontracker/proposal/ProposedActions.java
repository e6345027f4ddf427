package uk.org.networkcommons.actiontracker.proposal;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import uk.org.networkcommons.actiontracker.action.Action;
import uk.org.networkcommons.actiontracker.action.ActionDetails;
import uk.org.networkcommons.actiontracker.action.Actions;
import uk.org.networkcommons.actiontracker.action.Origin;
import uk.org.networkcommons.events.action.ActionPriority;
import uk.org.networkcommons.events.workshop.ActionProposed;

/**
 * Turns a workshop's proposal into an action in PROPOSED. The action's id is derived from the stable proposal id and
 * stored insert-if-absent, so a proposal delivered any number of times, by any number of instances, makes exactly one
 * action (a duplicate key means it exists already), and later changes to that action are never overwritten.
 */
@Service
public class ProposedActions {

    private final Actions actions;
    private final Clock clock;

    public ProposedActions(Actions actions, Clock clock) {
        this.actions = actions;
        this.clock = clock;
    }

    /** @return true if this delivery created the action, false if it existed already */
    public boolean accept(ActionProposed proposal) {
        String title = proposal.title() == null || proposal.title().isBlank() ? "Proposed action" : proposal.title();
        ActionDetails details = new ActionDetails(title, proposal.description(), proposal.ownerOrganisationId(), null,
                proposal.dueDate(), ActionPriority.MEDIUM, proposal.outcomes(), List.of(), null, 1);
        Origin origin = Origin.proposal(proposal.workshopId().value(), proposal.proposalId(),
                proposal.originQuestionId(), proposal.originCameoId());
        return actions.raiseOnce(Action.raise(Actions.idForProposal(proposal.proposalId()), proposal.networkId(),
                proposal.laCode(), origin, details, Set.of(),
                proposal.proposedBy() == null ? Action.SYSTEM : proposal.proposedBy(), clock));
    }
}
