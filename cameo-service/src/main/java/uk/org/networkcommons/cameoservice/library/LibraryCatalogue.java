package uk.org.networkcommons.cameoservice.library;

import static uk.org.networkcommons.cameoservice.library.LibraryDocuments.CAMEO_KIND;
import static uk.org.networkcommons.cameoservice.library.LibraryDocuments.CHALLENGE;
import static uk.org.networkcommons.cameoservice.library.LibraryDocuments.CONTENT;
import static uk.org.networkcommons.cameoservice.library.LibraryDocuments.DESCRIPTION;
import static uk.org.networkcommons.cameoservice.library.LibraryDocuments.ID;
import static uk.org.networkcommons.cameoservice.library.LibraryDocuments.ORDER;
import static uk.org.networkcommons.cameoservice.library.LibraryDocuments.ORIGIN;
import static uk.org.networkcommons.cameoservice.library.LibraryDocuments.OUTCOMES;
import static uk.org.networkcommons.cameoservice.library.LibraryDocuments.SEARCH_TEXT;
import static uk.org.networkcommons.cameoservice.library.LibraryDocuments.SECTION;
import static uk.org.networkcommons.cameoservice.library.LibraryDocuments.SOURCE_ID;
import static uk.org.networkcommons.cameoservice.library.LibraryDocuments.STATUS;
import static uk.org.networkcommons.cameoservice.library.LibraryDocuments.SUMMARY;
import static uk.org.networkcommons.cameoservice.library.LibraryDocuments.TAGS;
import static uk.org.networkcommons.cameoservice.library.LibraryDocuments.THEME;
import static uk.org.networkcommons.cameoservice.library.LibraryDocuments.TITLE;
import static uk.org.networkcommons.cameoservice.library.LibraryDocuments.TYPE;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import uk.org.networkcommons.events.EcmOutcome;
import uk.org.networkcommons.platform.problem.NotFoundException;
import uk.org.networkcommons.platform.security.Viewer;

/**
 * Browsing and searching the library. Shipped content is readable by everyone signed in; authored items appear only to
 * those {@link AuthoredItemPolicy} lets see them, and retired ones only when asked for. Everything comes back in one
 * stable order (shipped items in file order, then authored items oldest first), so pages never shift or overlap.
 */
@Service
public class LibraryCatalogue {

    private static final Sort IN_ORDER = Sort.by(ORDER, ID);

    private final MongoOperations mongo;

    public LibraryCatalogue(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** What a cameo list may be narrowed to; nulls narrow nothing. {@code text} is matched in title, summary, questions. */
    public record CameoFilter(Theme theme, ChallengeKey challenge, String tag, EcmOutcome outcome, CameoKind kind,
            String text, boolean includeRetired, int page, int size) {
    }

    /** What a search across the whole library may be narrowed to; nulls narrow nothing. */
    public record SearchFilter(String text, String tag, Theme theme, boolean includeRetired, int page, int size) {
    }

    /** The five key challenges, each follow-up question with the LA stories told about it. */
    public List<Challenge> challenges() {
        Map<String, List<Cameo>> stories = laStories(null);
        return shipped(LibraryItemType.CHALLENGE).stream().map(stored -> challenge(stored, stories)).toList();
    }

    public Challenge challenge(String id) {
        Document stored = shipped(LibraryItemType.CHALLENGE, id).orElseThrow(() -> new NotFoundException("challenge", id));
        return challenge(stored, laStories(stored.get(CONTENT, Document.class).getString("key")));
    }

    public List<Cameo> cameos(Viewer viewer, CameoFilter filter) {
        List<Criteria> all = new ArrayList<>();
        all.add(Criteria.where(TYPE).is(LibraryItemType.CAMEO.name()));
        all.add(AuthoredItemPolicy.visibleItems(viewer));
        if (filter.theme() != null) {
            all.add(Criteria.where(THEME).is(filter.theme().name()));
        }
        if (filter.challenge() != null) {
            all.add(Criteria.where(CHALLENGE).is(filter.challenge().name()));
        }
        if (filter.outcome() != null) {
            all.add(Criteria.where(OUTCOMES).is(filter.outcome().name()));
        }
        if (filter.kind() != null) {
            all.add(Criteria.where(CAMEO_KIND).is(filter.kind().name()));
        }
        narrow(all, filter.text(), filter.tag(), filter.includeRetired());
        return page(all, filter.page(), filter.size()).stream().map(this::cameo).toList();
    }

    /** A shipped cameo, or an authored one the viewer may see (retired ones included); otherwise not found. */
    public Cameo cameo(Viewer viewer, String id) {
        Query query = Query.query(new Criteria().andOperator(Criteria.where(ID).is(id),
                Criteria.where(TYPE).is(LibraryItemType.CAMEO.name()), AuthoredItemPolicy.visibleItems(viewer)));
        Document stored = mongo.findOne(query, Document.class, LibraryDocuments.ITEMS);
        if (stored == null) {
            throw new NotFoundException("cameo", id);
        }
        return cameo(stored);
    }

    /** Items of every kind whose text contains the term, tagged so, or under the theme; authored ones as visible. */
    public List<SearchHit> search(Viewer viewer, SearchFilter filter) {
        List<Criteria> all = new ArrayList<>();
        all.add(AuthoredItemPolicy.visibleItems(viewer));
        if (filter.theme() != null) {
            all.add(Criteria.where(THEME).is(filter.theme().name()));
        }
        narrow(all, filter.text(), filter.tag(), filter.includeRetired());
        return page(all, filter.page(), filter.size()).stream().map(stored -> new SearchHit(stored.getString(ID),
                LibraryItemType.valueOf(stored.getString(TYPE)), stored.getString(TITLE), stored.getString(SUMMARY),
                Origin.valueOf(stored.getString(ORIGIN)),
                stored.getString(STATUS) == null ? null : AuthoredItem.Status.valueOf(stored.getString(STATUS))))
                .toList();
    }

    public List<Map<String, Object>> scenarios() {
        return contents(LibraryItemType.SCENARIO);
    }

    public Map<String, Object> scenario(String id) {
        return shipped(LibraryItemType.SCENARIO, id).map(LibraryCatalogue::content)
                .orElseThrow(() -> new NotFoundException("scenario", id));
    }

    /** The forms of partnership from the most formal (position 1) to the least, with what the continuum is. */
    public Map<String, Object> continuum() {
        Map<String, Object> continuum = fileHeader("federation-continuum", false);
        continuum.put("forms", contents(LibraryItemType.CONTINUUM_FORM));
        return continuum;
    }

    /** Reasons for partnership, its dividend, the questions for choosing a form and what to agree before partnering. */
    public Map<String, Object> partnership() {
        Map<String, Object> partnership = fileHeader("partnership", true);
        for (Document stored : shipped(LibraryItemType.PARTNERSHIP)) {
            partnership.put(stored.getString(SECTION), content(stored));
        }
        return partnership;
    }

    public Map<String, Object> benefits() {
        Map<String, Object> benefits = fileHeader("benefits", false);
        benefits.put("areas", contents(LibraryItemType.BENEFIT_AREA));
        return benefits;
    }

    public Map<String, Object> selfAssessmentTemplate() {
        return shipped(LibraryItemType.SELF_ASSESSMENT_TEMPLATE).stream().findFirst().map(LibraryCatalogue::content)
                .orElseThrow(() -> new NotFoundException("self-assessment template", "self-assessment-template"));
    }

    /** The five Every Child Matters outcomes. */
    public List<Map<String, Object>> outcomes() {
        return contents(LibraryItemType.ECM_OUTCOME);
    }

    /** The publications the library draws on, acknowledged as their terms ask. */
    public List<Map<String, Object>> sources() {
        return contents(LibraryItemType.SOURCE);
    }

    private void narrow(List<Criteria> all, String text, String tag, boolean includeRetired) {
        if (text != null && !text.isBlank()) {
            all.add(Criteria.where(SEARCH_TEXT).regex(Pattern.quote(text.strip().toLowerCase(Locale.ROOT))));
        }
        if (tag != null && !tag.isBlank()) {
            // the shipped library counts Every Child Matters outcomes among its tags, so a tag finds either
            all.add(new Criteria().orOperator(Criteria.where(TAGS).is(tag.strip()), Criteria.where(OUTCOMES).is(tag.strip())));
        }
        if (!includeRetired) {
            all.add(Criteria.where(STATUS).ne(AuthoredItem.Status.RETIRED.name()));
        }
    }

    private List<Document> page(List<Criteria> all, int page, int size) {
        Query query = Query.query(new Criteria().andOperator(all)).with(IN_ORDER).skip((long) page * size).limit(size);
        return mongo.find(query, Document.class, LibraryDocuments.ITEMS);
    }

    private Cameo cameo(Document stored) {
        if (Origin.AUTHORED.name().equals(stored.getString(ORIGIN))) {
            return Cameo.authored(mongo.getConverter().read(AuthoredItem.class, stored));
        }
        return Cameo.shipped(stored);
    }

    /** The LA stories of one challenge (or of all, for null), by the follow-up question each illustrates. */
    private Map<String, List<Cameo>> laStories(String challengeKey) {
        Criteria criteria = Criteria.where(TYPE).is(LibraryItemType.CAMEO.name()).and(ORIGIN).is(Origin.SHIPPED.name())
                .and(CAMEO_KIND).is(CameoKind.LA_STORY.name());
        if (challengeKey != null) {
            criteria = criteria.and(CHALLENGE).is(challengeKey);
        }
        return mongo.find(Query.query(criteria).with(IN_ORDER), Document.class, LibraryDocuments.ITEMS).stream()
                .map(Cameo::shipped)
                .collect(Collectors.groupingBy(Cameo::followUpQuestionId, LinkedHashMap::new, Collectors.toList()));
    }

    private static Challenge challenge(Document stored, Map<String, List<Cameo>> stories) {
        Document content = stored.get(CONTENT, Document.class);
        List<Challenge.FollowUpQuestion> questions = content.getList("followUpQuestions", Document.class, List.of())
                .stream().map(question -> new Challenge.FollowUpQuestion(question.getString("id"),
                        question.getString("text"), stories.getOrDefault(question.getString("id"), List.of())))
                .toList();
        return new Challenge(stored.getString(ID), ChallengeKey.valueOf(content.getString("key")),
                content.getString("title"), content.getString("mainQuestion"), questions, content.getString("sourceId"));
    }

    private List<Document> shipped(LibraryItemType type) {
        return mongo.find(Query.query(Criteria.where(TYPE).is(type.name()).and(ORIGIN).is(Origin.SHIPPED.name()))
                .with(IN_ORDER), Document.class, LibraryDocuments.ITEMS);
    }

    private Optional<Document> shipped(LibraryItemType type, String id) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where(ID).is(id).and(TYPE).is(type.name())
                .and(ORIGIN).is(Origin.SHIPPED.name())), Document.class, LibraryDocuments.ITEMS));
    }

    private List<Map<String, Object>> contents(LibraryItemType type) {
        return shipped(type).stream().map(LibraryCatalogue::content).toList();
    }

    private static Map<String, Object> content(Document stored) {
        return stored.get(CONTENT, Document.class);
    }

    /** What introduces a shipped file: its description and, where the whole file has one, its source. */
    private Map<String, Object> fileHeader(String file, boolean withSource) {
        Document stored = mongo.findById(file, Document.class, LibraryDocuments.FILES);
        Map<String, Object> header = new LinkedHashMap<>();
        header.put(DESCRIPTION, stored == null ? null : stored.getString(DESCRIPTION));
        if (withSource) {
            header.put(SOURCE_ID, stored == null ? null : stored.getString(SOURCE_ID));
        }
        return header;
    }
}
