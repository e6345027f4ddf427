package uk.org.networkcommons.events.workshop;

import java.time.LocalDate;
import java.util.List;
import uk.org.networkcommons.events.OrganisationId;

/**
 * What a workshop is to cover and who takes part: library item ids (challenges, cameos, scenarios, questions) and the
 * organisations taking part.
 */
public record WorkshopPlan(String title, LocalDate date, String facilitator, List<String> challengeIds,
        List<String> cameoIds, List<String> scenarioIds, List<String> questionIds,
        List<OrganisationId> participantOrganisationIds) {

    public WorkshopPlan {
        challengeIds = List.copyOf(challengeIds);
        cameoIds = List.copyOf(cameoIds);
        scenarioIds = List.copyOf(scenarioIds);
        questionIds = List.copyOf(questionIds);
        participantOrganisationIds = List.copyOf(participantOrganisationIds);
    }
}
