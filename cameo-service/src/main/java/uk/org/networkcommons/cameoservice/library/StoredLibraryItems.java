package uk.org.networkcommons.cameoservice.library;

import static uk.org.networkcommons.cameoservice.library.LibraryDocuments.ID;
import static uk.org.networkcommons.cameoservice.library.LibraryDocuments.PART_IDS;
import static uk.org.networkcommons.cameoservice.library.LibraryDocuments.QUESTION_IDS;
import static uk.org.networkcommons.cameoservice.library.LibraryDocuments.TYPE;

import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Answers from what is stored, so shipped items, authored items and the questions of both are known alike. Says
 * whether an id exists, not whether someone may read it: callers that show the item apply the visibility rule.
 */
@Component
class StoredLibraryItems implements LibraryItems {

    private final MongoOperations mongo;

    StoredLibraryItems(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<ItemKind> kindOf(String itemId) {
        if (itemId == null || itemId.isBlank()) {
            return Optional.empty();
        }
        Query query = Query.query(new Criteria().orOperator(Criteria.where(ID).is(itemId),
                Criteria.where(QUESTION_IDS).is(itemId), Criteria.where(PART_IDS).is(itemId)));
        query.fields().include(TYPE, QUESTION_IDS);
        Document found = mongo.findOne(query, Document.class, LibraryDocuments.ITEMS);
        if (found == null) {
            return Optional.empty();
        }
        if (itemId.equals(found.get(ID))) {
            return Optional.of(LibraryItemType.valueOf(found.getString(TYPE)).itemKind());
        }
        List<String> questionIds = found.getList(QUESTION_IDS, String.class, List.of());
        return Optional.of(questionIds.contains(itemId) ? ItemKind.QUESTION : ItemKind.OTHER);
    }
}
