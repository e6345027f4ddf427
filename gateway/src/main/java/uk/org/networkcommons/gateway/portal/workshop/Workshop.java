package uk.org.networkcommons.gateway.portal.workshop;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A workshop as cameo-service's {@code WorkshopView} gives it: the plan, the record so far, and its version. */
record Workshop(String id, String networkId, String laCode, String status, String title, LocalDate date,
        String facilitator, List<String> challengeIds, List<String> cameoIds, List<String> scenarioIds,
        List<String> questionIds, List<String> participantOrganisationIds, List<Dimension> dimensions,
        List<ProposedAction> proposedActions, String scheduledBy, Instant scheduledAt, String completedBy,
        Instant completedAt, long version) {

    Workshop {
        challengeIds = listOf(challengeIds);
        cameoIds = listOf(cameoIds);
        scenarioIds = listOf(scenarioIds);
        questionIds = listOf(questionIds);
        participantOrganisationIds = listOf(participantOrganisationIds);
        dimensions = listOf(dimensions);
        proposedActions = listOf(proposedActions);
    }

    public boolean isCompleted() {
        return "COMPLETED".equals(status);
    }

    /** The ETag the service gave this version, for If-Match. */
    String etag() {
        return etag(version);
    }

    static String etag(long version) {
        return "\"" + version + "\"";
    }

    Optional<Dimension> dimension(String key) {
        return dimensions.stream().filter(dimension -> dimension.key().equals(key)).findFirst();
    }

    private static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** One dimension of the self-assessment ({@code DimensionView}). */
    record Dimension(String key, String name, Position now, Position target, Integer gap, String notes,
            String recordedBy, Instant recordedAt) {
    }

    /** "Where we are now" or "where we want to be" ({@code PositionView}). */
    record Position(Integer rating, String ratingLabel, String narrative, List<String> evidence) {

        Position {
            evidence = evidence == null ? List.of() : List.copyOf(evidence);
        }
    }

    /** An action the workshop proposes ({@code ProposedActionView}). */
    record ProposedAction(String proposalId, String title, String description, String ownerOrganisationId,
            LocalDate dueDate, List<String> outcomes, String dimensionKey, String originQuestionId,
            String originCameoId, String proposedBy, Instant proposedAt) {

        ProposedAction {
            outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
        }
    }
}
