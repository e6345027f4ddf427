package uk.org.networkcommons.actiontracker.report;

import java.util.Map;

/**
 * An LA's actions at a glance: counts by status, ECM outcome and network, how many are overdue and stalled, and the
 * completion rate (done ÷ actions not cancelled; 0 when there are none).
 */
public record LaSummary(String laCode, long total, Map<String, Long> byStatus, Map<String, Long> byOutcome,
        Map<String, Long> byNetwork, long overdue, long stalled, double completionRate) {
}
