package uk.org.networkcommons.cameoservice.library;

import java.util.List;

/** One of the five key challenges, with its main question and the follow-up questions with the LA stories on each. */
public record Challenge(String id, ChallengeKey key, String title, String mainQuestion,
        List<FollowUpQuestion> followUpQuestions, String sourceId) {

    /** A follow-up question and the LA stories that show how real authorities approached it. */
    public record FollowUpQuestion(String id, String text, List<Cameo> laStories) {
    }
}
