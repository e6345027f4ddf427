package uk.org.networkcommons.cameoservice.library;

import java.util.List;
import java.util.Set;
import uk.org.networkcommons.events.EcmOutcome;
import uk.org.networkcommons.events.library.AuthoredItemKind;
import uk.org.networkcommons.events.library.Sharing;

/**
 * What an author writes or rewrites: the whole item each time, so an edit never depends on what the author did not see.
 *
 * @param questions in the order they are to be asked; a question keeps its id if the author sends it back
 * @param challenge the key challenge the item speaks to, if any
 * @param theme     the theme it belongs under, if any
 */
public record AuthoredContent(AuthoredItemKind kind, String title, String summary, List<QuestionText> questions,
        List<String> tags, Set<EcmOutcome> outcomes, ChallengeKey challenge, Theme theme, Sharing sharing) {

    public AuthoredContent {
        questions = questions == null ? List.of() : List.copyOf(questions);
        tags = tags == null ? List.of() : List.copyOf(tags);
        outcomes = outcomes == null ? Set.of() : Set.copyOf(outcomes);
    }

    /** A question as the author sends it: the id of a question the item already has, or none for a new question. */
    public record QuestionText(String id, String text) {
    }
}
