package uk.org.networkcommons.cameoservice.support;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Valid request bodies for the workshop API, pointing at items of the shipped library. */
public final class WorkshopRequests {

    private WorkshopRequests() {
    }

    /** A plan for today covering capacity, with the given organisations taking part. */
    public static String plan(String title, String... participantOrganisationIds) {
        return plan(title, LocalDate.now(), participantOrganisationIds);
    }

    public static String plan(String title, LocalDate date, String... participantOrganisationIds) {
        return """
                {"title": "%s", "date": "%s", "facilitator": "LA school improvement adviser",
                 "challengeIds": ["challenge-capacity"], "cameoIds": ["cameo-capacity-1"],
                 "scenarioIds": ["scenario-alliance"], "questionIds": ["challenge-capacity-q1", "cameo-capacity-1-q2"],
                 "participantOrganisationIds": [%s]}""".formatted(title, date, quoted(participantOrganisationIds));
    }

    public static String dimension(String name, Integer now, Integer target) {
        return """
                {"name": "%s",
                 "now": {"rating": %s, "narrative": "Heads meet termly but plans are separate",
                         "evidence": ["Minutes of heads' meetings", "", "Shared CPD calendar"]},
                 "target": {"rating": %s, "narrative": "One improvement plan owned by every partner",
                            "evidence": ["Joint plan with success criteria"]},
                 "notes": "Agreed in the room"}""".formatted(name, now, target);
    }

    public static String action(String title, String ownerOrganisationId, String dimensionKey) {
        return """
                {"title": "%s", "description": "Draft it with the heads' group",
                 "ownerOrganisationId": "%s", "dueDate": "%s", "outcomes": ["ENJOY_AND_ACHIEVE", "STAY_SAFE"],
                 "dimensionKey": %s, "originQuestionId": "challenge-capacity-q1", "originCameoId": "cameo-capacity-1"}"""
                .formatted(title, ownerOrganisationId, LocalDate.now().plusMonths(3),
                        dimensionKey == null ? "null" : "\"" + dimensionKey + "\"");
    }

    private static String quoted(String... values) {
        return Arrays.stream(values).map(value -> "\"" + value + "\"").collect(Collectors.joining(", "));
    }
}
