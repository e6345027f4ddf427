package uk.org.networkcommons.actiontracker.action.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import uk.org.networkcommons.actiontracker.action.Action;
import uk.org.networkcommons.actiontracker.action.Milestone;
import uk.org.networkcommons.actiontracker.action.Origin;
import uk.org.networkcommons.events.EcmOutcome;
import uk.org.networkcommons.events.action.ActionPriority;
import uk.org.networkcommons.events.action.ActionStatus;

/** An action as the API shows it. */
record ActionView(String id, String title, String description, String networkId, String laCode, Origin origin,
        String ownerOrganisationId, String ownerUserId, Set<String> partyOrganisationIds, LocalDate dueDate,
        ActionPriority priority, Set<EcmOutcome> outcomes, ActionStatus status, String statusReason, int progress,
        List<Milestone> milestones, String parentId, int weight, String raisedBy, Instant createdAt,
        Instant lastUpdatedAt, long version) {

    static ActionView of(Action action) {
        return new ActionView(action.id().value(), action.title(), action.description(), action.networkId().value(),
                action.laCode().value(), action.origin(), action.ownerOrganisationId().value(),
                action.ownerUserId() == null ? null : action.ownerUserId().value(),
                action.parties().stream().map(party -> party.value()).collect(java.util.stream.Collectors
                        .toCollection(java.util.LinkedHashSet::new)),
                action.dueDate(), action.priority(), new TreeSet<>(action.outcomes()), action.status(),
                action.statusReason(), action.progress(), action.milestones(),
                action.parentId() == null ? null : action.parentId().value(), action.weight(),
                action.raisedBy().value(), action.createdAt(), action.lastUpdatedAt(), action.version());
    }
}
