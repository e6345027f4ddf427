package uk.org.networkcommons.cameoservice.workshop;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import uk.org.networkcommons.events.EcmOutcome;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.events.UserId;

/**
 * An action the participants propose. {@code proposalId} is given once by the service and never changes, because the
 * action tracker makes exactly one action per proposal id however often the proposal is announced.
 *
 * @param dimensionKey     the dimension it answers, if any
 * @param originQuestionId the library question that prompted it, if any
 * @param originCameoId    the cameo that prompted it, if any
 */
public record ProposedAction(String proposalId, String title, String description, OrganisationId ownerOrganisationId,
        LocalDate dueDate, Set<EcmOutcome> outcomes, String dimensionKey, String originQuestionId,
        String originCameoId, UserId proposedBy, Instant proposedAt) {

    public ProposedAction {
        outcomes = outcomes == null ? Set.of() : Set.copyOf(outcomes);
    }
}
