package uk.org.networkcommons.actiontracker.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uk.org.networkcommons.actiontracker.action.Action;

/**
 * An LA's actions at a glance: counts by status, ECM outcome and network, how many are overdue and stalled, and the
 * completion rate (done ÷ actions not cancelled; 0 when there are none). The overdue and stalled actions themselves
 * come too, at most {@link ActionReports#ATTENTION_LIST} of each: overdue the longest overdue first, stalled the
 * longest quiet first, so the dashboard shows what needs attention without a list query per kind.
 */
public record LaSummary(String laCode, long total, Map<String, Long> byStatus, Map<String, Long> byOutcome,
        Map<String, Long> byNetwork, long overdue, long stalled, double completionRate,
        List<ActionBrief> overdueActions, List<ActionBrief> stalledActions) {

    /** An action named in a summary: enough to recognise it and open it. */
    public record ActionBrief(String id, String title, String networkId, String status, int progress,
            LocalDate dueDate, String ownerOrganisationId, Instant lastUpdatedAt) {

        static ActionBrief of(Action action) {
            return new ActionBrief(action.id().value(), action.title(), action.networkId().value(),
                    action.status().name(), action.progress(), action.dueDate(), action.ownerOrganisationId().value(),
                    action.lastUpdatedAt());
        }
    }
}
