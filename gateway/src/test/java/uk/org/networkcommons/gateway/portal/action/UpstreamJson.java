package uk.org.networkcommons.gateway.portal.action;

/**
 * Answers shaped exactly as the services' own JSON (action-tracker's ActionView, list page and updates log,
 * network-service's NetworkView and OrganisationView, the platform's problem details), for {@code FakeServices}.
 */
final class UpstreamJson {

    static final String LA = "873";
    static final String NETWORK = "net-anchor";
    static final String HILL = "org-hill";
    static final String VALE = "org-vale";
    static final String YOUTH = "org-youth";
    static final String ACTION = "act-1";
    /** The fixture action's due date: passed, so an open action is overdue. */
    static final java.time.LocalDate DUE = java.time.LocalDate.now().minusDays(10);

    private UpstreamJson() {
    }

    static String action(String status, long version) {
        return """
                {"id": "%s", "title": "Share a school business manager", "description": "Draft the job with the heads",
                 "networkId": "%s", "laCode": "%s",
                 "origin": {"kind": "WORKSHOP_PROPOSAL", "workshopId": "ws-1", "proposalId": "p-1",
                            "questionId": null, "cameoId": "cameo-capacity-1"},
                 "ownerOrganisationId": "%s", "ownerUserId": null, "partyOrganisationIds": ["%s"],
                 "dueDate": "%s", "priority": "HIGH", "outcomes": ["ENJOY_AND_ACHIEVE", "STAY_SAFE"],
                 "status": "%s", "statusReason": null, "progress": 10,
                 "milestones": [{"title": "Agree the job description", "due": "2026-10-01", "done": true}],
                 "parentId": null, "weight": 1, "raisedBy": "action-tracker",
                 "createdAt": "2026-09-01T09:00:00Z", "lastUpdatedAt": "2026-09-14T15:30:00Z", "version": %d}
                """.formatted(ACTION, NETWORK, LA, HILL, VALE, DUE, status, version);
    }

    static String updates() {
        return """
                [{"sequence": 1, "kind": "RAISED", "by": "action-tracker", "at": "2026-09-01T09:00:00Z", "changes": [],
                  "comment": "Proposed at the workshop", "evidenceLink": null},
                 {"sequence": 2, "kind": "STATUS", "by": "officer-1", "at": "2026-09-14T15:30:00Z",
                  "changes": [{"field": "status", "from": "PROPOSED", "to": "AGREED"},
                              {"field": "progress", "from": "0", "to": "10"}],
                  "comment": "Agreed by the heads <b>today</b>", "evidenceLink": "https://example.org/minutes"},
                 {"sequence": 3, "kind": "COMMENT", "by": "someone", "at": "2026-09-15T10:00:00Z", "changes": [],
                  "comment": "Link attached", "evidenceLink": "javascript:alert(1)"}]
                """;
    }

    static String page(String nextCursor, String... items) {
        return "{\"items\": [" + String.join(", ", items) + "], \"nextCursor\": "
                + (nextCursor == null ? "null" : "\"" + nextCursor + "\"") + "}";
    }

    static String row(String id, String title, String status, String due, String owner) {
        return """
                {"id": "%s", "title": "%s", "networkId": "%s", "laCode": "%s", "status": "%s", "progress": 40,
                 "priority": "MEDIUM", "dueDate": %s, "ownerOrganisationId": "%s", "partyOrganisationIds": []}
                """.formatted(id, title, NETWORK, LA, status, due == null ? "null" : "\"" + due + "\"", owner);
    }

    static String networks() {
        return "[" + network(NETWORK, "Anchor cluster", "ACTIVE") + ", " + network("net-old", "Old cluster", "DISSOLVED")
                + "]";
    }

    static String network(String id, String name, String status) {
        return """
                {"id": "%s", "laCode": "%s", "name": "%s", "type": "CLUSTER", "basis": "GEOGRAPHIC",
                 "focus": ["SCHOOL_IMPROVEMENT"], "continuumForm": "LOOSE_COLLABORATION",
                 "governanceModel": "ALLIANCE", "objectives": null, "finite": false, "endsOn": null,
                 "parentNetworkId": null, "status": "%s", "dissolvedOn": null, "formedAt": "2025-09-01T09:00:00Z",
                 "memberCount": 2, "agreementVersion": null, "version": 4}
                """.formatted(id, LA, name, status);
    }

    static String organisation(String id, String name, String kind) {
        return """
                {"id": "%s", "name": "%s", "kind": "%s", "laCode": "%s", "urn": null, "phase": null,
                 "agencyType": null, "version": 1}
                """.formatted(id, name, kind, LA);
    }

    static String organisations() {
        return "[" + organisation(HILL, "Hill Primary", "SCHOOL") + ", " + organisation(VALE, "Vale Primary", "SCHOOL")
                + ", " + organisation(YOUTH, "Youth service", "PARTNER_AGENCY") + "]";
    }

    static String problem(int status, String type, String title, String detail, String errors) {
        return """
                {"type": "https://networkcommons.org.uk/problems/%s", "title": "%s", "status": %d, "detail": "%s",
                 "instance": "/api/actions/%s"%s}
                """.formatted(type, title, status, detail, ACTION, errors == null ? "" : ", \"errors\": " + errors);
    }
}
