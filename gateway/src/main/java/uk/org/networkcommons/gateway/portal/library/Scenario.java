package uk.org.networkcommons.gateway.portal.library;

import java.util.List;

/** A governance scenario, as the shipped library holds it ({@code GET /api/library/scenarios/{id}}). */
public record Scenario(String id, String model, String title, String summary, List<Question> keyQuestions,
        String governanceAspect, List<String> tags, String sourceId) {

    public Scenario {
        keyQuestions = keyQuestions == null ? List.of() : List.copyOf(keyQuestions);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
