package uk.org.networkcommons.actiontracker.support;

import java.time.LocalDate;

/** JSON bodies for the action API. */
public final class ActionRequests {

    private ActionRequests() {
    }

    public static String raise(String networkId, String title, String owner, LocalDate due, String... parties) {
        return """
                {"networkId": "%s", "title": "%s", "description": "Agreed at the cluster meeting",
                 "ownerOrganisationId": "%s", "dueDate": %s, "priority": "HIGH", "outcomes": ["STAY_SAFE"],
                 "partyOrganisationIds": [%s], "milestones": [{"title": "Draft the plan", "due": null, "done": false}]}"""
                .formatted(networkId, title, owner, due == null ? "null" : "\"" + due + "\"", quoted(parties));
    }

    public static String child(String networkId, String title, String owner, String parentId, int weight) {
        return """
                {"networkId": "%s", "title": "%s", "ownerOrganisationId": "%s", "parentId": "%s", "weight": %d}"""
                .formatted(networkId, title, owner, parentId, weight);
    }

    public static String revise(String title, String owner, LocalDate due) {
        return """
                {"title": "%s", "ownerOrganisationId": "%s", "dueDate": %s, "priority": "LOW",
                 "outcomes": ["BE_HEALTHY"], "comment": "Moved after the review",
                 "evidenceLink": "https://example.org/minutes"}"""
                .formatted(title, owner, due == null ? "null" : "\"" + due + "\"");
    }

    public static String status(String status, String reason) {
        return reason == null ? "{\"status\": \"%s\"}".formatted(status)
                : "{\"status\": \"%s\", \"reason\": \"%s\"}".formatted(status, reason);
    }

    public static String progress(int progress) {
        return "{\"progress\": %d, \"comment\": \"Half the schools have signed up\"}".formatted(progress);
    }

    public static String comment(String text) {
        return "{\"comment\": \"%s\", \"evidenceLink\": \"https://example.org/evidence\"}".formatted(text);
    }

    public static String party(String organisationId) {
        return "{\"organisationId\": \"%s\"}".formatted(organisationId);
    }

    private static String quoted(String... values) {
        StringBuilder out = new StringBuilder();
        for (String value : values) {
            out.append(out.isEmpty() ? "" : ", ").append('"').append(value).append('"');
        }
        return out.toString();
    }
}
