package uk.org.networkcommons.gateway.portal.dashboard;

import java.util.Map;

/** How the dashboard words network-service's network types and focuses. */
final class NetworkLabels {

    private static final Map<String, String> TYPE = Map.ofEntries(Map.entry("FEDERATION", "Federation"),
            Map.entry("TRUST", "Trust"), Map.entry("COLLABORATIVE", "Collaborative"),
            Map.entry("LEARNING_COMMUNITY", "Learning community"), Map.entry("CLUSTER", "Cluster"),
            Map.entry("EDUCATION_IMPROVEMENT_PARTNERSHIP", "Education Improvement Partnership"),
            Map.entry("PRIMARY_STRATEGY_LEARNING_NETWORK", "Primary Strategy Learning Network"),
            Map.entry("NETWORKED_LEARNING_COMMUNITY", "Networked Learning Community"),
            Map.entry("FOURTEEN_TO_NINETEEN_PARTNERSHIP", "14 to 19 partnership"), Map.entry("ALLIANCE", "Alliance"),
            Map.entry("OTHER", "Other"));
    private static final Map<String, String> FOCUS = Map.of("SCHOOL_IMPROVEMENT", "School improvement",
            "EVERY_CHILD_MATTERS_OUTCOMES", "Every Child Matters outcomes", "FOURTEEN_TO_NINETEEN", "14 to 19",
            "EXTENDED_SERVICES", "Extended services", "COMMUNITY_REGENERATION", "Community regeneration",
            "OTHER", "Other");

    private NetworkLabels() {
    }

    static String type(String code) {
        return TYPE.getOrDefault(code, code);
    }

    static String focus(String code) {
        return FOCUS.getOrDefault(code, code);
    }
}
