package uk.org.networkcommons.actiontracker.action;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import uk.org.networkcommons.events.ActionId;
import uk.org.networkcommons.events.EcmOutcome;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.events.UserId;
import uk.org.networkcommons.events.action.ActionPriority;

/** The fields of an action that those who may update it edit together. */
public record ActionDetails(String title, String description, OrganisationId ownerOrganisationId, UserId ownerUserId,
        LocalDate dueDate, ActionPriority priority, Set<EcmOutcome> outcomes, List<Milestone> milestones,
        ActionId parentId, int weight) {

    public ActionDetails {
        priority = priority == null ? ActionPriority.MEDIUM : priority;
        outcomes = outcomes == null ? Set.of() : Set.copyOf(outcomes);
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
        weight = weight < 1 ? 1 : weight;
    }
}
