package uk.org.networkcommons.cameoservice.library;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import uk.org.networkcommons.events.EcmOutcome;
import uk.org.networkcommons.events.LaCode;
import uk.org.networkcommons.events.Topics;
import uk.org.networkcommons.events.UserId;
import uk.org.networkcommons.events.library.AuthoredItemDrafted;
import uk.org.networkcommons.events.library.AuthoredItemKind;
import uk.org.networkcommons.events.library.AuthoredItemPublished;
import uk.org.networkcommons.events.library.AuthoredItemRetired;
import uk.org.networkcommons.events.library.Sharing;
import uk.org.networkcommons.platform.outbox.EventScope;
import uk.org.networkcommons.platform.outbox.OutboxAggregate;
import uk.org.networkcommons.platform.problem.ConflictException;
import uk.org.networkcommons.platform.problem.InvalidRequestException;

/**
 * A cameo or question set an LA officer or network co-ordinator wrote for the library. It goes from draft to published
 * to retired, never back. It is stored next to the shipped items, under the same field names ({@link LibraryDocuments}),
 * so browsing and searching treat both alike.
 *
 * <p>Changing a draft announces it as drafted again, and changing a published item announces it as published again, so
 * the newest event always describes the item as it stands.
 */
@Document(LibraryDocuments.ITEMS)
public class AuthoredItem extends OutboxAggregate {

    public enum Status {
        DRAFT, PUBLISHED, RETIRED
    }

    /** Every authored id starts so, which keeps authored and shipped ids apart for good. */
    static final String ID_PREFIX = "authored-";

    @Id
    private String id;
    /** Tells authored documents from shipped ones in the shared collection. */
    private Origin origin = Origin.AUTHORED;
    /** The shared collection's type field: CAMEO or QUESTION_SET, as {@link LibraryItemType} spells them. */
    private AuthoredItemKind type;
    /** AUTHORED for a cameo, so the cameo list's kind filter covers shipped and authored cameos alike. */
    private CameoKind cameoKind;
    private String title;
    private String summary;
    private List<Question> questions = new ArrayList<>();
    private List<String> questionIds = new ArrayList<>();
    /** How many question ids were ever handed out; a removed question's id is never given to another. */
    private int questionsNumbered;
    private List<String> tags = new ArrayList<>();
    private List<EcmOutcome> outcomes = new ArrayList<>();
    private ChallengeKey challenge;
    private Theme theme;
    private Sharing sharing;
    private Status status;
    private UserId authorId;
    private LaCode authorLaCode;
    private String searchText;
    /** Creation time in milliseconds: authored items list after the shipped ones, oldest first. */
    private long order;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant publishedAt;
    private Instant retiredAt;

    protected AuthoredItem() {
    }

    public static AuthoredItem draft(String id, AuthoredContent content, UserId author, LaCode authorLaCode,
            Clock clock) {
        if (!id.startsWith(ID_PREFIX)) {
            throw new IllegalArgumentException("Authored item ids start with " + ID_PREFIX + ": " + id);
        }
        if (content.kind() == null) {
            throw new InvalidRequestException("kind", "must say what is authored: CAMEO or QUESTION_SET");
        }
        AuthoredItem item = new AuthoredItem();
        item.id = id;
        item.type = content.kind();
        item.authorId = author;
        item.authorLaCode = authorLaCode;
        item.status = Status.DRAFT;
        item.createdAt = Instant.now(clock);
        item.order = item.createdAt.toEpochMilli();
        item.apply(content, clock);
        item.raise(new AuthoredItemDrafted(id, item.type, item.title, item.sharing, author, authorLaCode), clock);
        return item;
    }

    /** Replaces the whole text; a draft stays a draft and a published item stays published. */
    public void revise(AuthoredContent content, Clock clock) {
        if (status == Status.RETIRED) {
            throw new ConflictException("This item is RETIRED and can no longer be changed; only a DRAFT or PUBLISHED"
                    + " item can be");
        }
        if (content.kind() != type) {
            throw new InvalidRequestException("kind", "an item's kind cannot change; author a new %s instead"
                    .formatted(content.kind()));
        }
        apply(content, clock);
        if (status == Status.DRAFT) {
            raise(new AuthoredItemDrafted(id, type, title, sharing, authorId, authorLaCode), clock);
        } else {
            raise(new AuthoredItemPublished(id, type, title, sharing, authorId, authorLaCode), clock);
        }
    }

    public void publish(Clock clock) {
        if (status != Status.DRAFT) {
            throw new ConflictException("Cannot publish this item: it is %s, and only a DRAFT can be published"
                    .formatted(status));
        }
        status = Status.PUBLISHED;
        publishedAt = Instant.now(clock);
        raise(new AuthoredItemPublished(id, type, title, sharing, authorId, authorLaCode), clock);
    }

    public void retire(Clock clock) {
        if (status != Status.PUBLISHED) {
            throw new ConflictException("Cannot retire this item: it is %s, and only a PUBLISHED item can be retired"
                    .formatted(status));
        }
        status = Status.RETIRED;
        retiredAt = Instant.now(clock);
        raise(new AuthoredItemRetired(id, type, title, sharing, authorId, authorLaCode), clock);
    }

    private void apply(AuthoredContent content, Clock clock) {
        if (content.title() == null || content.title().isBlank()) {
            throw new InvalidRequestException("title", "must not be blank");
        }
        if (content.sharing() == null) {
            throw new InvalidRequestException("sharing", "must say who may read the item once published: LA or EVERYONE");
        }
        if (type == AuthoredItemKind.CAMEO && (content.summary() == null || content.summary().isBlank())) {
            throw new InvalidRequestException("summary", "a cameo needs a summary: the short case people discuss");
        }
        if (content.questions().isEmpty()) {
            throw new InvalidRequestException("questions", "an item needs at least one question to discuss");
        }
        List<Question> numbered = number(content.questions());
        title = content.title().strip();
        summary = content.summary() == null || content.summary().isBlank() ? null : content.summary().strip();
        questions = numbered;
        questionIds = numbered.stream().map(Question::id).toList();
        tags = List.copyOf(new LinkedHashSet<>(content.tags().stream()
                .map(tag -> tag.strip().toLowerCase(Locale.ROOT)).toList()));
        outcomes = content.outcomes().stream().sorted().toList();
        challenge = content.challenge();
        theme = content.theme();
        sharing = content.sharing();
        cameoKind = type == AuthoredItemKind.CAMEO ? CameoKind.AUTHORED : null;
        searchText = LibraryDocuments.searchText(Stream.concat(Stream.of(title, summary),
                questions.stream().map(Question::text)));
        updatedAt = Instant.now(clock);
    }

    /** Keeps the ids of questions the author sent back and gives new questions ids no question ever had. */
    private List<Question> number(List<AuthoredContent.QuestionText> texts) {
        Set<String> known = new HashSet<>(questionIds);
        Set<String> kept = new HashSet<>();
        int next = questionsNumbered;
        List<Question> numbered = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            AuthoredContent.QuestionText text = texts.get(i);
            if (text == null || text.text() == null || text.text().isBlank()) {
                throw new InvalidRequestException("questions[%d].text".formatted(i), "must not be blank");
            }
            String questionId = text.id();
            if (questionId == null) {
                questionId = id + "-q" + (++next);
            } else if (!known.contains(questionId)) {
                throw new InvalidRequestException("questions[%d].id".formatted(i),
                        "is not a question of this item; leave the id out for a new question");
            } else if (!kept.add(questionId)) {
                throw new InvalidRequestException("questions[%d].id".formatted(i), "names a question already listed");
            }
            numbered.add(new Question(questionId, text.text().strip()));
        }
        questionsNumbered = next;
        return numbered;
    }

    @Override
    public String aggregateId() {
        return id;
    }

    @Override
    protected String topic() {
        return Topics.LIBRARY;
    }

    @Override
    protected EventScope eventScope() {
        return EventScope.ofLocalAuthority(authorLaCode);
    }

    public String id() {
        return id;
    }

    public AuthoredItemKind kind() {
        return type;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public List<Question> questions() {
        return List.copyOf(questions);
    }

    public List<String> tags() {
        return List.copyOf(tags);
    }

    public List<EcmOutcome> outcomes() {
        return List.copyOf(outcomes);
    }

    public ChallengeKey challenge() {
        return challenge;
    }

    public Theme theme() {
        return theme;
    }

    public Sharing sharing() {
        return sharing;
    }

    public Status status() {
        return status;
    }

    public UserId authorId() {
        return authorId;
    }

    public LaCode authorLaCode() {
        return authorLaCode;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Instant retiredAt() {
        return retiredAt;
    }
}
