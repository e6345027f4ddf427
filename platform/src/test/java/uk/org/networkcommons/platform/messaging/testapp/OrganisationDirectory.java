package uk.org.networkcommons.platform.messaging.testapp;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import uk.org.networkcommons.events.Topics;
import uk.org.networkcommons.events.organisation.OrganisationEvent;
import uk.org.networkcommons.events.organisation.OrganisationRegistered;
import uk.org.networkcommons.events.organisation.OrganisationUpdated;
import uk.org.networkcommons.platform.messaging.ReceivedEvent;
import uk.org.networkcommons.platform.messaging.VersionedProjections;

/**
 * A projection as services write them: a thin listener that applies each event once with
 * {@link VersionedProjections#applyIfNewer}. It counts its applications so tests can see duplicates ignored, and it
 * throws for organisations whose name starts with {@value #REFUSED_NAME_PREFIX}, standing in for a handler bug.
 */
@Component
public class OrganisationDirectory {

    public static final String COLLECTION = "test-organisation-directory";
    public static final String REFUSED_NAME_PREFIX = "Refused";

    private final VersionedProjections projections;
    private final MongoTemplate mongo;
    private final List<ReceivedEvent<?>> received = new CopyOnWriteArrayList<>();

    public OrganisationDirectory(VersionedProjections projections, MongoTemplate mongo) {
        this.projections = projections;
        this.mongo = mongo;
    }

    @KafkaListener(topics = Topics.ORGANISATIONS, groupId = "platform-messaging-test")
    void on(ReceivedEvent<OrganisationEvent> event) {
        received.add(event);
        String name = switch (event.payload()) {
            case OrganisationRegistered registered -> registered.profile().name();
            case OrganisationUpdated updated -> updated.profile().name();
        };
        if (name.startsWith(REFUSED_NAME_PREFIX)) {
            throw new IllegalStateException("Refusing organisation " + event.subject() + " named " + name);
        }
        projections.applyIfNewer(COLLECTION, event, new Update().set("name", name).inc("timesApplied", 1));
    }

    /** Every event handed to the listener for this organisation, duplicates and retries included, in order. */
    public List<ReceivedEvent<?>> received(String organisationId) {
        return received.stream().filter(event -> event.subject().equals(organisationId)).toList();
    }

    public Document entry(String organisationId) {
        return mongo.findById(organisationId, Document.class, COLLECTION);
    }
}
