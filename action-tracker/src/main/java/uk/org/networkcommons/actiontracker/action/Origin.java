package uk.org.networkcommons.actiontracker.action;

/**
 * Where an action came from: a workshop's proposal (with the workshop, the stable proposal id and the library question
 * or cameo it arose from, if any) or raised directly.
 */
public record Origin(Kind kind, String workshopId, String proposalId, String questionId, String cameoId) {

    public enum Kind {
        WORKSHOP_PROPOSAL, DIRECT
    }

    public static Origin direct() {
        return new Origin(Kind.DIRECT, null, null, null, null);
    }

    public static Origin proposal(String workshopId, String proposalId, String questionId, String cameoId) {
        return new Origin(Kind.WORKSHOP_PROPOSAL, workshopId, proposalId, questionId, cameoId);
    }
}
