package uk.org.networkcommons.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

class VersionedProjectionsTest {

    private static final String COLLECTION = "organisation-names";

    private final MongoTemplate mongo = RelayFixtures.separateDatabase("versioned-projections");
    private final VersionedProjections projections = new VersionedProjections(mongo);

    @Test
    void theFirstEventOfAnAggregateCreatesItsDocumentWithItsVersion() {
        assertThat(projections.applyIfNewer(COLLECTION, "org-1", 1, named("First"))).isTrue();

        assertThat(stored("org-1")).containsEntry("name", "First").containsEntry("appliedVersion", 1L);
    }

    @Test
    void aNewerVersionIsAppliedAndRecordedInTheSameWrite() {
        projections.applyIfNewer(COLLECTION, "org-1", 1, named("First"));

        assertThat(projections.applyIfNewer(COLLECTION, "org-1", 5, named("Fifth"))).isTrue();

        assertThat(stored("org-1")).containsEntry("name", "Fifth").containsEntry("appliedVersion", 5L);
    }

    @Test
    void anEqualOrOlderVersionIsIgnored() {
        projections.applyIfNewer(COLLECTION, "org-1", 3, named("Third"));

        assertThat(projections.applyIfNewer(COLLECTION, "org-1", 3, named("Third Again"))).isFalse();
        assertThat(projections.applyIfNewer(COLLECTION, "org-1", 2, named("Second, Late"))).isFalse();

        assertThat(stored("org-1")).containsEntry("name", "Third").containsEntry("appliedVersion", 3L);
    }

    @Test
    void aggregatesAreVersionedIndependently() {
        projections.applyIfNewer(COLLECTION, "org-1", 9, named("Nine"));

        assertThat(projections.applyIfNewer(COLLECTION, "org-2", 1, named("One"))).isTrue();
    }

    @Test
    void leavesTheCallersUpdateAsItWas() {
        Update update = named("Unchanged");

        projections.applyIfNewer(COLLECTION, "org-1", 1, update);

        assertThat(update.getUpdateObject()).isEqualTo(new Document("$set", new Document("name", "Unchanged")));
    }

    private static Update named(String name) {
        return new Update().set("name", name);
    }

    private Document stored(String id) {
        return mongo.findById(id, Document.class, COLLECTION);
    }
}
