package uk.org.networkcommons.events.workshop;

import java.time.LocalDate;
import java.util.Set;
import uk.org.networkcommons.events.EcmOutcome;
import uk.org.networkcommons.events.EventType;
import uk.org.networkcommons.events.LaCode;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.events.UserId;
import uk.org.networkcommons.events.WorkshopId;

/**
 * A completed workshop proposed an action. {@code proposalId} is unique and stable: the action tracker makes exactly
 * one action per proposal however often this event arrives.
 *
 * @param originQuestionId the library question the action came from, if any
 * @param originCameoId    the cameo the action came from, if any
 * @param dimension        the name of the dimension under which it was proposed, if any
 * @param dimensionKey     that dimension's stable key, if any
 */
@EventType("uk.org.networkcommons.workshop.action-proposed.v1")
public record ActionProposed(String proposalId, WorkshopId workshopId, NetworkId networkId, LaCode laCode, String title,
        String description, OrganisationId ownerOrganisationId, LocalDate dueDate, Set<EcmOutcome> outcomes,
        String dimension, String originQuestionId, String originCameoId, UserId proposedBy, String dimensionKey)
        implements WorkshopEvent {

    public ActionProposed {
        outcomes = outcomes == null ? Set.of() : Set.copyOf(outcomes);
    }
}
