package uk.org.networkcommons.gateway.portal.library;

import java.util.List;

/** One of the five key challenges, as {@code GET /api/library/challenges/{id}} gives it. */
public record Challenge(String id, String key, String title, String mainQuestion,
        List<FollowUpQuestion> followUpQuestions, String sourceId) {

    public Challenge {
        followUpQuestions = followUpQuestions == null ? List.of() : List.copyOf(followUpQuestions);
    }

    /** A follow-up question and the LA stories told about it. */
    public record FollowUpQuestion(String id, String text, List<Cameo> laStories) {

        public FollowUpQuestion {
            laStories = laStories == null ? List.of() : List.copyOf(laStories);
        }
    }
}
