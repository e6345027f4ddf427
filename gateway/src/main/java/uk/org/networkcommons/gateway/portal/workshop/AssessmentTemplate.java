package uk.org.networkcommons.gateway.portal.workshop;

import java.util.List;

/**
 * The library's self-assessment template ({@code GET /api/library/self-assessment-template}): the prompts, the two
 * sections and the rating scale the dimension form is built from, so the form says what the paper sheet says.
 */
record AssessmentTemplate(String title, String description, DimensionPrompt dimension, List<Section> sections,
        List<Rating> ratingScale) {

    AssessmentTemplate {
        sections = sections == null ? List.of() : List.copyOf(sections);
        ratingScale = ratingScale == null ? List.of() : List.copyOf(ratingScale);
    }

    record DimensionPrompt(String prompt, List<Suggestion> suggestions) {

        DimensionPrompt {
            suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
        }
    }

    record Suggestion(String id, String label) {
    }

    /** @param key WHERE_WE_ARE_NOW or WHERE_WE_WANT_TO_BE */
    record Section(String key, String title, String prompt, int evidenceSlots) {
    }

    record Rating(int value, String label, String description) {
    }

    Section section(String key, String fallbackTitle) {
        return sections.stream().filter(section -> section.key().equals(key)).findFirst()
                .orElse(new Section(key, fallbackTitle, null, 7));
    }
}
