package uk.org.networkcommons.cameoservice.library;

import static uk.org.networkcommons.cameoservice.library.LibraryDocuments.ID;
import static uk.org.networkcommons.cameoservice.library.LibraryDocuments.LIBRARY_VERSION;
import static uk.org.networkcommons.cameoservice.library.LibraryDocuments.ORIGIN;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.ReplaceOptions;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Puts the shipped library into MongoDB when the service starts. Each item is written with one conditional
 * single-document operation: replaced only where the stored copy is of an older library version (or has none), inserted
 * only where none is stored, so restarts and several instances starting together never duplicate or downgrade anything,
 * and a newer shipped version replaces the older items. Needs no transaction and no lock.
 */
@Component
public class ShippedLibraryLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ShippedLibraryLoader.class);

    private final MongoOperations mongo;

    public ShippedLibraryLoader(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** What one load did: how many items (files included) it inserted, replaced with a newer version, or left alone. */
    public record LoadReport(int inserted, int updated, int unchanged) {
    }

    @Override
    public void run(ApplicationArguments args) {
        ShippedLibrary library = ShippedLibrary.fromClasspath(ShippedLibrary.CURRENT);
        LoadReport report = load(library);
        log.info("Shipped library version {}: {} items inserted, {} updated, {} already current", library.version(),
                report.inserted(), report.updated(), report.unchanged());
    }

    public LoadReport load(ShippedLibrary library) {
        createIndexes();
        int inserted = 0;
        int updated = 0;
        int unchanged = 0;
        for (Document item : library.items()) {
            Document shipped = new Document(item);
            switch (putIfNewer(LibraryDocuments.ITEMS, shipped, library.version(), true)) {
                case INSERTED -> inserted++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
            }
        }
        for (Document file : library.files()) {
            switch (putIfNewer(LibraryDocuments.FILES, new Document(file), library.version(), false)) {
                case INSERTED -> inserted++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
            }
        }
        return new LoadReport(inserted, updated, unchanged);
    }

    private enum Outcome {
        INSERTED, UPDATED, UNCHANGED
    }

    private Outcome putIfNewer(String collection, Document document, int version, boolean shippedOnly) {
        Criteria older = Criteria.where(ID).is(document.get(ID)).orOperator(
                Criteria.where(LIBRARY_VERSION).lt(version), Criteria.where(LIBRARY_VERSION).exists(false));
        if (shippedOnly) {
            // an authored item can never be overwritten by shipped content, whatever its id
            older = older.and(ORIGIN).is(Origin.SHIPPED.name());
        }
        if (mongo.replace(Query.query(older), document, ReplaceOptions.none(), collection).getMatchedCount() > 0) {
            return Outcome.UPDATED;
        }
        try {
            mongo.insert(document, collection);
            return Outcome.INSERTED;
        } catch (DuplicateKeyException alreadyThere) {
            // stored at this version or a newer one, by an earlier start or by another instance starting just now
            return Outcome.UNCHANGED;
        }
    }

    private void createIndexes() {
        IndexOperations items = mongo.indexOps(LibraryDocuments.ITEMS);
        items.createIndex(new Index().on(LibraryDocuments.TYPE, Sort.Direction.ASC)
                .on(LibraryDocuments.ORDER, Sort.Direction.ASC).on(ID, Sort.Direction.ASC).named("by_type_in_order"));
        items.createIndex(new Index().on(LibraryDocuments.QUESTION_IDS, Sort.Direction.ASC).named("by_question_id"));
        items.createIndex(new Index().on(LibraryDocuments.PART_IDS, Sort.Direction.ASC).named("by_part_id"));
        items.createIndex(new Index().on(LibraryDocuments.ORDER, Sort.Direction.ASC).on(ID, Sort.Direction.ASC)
                .named("in_order"));
    }
}
