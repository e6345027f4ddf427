package uk.org.networkcommons.gateway.stream;

import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import uk.org.networkcommons.events.ActionId;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.events.WorkshopId;
import uk.org.networkcommons.events.action.ActionRaised;
import uk.org.networkcommons.events.network.NetworkFormed;
import uk.org.networkcommons.events.network.NetworkUpdated;
import uk.org.networkcommons.events.organisation.OrganisationRegistered;
import uk.org.networkcommons.events.organisation.OrganisationUpdated;
import uk.org.networkcommons.events.workshop.WorkshopCompleted;
import uk.org.networkcommons.events.workshop.WorkshopRescheduled;
import uk.org.networkcommons.events.workshop.WorkshopScheduled;
import uk.org.networkcommons.platform.messaging.ReceivedEvent;
import uk.org.networkcommons.platform.messaging.VersionedProjections;

/**
 * The gateway's own record of what networks, organisations, actions and workshops are called, kept from the events
 * that carry their names (never by calling a service). Each name is a versioned overwrite per aggregate, so replays and
 * late duplicates change nothing. A name is only ever shown in the sentence of an event the viewer may already see,
 * and that event's subject is what the name belongs to (or, for organisations, the open register).
 */
@Component
public class NameDirectory implements Names {

    public static final String COLLECTION = "stream_names";

    private final MongoOperations mongo;
    private final VersionedProjections projections;

    public NameDirectory(MongoOperations mongo, VersionedProjections projections) {
        this.mongo = mongo;
        this.projections = projections;
    }

    /** Remembers the name the event carries, if it carries one and is newer than what is held. */
    public void learn(ReceivedEvent<?> event) {
        switch (event.payload()) {
            case NetworkFormed formed -> remember("network", formed.networkId().value(), event, formed.profile().name());
            case NetworkUpdated updated -> remember("network", updated.networkId().value(), event, updated.profile().name());
            case OrganisationRegistered registered ->
                    remember("organisation", registered.organisationId().value(), event, registered.profile().name());
            case OrganisationUpdated updated ->
                    remember("organisation", updated.organisationId().value(), event, updated.profile().name());
            case ActionRaised raised -> remember("action", raised.actionId().value(), event, raised.title());
            case WorkshopScheduled scheduled ->
                    remember("workshop", scheduled.workshopId().value(), event, scheduled.plan().title());
            case WorkshopRescheduled rescheduled ->
                    remember("workshop", rescheduled.workshopId().value(), event, rescheduled.plan().title());
            case WorkshopCompleted completed ->
                    remember("workshop", completed.workshopId().value(), event, completed.title());
            default -> {
                // other events name nothing new
            }
        }
    }

    @Override
    public Optional<String> network(NetworkId id) {
        return find("network", id.value());
    }

    @Override
    public Optional<String> organisation(OrganisationId id) {
        return find("organisation", id.value());
    }

    @Override
    public Optional<String> action(ActionId id) {
        return find("action", id.value());
    }

    @Override
    public Optional<String> workshop(WorkshopId id) {
        return find("workshop", id.value());
    }

    private void remember(String kind, String id, ReceivedEvent<?> event, String name) {
        if (name != null && !name.isBlank()) {
            projections.applyIfNewer(COLLECTION, key(kind, id), event.aggregateVersion(), new Update().set("name", name));
        }
    }

    private Optional<String> find(String kind, String id) {
        return Optional.ofNullable(mongo.findById(key(kind, id), Document.class, COLLECTION))
                .map(document -> document.getString("name"));
    }

    private static String key(String kind, String id) {
        return kind + ":" + id;
    }
}
