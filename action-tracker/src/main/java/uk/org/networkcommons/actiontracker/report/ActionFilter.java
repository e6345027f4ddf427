package uk.org.networkcommons.actiontracker.report;

import java.time.LocalDate;
import uk.org.networkcommons.events.EcmOutcome;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.events.action.ActionStatus;

/**
 * What a list or export asks for, on top of what the viewer may see. {@code mine}: owned by me, by my organisation, or
 * with my organisation a party; {@code organisation}: owned by my organisation or with it a party.
 */
public record ActionFilter(boolean mine, boolean organisation, NetworkId network, ActionStatus status,
        EcmOutcome outcome, LocalDate dueBefore, LocalDate dueAfter, boolean overdue, String q) {
}
