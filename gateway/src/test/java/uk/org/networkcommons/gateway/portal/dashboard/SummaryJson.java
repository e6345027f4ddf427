package uk.org.networkcommons.gateway.portal.dashboard;

/**
 * The three services' LA summaries and the organisation register, shaped exactly as their JSON (action-tracker's
 * LaSummary, network-service's LaNetworkSummary and OrganisationView, cameo-service's LaWorkshopSummary).
 */
final class SummaryJson {

    static final String ANCHOR = "net-anchor";
    static final String BEACON = "net-beacon";

    private SummaryJson() {
    }

    static String actions(String laCode) {
        return """
                {"laCode": "%s", "total": 12,
                 "byStatus": {"AGREED": 3, "BLOCKED": 1, "CANCELLED": 2, "DONE": 4, "IN_PROGRESS": 2, "PROPOSED": 0},
                 "byOutcome": {"ACHIEVE_ECONOMIC_WELL_BEING": 0, "BE_HEALTHY": 2, "ENJOY_AND_ACHIEVE": 8,
                               "MAKE_A_POSITIVE_CONTRIBUTION": 1, "STAY_SAFE": 5},
                 "byNetwork": {"net-anchor": 9, "net-beacon": 3},
                 "overdue": 2, "stalled": 1, "completionRate": 0.4,
                 "overdueActions": [
                   {"id": "act-late", "title": "Pool the supply budget", "networkId": "net-anchor", "status": "AGREED",
                    "progress": 0, "dueDate": "2026-09-30", "ownerOrganisationId": "org-hill",
                    "lastUpdatedAt": "2026-09-01T09:00:00Z"},
                   {"id": "act-later", "title": "Joint CPD day", "networkId": "net-beacon", "status": "IN_PROGRESS",
                    "progress": 30, "dueDate": "2026-10-31", "ownerOrganisationId": "org-gone",
                    "lastUpdatedAt": "2026-10-01T09:00:00Z"}],
                 "stalledActions": [
                   {"id": "act-quiet", "title": "Share a SENCo", "networkId": "net-anchor", "status": "IN_PROGRESS",
                    "progress": 10, "dueDate": null, "ownerOrganisationId": "org-vale",
                    "lastUpdatedAt": "2026-08-03T08:15:00Z"}]}
                """.formatted(laCode);
    }

    static String networks(String laCode) {
        return """
                {"laCode": "%s", "active": 2, "dissolved": 1,
                 "byType": {"ALLIANCE": 0, "CLUSTER": 2, "COLLABORATIVE": 0, "EDUCATION_IMPROVEMENT_PARTNERSHIP": 0,
                            "FEDERATION": 1, "FOURTEEN_TO_NINETEEN_PARTNERSHIP": 0, "LEARNING_COMMUNITY": 0,
                            "NETWORKED_LEARNING_COMMUNITY": 0, "OTHER": 0, "PRIMARY_STRATEGY_LEARNING_NETWORK": 0,
                            "TRUST": 0},
                 "byFocus": {"COMMUNITY_REGENERATION": 0, "EVERY_CHILD_MATTERS_OUTCOMES": 1, "EXTENDED_SERVICES": 0,
                             "FOURTEEN_TO_NINETEEN": 0, "OTHER": 0, "SCHOOL_IMPROVEMENT": 3},
                 "memberOrganisationIds": ["org-hill", "org-vale", "org-youth", "org-elsewhere"],
                 "networks": [
                   {"id": "net-anchor", "name": "Anchor cluster", "type": "CLUSTER", "status": "ACTIVE", "memberCount": 3},
                   {"id": "net-beacon", "name": "Beacon federation", "type": "FEDERATION", "status": "ACTIVE",
                    "memberCount": 2},
                   {"id": "net-old", "name": "Old cluster", "type": "CLUSTER", "status": "DISSOLVED", "memberCount": 0}]}
                """.formatted(laCode);
    }

    static String workshops(String laCode) {
        return """
                {"laCode": "%s", "total": 5, "held": 3, "planned": 2,
                 "heldByNetwork": {"net-anchor": 2, "net-beacon": 1},
                 "recentlyHeld": [
                   {"id": "ws-3", "networkId": "net-anchor", "title": "Spring review", "date": "2026-03-03",
                    "completedAt": "2026-03-03T16:00:00Z"},
                   {"id": "ws-2", "networkId": "net-beacon", "title": "Transition planning", "date": "2026-02-10",
                    "completedAt": "2026-02-10T16:00:00Z"}]}
                """.formatted(laCode);
    }

    /** Hill, Vale and Moor schools (Hill and Vale in a network), and a youth service that is not a school. */
    static String organisations(String laCode) {
        return "[" + String.join(", ", organisation("org-hill", "Hill Primary", "SCHOOL", laCode),
                organisation("org-moor", "Moor Primary", "SCHOOL", laCode),
                organisation("org-vale", "Vale Primary", "SCHOOL", laCode),
                organisation("org-youth", "Youth service", "PARTNER_AGENCY", laCode)) + "]";
    }

    static String organisation(String id, String name, String kind, String laCode) {
        return """
                {"id": "%s", "name": "%s", "kind": "%s", "laCode": "%s", "urn": null, "phase": null,
                 "agencyType": null, "version": 1}""".formatted(id, name, kind, laCode);
    }
}
