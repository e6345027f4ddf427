package uk.org.networkcommons.gateway.stream;

import java.util.Optional;
import uk.org.networkcommons.events.ActionId;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.events.WorkshopId;

/** The names of things events refer to only by id, so a sentence about an event can use words people recognise. */
public interface Names {

    Optional<String> network(NetworkId id);

    Optional<String> organisation(OrganisationId id);

    /** An action's title. */
    Optional<String> action(ActionId id);

    /** A workshop's title. */
    Optional<String> workshop(WorkshopId id);
}
