package uk.org.networkcommons.gateway.portal.library;

import java.util.List;

/**
 * A cameo (case study, LA story or authored), as cameo-service's {@code CameoView} gives it; the authoring fields the
 * portal does not show are left out.
 */
public record Cameo(String id, String origin, String kind, String title, String summary, String theme,
        String challenge, String followUpQuestionId, String localAuthority, List<String> tags, List<String> outcomes,
        List<Question> questions, String questionsOrigin, String sourceId, boolean retired) {

    public Cameo {
        tags = tags == null ? List.of() : List.copyOf(tags);
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    /** Tags that are themes ({@code knowledge-sharing}), without the outcome keys the library also counts as tags. */
    public List<String> themeTags() {
        return tags.stream().filter(tag -> !outcomes.contains(tag) && !tag.equals(tag.toUpperCase())).toList();
    }
}
