package uk.org.networkcommons.cameoservice.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.org.networkcommons.cameoservice.library.AuthoredContent.QuestionText;
import uk.org.networkcommons.events.EcmOutcome;
import uk.org.networkcommons.events.LaCode;
import uk.org.networkcommons.events.Topics;
import uk.org.networkcommons.events.UserId;
import uk.org.networkcommons.events.library.AuthoredItemKind;
import uk.org.networkcommons.events.library.Sharing;
import uk.org.networkcommons.platform.outbox.OutboxEntry;
import uk.org.networkcommons.platform.problem.ConflictException;
import uk.org.networkcommons.platform.problem.InvalidRequestException;

class AuthoredItemTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);
    private static final UserId AUTHOR = UserId.of("officer-1");
    private static final LaCode LA = LaCode.of("873");

    @Test
    void aNewItemIsADraftAnnouncedOnTheLibraryTopicWithItsAuthorsLa() {
        AuthoredItem item = AuthoredItem.draft("authored-1", cameo("  Mentors  "), AUTHOR, LA, CLOCK);

        assertThat(item.status()).isEqualTo(AuthoredItem.Status.DRAFT);
        assertThat(item.title()).isEqualTo("Mentors");
        OutboxEntry drafted = item.newEvents().getFirst();
        assertThat(drafted.type()).isEqualTo("uk.org.networkcommons.library.authored-item-drafted.v1");
        assertThat(drafted.topic()).isEqualTo(Topics.LIBRARY);
        assertThat(drafted.laCode()).isEqualTo("873");
        assertThat(drafted.payload()).contains("\"itemId\":\"authored-1\"", "\"authorId\":\"officer-1\"",
                "\"sharing\":\"LA\"", "\"kind\":\"CAMEO\"");
    }

    @Test
    void itGoesFromDraftToPublishedToRetiredAndNoOtherWay() {
        AuthoredItem item = AuthoredItem.draft("authored-2", cameo("Lifecycle"), AUTHOR, LA, CLOCK);

        assertThatThrownBy(() -> item.retire(CLOCK)).isInstanceOf(ConflictException.class).hasMessageContaining("DRAFT");
        item.publish(CLOCK);
        assertThatThrownBy(() -> item.publish(CLOCK)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("PUBLISHED");
        item.retire(CLOCK);
        assertThatThrownBy(() -> item.publish(CLOCK)).isInstanceOf(ConflictException.class).hasMessageContaining("RETIRED");
        assertThatThrownBy(() -> item.revise(cameo("Again"), CLOCK)).isInstanceOf(ConflictException.class);
        assertThat(item.newEvents()).extracting(OutboxEntry::type).containsExactly(
                "uk.org.networkcommons.library.authored-item-drafted.v1",
                "uk.org.networkcommons.library.authored-item-published.v1",
                "uk.org.networkcommons.library.authored-item-retired.v1");
    }

    @Test
    void revisingAPublishedItemAnnouncesItAsPublishedAgain() {
        AuthoredItem item = AuthoredItem.draft("authored-3", cameo("First"), AUTHOR, LA, CLOCK);
        item.publish(CLOCK);

        item.revise(cameo("Second"), CLOCK);

        assertThat(item.status()).isEqualTo(AuthoredItem.Status.PUBLISHED);
        assertThat(item.newEvents().getLast().type()).isEqualTo("uk.org.networkcommons.library.authored-item-published.v1");
        assertThat(item.newEvents().getLast().payload()).contains("\"title\":\"Second\"");
    }

    @Test
    void questionIdsSurviveRevisionsAndAreNeverReused() {
        AuthoredItem item = AuthoredItem.draft("authored-4", content(AuthoredItemKind.QUESTION_SET, "Q", null,
                List.of(new QuestionText(null, "One?"), new QuestionText(null, "Two?"))), AUTHOR, LA, CLOCK);
        assertThat(item.questions()).extracting(Question::id).containsExactly("authored-4-q1", "authored-4-q2");

        item.revise(content(AuthoredItemKind.QUESTION_SET, "Q", null, List.of(new QuestionText("authored-4-q1", "One!"))),
                CLOCK);
        item.revise(content(AuthoredItemKind.QUESTION_SET, "Q", null, List.of(new QuestionText("authored-4-q1", "One!"),
                new QuestionText(null, "Three?"))), CLOCK);

        assertThat(item.questions()).containsExactly(new Question("authored-4-q1", "One!"),
                new Question("authored-4-q3", "Three?"));
    }

    @Test
    void aQuestionIdTheItemNeverHadOrOneListedTwiceIsRefused() {
        AuthoredItem item = AuthoredItem.draft("authored-5", cameo("Ids"), AUTHOR, LA, CLOCK);

        assertThatThrownBy(() -> item.revise(content(AuthoredItemKind.CAMEO, "Ids", "A case",
                List.of(new QuestionText("authored-9-q1", "Borrowed?"))), CLOCK))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("not a question of this item");
        assertThatThrownBy(() -> item.revise(content(AuthoredItemKind.CAMEO, "Ids", "A case",
                List.of(new QuestionText("authored-5-q1", "A"), new QuestionText("authored-5-q1", "B"))), CLOCK))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("already listed");
    }

    @Test
    void aCameoNeedsASummaryAndEveryItemAQuestionAndItsKindNeverChanges() {
        assertThatThrownBy(() -> AuthoredItem.draft("authored-6", content(AuthoredItemKind.CAMEO, "No summary", " ",
                List.of(new QuestionText(null, "Why?"))), AUTHOR, LA, CLOCK))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("summary");
        assertThatThrownBy(() -> AuthoredItem.draft("authored-7", content(AuthoredItemKind.QUESTION_SET, "Empty", null,
                List.of()), AUTHOR, LA, CLOCK)).isInstanceOf(InvalidRequestException.class);
        AuthoredItem item = AuthoredItem.draft("authored-8", cameo("Kind"), AUTHOR, LA, CLOCK);
        assertThatThrownBy(() -> item.revise(content(AuthoredItemKind.QUESTION_SET, "Kind", null,
                List.of(new QuestionText(null, "Q?"))), CLOCK)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("kind cannot change");
    }

    @Test
    void tagsAreKeptOnceEachInLowerCase() {
        AuthoredItem item = AuthoredItem.draft("authored-9", new AuthoredContent(AuthoredItemKind.CAMEO, "Tags", "A case",
                List.of(new QuestionText(null, "Q?")), List.of("transition", "Transition", "shared-staffing"),
                Set.of(EcmOutcome.STAY_SAFE, EcmOutcome.BE_HEALTHY), null, null, Sharing.LA), AUTHOR, LA, CLOCK);

        assertThat(item.tags()).containsExactly("transition", "shared-staffing");
        assertThat(item.outcomes()).containsExactly(EcmOutcome.BE_HEALTHY, EcmOutcome.STAY_SAFE);
    }

    private static AuthoredContent cameo(String title) {
        return content(AuthoredItemKind.CAMEO, title, "A short case", List.of(new QuestionText(null, "What next?")));
    }

    private static AuthoredContent content(AuthoredItemKind kind, String title, String summary,
            List<QuestionText> questions) {
        return new AuthoredContent(kind, title, summary, questions, List.of(), Set.of(), ChallengeKey.CAPACITY, null,
                Sharing.LA);
    }
}
