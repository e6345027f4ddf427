package uk.org.networkcommons.cameoservice.workshop;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import uk.org.networkcommons.cameoservice.library.LibraryItems;
import uk.org.networkcommons.cameoservice.library.LibraryItems.ItemKind;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.events.workshop.WorkshopPlan;
import uk.org.networkcommons.platform.problem.InvalidRequestException;

class LibraryReferencesTest {

    static final Map<String, ItemKind> ITEMS = Map.of("challenge-focus", ItemKind.CHALLENGE, "cameo-1", ItemKind.CAMEO,
            "scenario-1", ItemKind.SCENARIO, "question-1", ItemKind.QUESTION);

    final LibraryItems library = id -> Optional.ofNullable(ITEMS.get(id));
    final LibraryReferences references = new LibraryReferences(library);

    @Test
    void aPlanPointingAtItemsOfTheRightKindsIsAccepted() {
        assertThatCode(() -> references.requireValid(plan(List.of("challenge-focus"), List.of("cameo-1"),
                List.of("scenario-1"), List.of("question-1")))).doesNotThrowAnyException();
    }

    @Test
    void anUnknownItemOrOneOfAnotherKindIsRejectedNamingItsPlace() {
        assertField(() -> references.requireValid(plan(List.of("challenge-focus", "cameo-1"), List.of(), List.of(),
                List.of())), "challengeIds[1]", "cameo-1 is a cameo, not a challenge");
        assertField(() -> references.requireValid(plan(List.of(), List.of("missing"), List.of(), List.of())),
                "cameoIds[0]", "no cameo with id missing");
        assertField(() -> references.requireValid(plan(List.of(), List.of(), List.of("question-1"), List.of())),
                "scenarioIds[0]", "not a scenario");
        assertField(() -> references.requireValid(plan(List.of(), List.of(), List.of(), List.of("scenario-1"))),
                "questionIds[0]", "not a question");
    }

    @Test
    void anActionsOriginMustBeAQuestionOrACameoOfTheLibrary() {
        assertThatCode(() -> references.requireValid(origin("question-1", "cameo-1"))).doesNotThrowAnyException();
        assertThatCode(() -> references.requireValid(origin(null, null))).doesNotThrowAnyException();
        assertField(() -> references.requireValid(origin("cameo-1", null)), "originQuestionId", "not a question");
        assertField(() -> references.requireValid(origin(null, "gone")), "originCameoId", "no cameo");
    }

    private static ActionDraft origin(String questionId, String cameoId) {
        return new ActionDraft("Act", null, OrganisationId.of("school-1"), null, Set.of(), null, questionId, cameoId);
    }

    private static WorkshopPlan plan(List<String> challenges, List<String> cameos, List<String> scenarios,
            List<String> questions) {
        return new WorkshopPlan("Review", LocalDate.of(2026, 11, 20), null, challenges, cameos, scenarios, questions,
                List.of());
    }

    private static void assertField(ThrowingCallable call, String field,
            String message) {
        assertThatThrownBy(call).isInstanceOf(InvalidRequestException.class).hasMessageContaining(message)
                .extracting(e -> ((InvalidRequestException) e).fieldErrors().keySet())
                .isEqualTo(Set.of(field));
    }
}
