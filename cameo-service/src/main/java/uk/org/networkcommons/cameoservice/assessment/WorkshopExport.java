package uk.org.networkcommons.cameoservice.assessment;

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

/**
 * A workshop's whole record as a document to keep or share outside the platform. {@code format} names this shape, so
 * a reader can tell it from later ones.
 */
public record WorkshopExport(String format, Instant exportedAt, String workshopId, String networkId, String laCode,
        Workshop.Status status, String title, LocalDate date, String facilitator, List<String> challengeIds,
        List<String> cameoIds, List<String> scenarioIds, List<String> questionIds,
        List<String> participantOrganisationIds, List<Dimension> dimensions, List<Action> proposedActions,
        String scheduledBy, Instant scheduledAt, String completedBy, Instant completedAt, long version) {

    public static final String FORMAT = "network-commons.workshop-record.v1";

    public static WorkshopExport of(Workshop workshop, Instant exportedAt) {
        WorkshopPlan plan = workshop.plan();
        return new WorkshopExport(FORMAT, exportedAt, workshop.aggregateId(), workshop.networkId().value(),
                workshop.laCode().value(), workshop.status(), plan.title(), plan.date(), plan.facilitator(),
                plan.challengeIds(), plan.cameoIds(), plan.scenarioIds(), plan.questionIds(),
                plan.participantOrganisationIds().stream().map(OrganisationId::value).toList(),
                workshop.dimensions().stream().map(Dimension::of).toList(),
                workshop.proposedActions().stream().map(Action::of).toList(), workshop.scheduledBy().value(),
                workshop.scheduledAt(), workshop.completedBy() == null ? null : workshop.completedBy().value(),
                workshop.completedAt(), workshop.version());
    }

    public record Dimension(String key, String name, Section whereWeAreNow, Section whereWeWantToBe, Integer gap,
            String notes, String recordedBy, Instant recordedAt) {

        static Dimension of(DimensionAssessment dimension) {
            return new Dimension(dimension.key(), dimension.name(), Section.of(dimension.now()),
                    Section.of(dimension.target()), dimension.gap(), dimension.notes(), dimension.recordedBy().value(),
                    dimension.recordedAt());
        }
    }

    public record Section(Integer rating, String ratingLabel, String narrative, List<String> evidence) {

        static Section of(Position position) {
            return new Section(position.rating(), RatingScale.label(position.rating()), position.narrative(),
                    position.evidence());
        }
    }

    public record Action(String proposalId, String title, String description, String ownerOrganisationId,
            LocalDate dueDate, List<EcmOutcome> outcomes, String dimensionKey, String originQuestionId,
            String originCameoId, String proposedBy, Instant proposedAt) {

        static Action of(ProposedAction action) {
            return new Action(action.proposalId(), action.title(), action.description(),
                    action.ownerOrganisationId().value(), action.dueDate(),
                    action.outcomes().stream().sorted(Comparator.naturalOrder()).toList(), action.dimensionKey(),
                    action.originQuestionId(), action.originCameoId(), action.proposedBy().value(),
                    action.proposedAt());
        }
    }
}
