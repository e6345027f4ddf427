package uk.org.networkcommons.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.org.networkcommons.events.EventCatalogue;
import uk.org.networkcommons.events.Topics;
import uk.org.networkcommons.events.organisation.OrganisationRegistered;
import uk.org.networkcommons.events.organisation.OrganisationUpdated;
import uk.org.networkcommons.platform.messaging.testapp.TestOrganisation;

class AggregateStoreTest {

    private final MongoTemplate mongo = MongoForTests.freshDatabase("aggregate-store");
    private final List<Object> announcements = new ArrayList<>();
    private final AggregateStore store = new AggregateStore(mongo, announcements::add);
    private final Clock clock = Clock.systemUTC();
    private final String id = UUID.randomUUID().toString();

    @Test
    void storesTheStateAndItsNewEventsInOneDocumentAndAnnouncesTheWrite() {
        TestOrganisation saved = store.save(TestOrganisation.register(id, "Hillside Trust", "873", clock));
        saved.rename("Hillside Learning Trust", clock);
        store.save(saved);

        Document stored = stored();
        assertThat(stored.get("name")).isEqualTo("Hillside Learning Trust");
        assertThat(stored.get("version")).isEqualTo(2L);
        assertThat(stored.getList("outbox", Document.class)).extracting(
                        entry -> entry.get("type"), entry -> entry.get("aggregateVersion"), entry -> entry.get("topic"),
                        entry -> entry.get("laCode"))
                .containsExactly(
                        tuple(EventCatalogue.typeOf(OrganisationRegistered.class), 1L,
                                Topics.ORGANISATIONS, "873"),
                        tuple(EventCatalogue.typeOf(OrganisationUpdated.class), 2L,
                                Topics.ORGANISATIONS, "873"));
        assertThat(announcements).containsExactly(
                new AggregateStore.OutboxWritten(TestOrganisation.COLLECTION, id),
                new AggregateStore.OutboxWritten(TestOrganisation.COLLECTION, id));
    }

    @Test
    void aFieldSetToNullIsClearedRatherThanKeepingItsOldValue() {
        TestOrganisation saved = store.save(TestOrganisation.register(id, "Hillside Trust", "873", clock));
        saved.moveToNoLocalAuthority();
        store.save(saved);

        assertThat(stored()).doesNotContainKey("laCode");
        assertThat(store.findById(id, TestOrganisation.class)).get()
                .satisfies(loaded -> assertThat(loaded.laCode()).isNull());
        assertThat(announcements).as("a save without events announces nothing").hasSize(1);
    }

    @Test
    void aSaveFromAStaleVersionIsRejectedAndWritesNothing() {
        store.save(TestOrganisation.register(id, "Hillside Trust", "873", clock));
        TestOrganisation first = store.findById(id, TestOrganisation.class).orElseThrow();
        TestOrganisation second = store.findById(id, TestOrganisation.class).orElseThrow();
        first.rename("First Writer", clock);
        store.save(first);
        second.rename("Second Writer", clock);

        assertThatThrownBy(() -> store.save(second)).isInstanceOfSatisfying(ConcurrentUpdateException.class, e -> {
            assertThat(e.expectedVersion()).isEqualTo(1L);
            assertThat(e.currentVersion()).isEqualTo(2L);
        });
        assertThat(stored().get("name")).isEqualTo("First Writer");
        assertThat(stored().getList("outbox", Document.class)).hasSize(2);
    }

    private Document stored() {
        return mongo.findById(id, Document.class, TestOrganisation.COLLECTION);
    }
}
