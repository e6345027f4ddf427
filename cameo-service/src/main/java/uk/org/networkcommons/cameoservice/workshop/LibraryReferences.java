package uk.org.networkcommons.cameoservice.workshop;

import java.util.List;
import java.util.Locale;
import uk.org.networkcommons.cameoservice.library.LibraryItems;
import uk.org.networkcommons.cameoservice.library.LibraryItems.ItemKind;
import uk.org.networkcommons.events.workshop.WorkshopPlan;
import uk.org.networkcommons.platform.problem.InvalidRequestException;

/** A plan or an action may only point at library items that exist, and each list only at items of its own kind. */
final class LibraryReferences {

    private final LibraryItems library;

    LibraryReferences(LibraryItems library) {
        this.library = library;
    }

    void requireValid(WorkshopPlan plan) {
        requireAll("challengeIds", plan.challengeIds(), ItemKind.CHALLENGE);
        requireAll("cameoIds", plan.cameoIds(), ItemKind.CAMEO);
        requireAll("scenarioIds", plan.scenarioIds(), ItemKind.SCENARIO);
        requireAll("questionIds", plan.questionIds(), ItemKind.QUESTION);
    }

    void requireValid(ActionDraft action) {
        requireOne("originQuestionId", action.originQuestionId(), ItemKind.QUESTION);
        requireOne("originCameoId", action.originCameoId(), ItemKind.CAMEO);
    }

    private void requireAll(String field, List<String> ids, ItemKind kind) {
        for (int i = 0; i < ids.size(); i++) {
            requireOne("%s[%d]".formatted(field, i), ids.get(i), kind);
        }
    }

    private void requireOne(String field, String id, ItemKind expected) {
        if (id == null) {
            return;
        }
        ItemKind actual = library.kindOf(id).orElseThrow(() -> new InvalidRequestException(field,
                "the library has no %s with id %s".formatted(name(expected), id)));
        if (actual != expected) {
            throw new InvalidRequestException(field, "%s is a %s, not a %s".formatted(id, name(actual), name(expected)));
        }
    }

    private static String name(ItemKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
