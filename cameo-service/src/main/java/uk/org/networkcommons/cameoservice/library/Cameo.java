package uk.org.networkcommons.cameoservice.library;

import java.util.List;
import org.bson.Document;
import uk.org.networkcommons.events.EcmOutcome;
import uk.org.networkcommons.events.LaCode;
import uk.org.networkcommons.events.UserId;
import uk.org.networkcommons.events.library.Sharing;

/**
 * A short case for workshop discussion, shipped or authored, in one shape so lists can hold both.
 *
 * @param theme              the case-study group (CAPACITY, COHERENCE, ACTIVITY), or an authored cameo's theme
 * @param challenge          the key challenge an LA story or authored cameo speaks to
 * @param followUpQuestionId the challenge question an LA story illustrates
 * @param tags               free theme tags; the Every Child Matters outcomes are in {@code outcomes}
 * @param authorship         who wrote an authored cameo and where it stands; null for shipped ones
 */
public record Cameo(String id, Origin origin, CameoKind kind, String title, String summary, Theme theme,
        ChallengeKey challenge, String followUpQuestionId, String localAuthority, List<String> tags,
        List<EcmOutcome> outcomes, List<Question> questions, String questionsOrigin, String sourceId,
        Authorship authorship) {

    /** An authored item's author, status and version. */
    public record Authorship(AuthoredItem.Status status, Sharing sharing, UserId authorId, LaCode authorLaCode,
            long version) {
    }

    static Cameo shipped(Document stored) {
        Document content = stored.get(LibraryDocuments.CONTENT, Document.class);
        String group = content.getString("group");
        String challenge = content.getString("challenge");
        return new Cameo(stored.getString(LibraryDocuments.ID), Origin.SHIPPED, CameoKind.valueOf(content.getString("kind")),
                content.getString("title"), content.getString("summary"), group == null ? null : Theme.valueOf(group),
                challenge == null ? null : ChallengeKey.valueOf(challenge), content.getString("followUpQuestionId"),
                content.getString("localAuthority"), stored.getList(LibraryDocuments.TAGS, String.class, List.of()),
                stored.getList(LibraryDocuments.OUTCOMES, String.class, List.of()).stream().map(EcmOutcome::valueOf).toList(),
                content.getList("questions", Document.class, List.of()).stream()
                        .map(question -> new Question(question.getString("id"), question.getString("text"))).toList(),
                content.getString("questionsOrigin"), content.getString("sourceId"), null);
    }

    static Cameo authored(AuthoredItem item) {
        return new Cameo(item.id(), Origin.AUTHORED, CameoKind.AUTHORED, item.title(), item.summary(), item.theme(),
                item.challenge(), null, null, item.tags(), item.outcomes(), item.questions(), null, null,
                new Authorship(item.status(), item.sharing(), item.authorId(), item.authorLaCode(), item.version()));
    }
}
