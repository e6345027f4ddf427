package uk.org.networkcommons.cameoservice;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.org.networkcommons.cameoservice.library.ShippedLibrary;
import uk.org.networkcommons.cameoservice.library.ShippedLibraryLoader;
import uk.org.networkcommons.cameoservice.library.ShippedLibraryLoader.LoadReport;
import uk.org.networkcommons.platform.test.api.Person;

/**
 * A newer shipped library replaces the items it ships and an older one never overwrites them, so instances of
 * different versions running side by side during a rolling deployment converge on the newest. Runs on a database of
 * its own, so the service's library stays as shipped.
 */
class ShippedLibraryUpgradeTest extends IntegrationTestBase {

    @Autowired
    MongoClient mongoClient;

    MongoTemplate mongo;

    @BeforeEach
    void database() {
        mongo = new MongoTemplate(mongoClient, "library-upgrade-" + Person.Ids.next());
    }

    @AfterEach
    void dropDatabase() {
        mongo.getDb().drop();
    }

    @Test
    void aNewerLibraryVersionReplacesTheItemsItShipsAndAnOlderOneDoesNotComeBack() {
        ShippedLibrary v1 = ShippedLibrary.fromClasspath(ShippedLibrary.CURRENT);
        ShippedLibrary v2 = ShippedLibrary.fromClasspath("library-upgrade/v2/");
        new ShippedLibraryLoader(mongo).load(v1);

        LoadReport upgrade = new ShippedLibraryLoader(mongo).load(v2);

        assertThat(upgrade.updated()).isEqualTo(5 + 1);
        assertThat(upgrade.inserted()).isZero();
        Document focus = mongo.findById("challenge-focus", Document.class, "library_items");
        assertThat(focus.getInteger("libraryVersion")).isEqualTo(2);
        assertThat(focus.getString("title")).isEqualTo("Focus and ambition");
        assertThat(focus.get("content", Document.class).getString("title")).isEqualTo("Focus and ambition");
        // items the newer version does not ship stay as they were
        assertThat(mongo.findById("cameo-capacity-1", Document.class, "library_items").getInteger("libraryVersion"))
                .isEqualTo(1);

        LoadReport downgrade = new ShippedLibraryLoader(mongo).load(v1);

        assertThat(downgrade.updated()).isZero();
        assertThat(downgrade.inserted()).isZero();
        assertThat(mongo.findById("challenge-focus", Document.class, "library_items").getString("title"))
                .isEqualTo("Focus and ambition");
        assertThat(mongo.findById("challenges", Document.class, "library_files").getInteger("libraryVersion"))
                .isEqualTo(2);
    }

    @Test
    void aShippedItemNeverReplacesAnAuthoredDocumentOfTheSameId() {
        mongo.insert(new Document("_id", "challenge-focus").append("origin", "AUTHORED").append("title", "Ours"),
                "library_items");

        new ShippedLibraryLoader(mongo).load(ShippedLibrary.fromClasspath(ShippedLibrary.CURRENT));

        assertThat(mongo.findById("challenge-focus", Document.class, "library_items").getString("title")).isEqualTo("Ours");
    }
}
