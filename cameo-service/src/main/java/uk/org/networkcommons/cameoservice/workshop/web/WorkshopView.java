package uk.org.networkcommons.cameoservice.workshop.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import uk.org.networkcommons.cameoservice.workshop.DimensionAssessment;
import uk.org.networkcommons.cameoservice.workshop.Position;
import uk.org.networkcommons.cameoservice.workshop.ProposedAction;
import uk.org.networkcommons.cameoservice.workshop.RatingScale;
import uk.org.networkcommons.cameoservice.workshop.Workshop;
import uk.org.networkcommons.events.EcmOutcome;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.events.workshop.WorkshopPlan;

/** A workshop as clients see it: the plan, the record so far, and the version to send back in If-Match. */
record WorkshopView(String id, String networkId, String laCode, Workshop.Status status, String title, LocalDate date,
        String facilitator, List<String> challengeIds, List<String> cameoIds, List<String> scenarioIds,
        List<String> questionIds, List<String> participantOrganisationIds, List<DimensionView> dimensions,
        List<ProposedActionView> proposedActions, String scheduledBy, Instant scheduledAt, String completedBy,
        Instant completedAt, long version) {

    static WorkshopView of(Workshop workshop) {
        WorkshopPlan plan = workshop.plan();
        return new WorkshopView(workshop.aggregateId(), workshop.networkId().value(), workshop.laCode().value(),
                workshop.status(), plan.title(), plan.date(), plan.facilitator(), plan.challengeIds(), plan.cameoIds(),
                plan.scenarioIds(), plan.questionIds(),
                plan.participantOrganisationIds().stream().map(OrganisationId::value).toList(),
                workshop.dimensions().stream().map(DimensionView::of).toList(),
                workshop.proposedActions().stream().map(ProposedActionView::of).toList(),
                workshop.scheduledBy().value(), workshop.scheduledAt(),
                workshop.completedBy() == null ? null : workshop.completedBy().value(), workshop.completedAt(),
                workshop.version());
    }

    /** A workshop in a network's list: enough to pick one. */
    record Summary(String id, Workshop.Status status, String title, LocalDate date, int dimensionCount,
            int proposedActionCount, Instant completedAt) {

        static Summary of(Workshop workshop) {
            return new Summary(workshop.aggregateId(), workshop.status(), workshop.plan().title(), workshop.date(),
                    workshop.dimensions().size(), workshop.proposedActions().size(), workshop.completedAt());
        }
    }

    record DimensionView(String key, String name, PositionView now, PositionView target, Integer gap, String notes,
            String recordedBy, Instant recordedAt) {

        static DimensionView of(DimensionAssessment dimension) {
            return new DimensionView(dimension.key(), dimension.name(), PositionView.of(dimension.now()),
                    PositionView.of(dimension.target()), dimension.gap(), dimension.notes(),
                    dimension.recordedBy().value(), dimension.recordedAt());
        }
    }

    /** {@code ratingLabel} is the template's word for the rating, so clients need not keep the scale themselves. */
    record PositionView(Integer rating, String ratingLabel, String narrative, List<String> evidence) {

        static PositionView of(Position position) {
            return new PositionView(position.rating(), RatingScale.label(position.rating()), position.narrative(),
                    position.evidence());
        }
    }

    record ProposedActionView(String proposalId, String title, String description, String ownerOrganisationId,
            LocalDate dueDate, List<EcmOutcome> outcomes, String dimensionKey, String originQuestionId,
            String originCameoId, String proposedBy, Instant proposedAt) {

        static ProposedActionView of(ProposedAction action) {
            return new ProposedActionView(action.proposalId(), action.title(), action.description(),
                    action.ownerOrganisationId().value(), action.dueDate(),
                    action.outcomes().stream().sorted(Comparator.naturalOrder()).toList(), action.dimensionKey(),
                    action.originQuestionId(), action.originCameoId(), action.proposedBy().value(),
                    action.proposedAt());
        }
    }
}
