package uk.org.networkcommons.cameoservice.workshop;

import java.time.LocalDate;
import java.util.Set;
import uk.org.networkcommons.events.EcmOutcome;
import uk.org.networkcommons.events.OrganisationId;

/** What participants write down for a proposed action, before the workshop checks it and gives it its id. */
public record ActionDraft(String title, String description, OrganisationId ownerOrganisationId, LocalDate dueDate,
        Set<EcmOutcome> outcomes, String dimensionKey, String originQuestionId, String originCameoId) {

    public ActionDraft {
        outcomes = outcomes == null ? Set.of() : Set.copyOf(outcomes);
    }
}
