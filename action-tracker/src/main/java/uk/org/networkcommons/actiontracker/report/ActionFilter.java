package uk.org.networkcommons.actiontracker.report;

import java.time.LocalDate;
import uk.org.networkcommons.events.EcmOutcome;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.events.action.ActionStatus;
import uk.org.networkcommons.platform.problem.InvalidRequestException;
import uk.org.networkcommons.platform.web.CalendarDateModule;

/**
 * What a list or export asks for, on top of what the viewer may see. {@code mine}: owned by me, by my organisation, or
 * with my organisation a party; {@code organisation}: owned by my organisation or with it a party.
 */
public record ActionFilter(boolean mine, boolean organisation, NetworkId network, ActionStatus status,
        EcmOutcome outcome, LocalDate dueBefore, LocalDate dueAfter, boolean overdue, String q) {

    /** A date the database cannot hold (e.g. +999999999-12-31) failed the query with a 500; found by fuzzing. */
    public ActionFilter {
        requireCalendarDate("dueBefore", dueBefore);
        requireCalendarDate("dueAfter", dueAfter);
    }

    private static void requireCalendarDate(String parameter, LocalDate date) {
        if (date != null && !CalendarDateModule.isCalendarDate(date)) {
            throw new InvalidRequestException(parameter, "must be a date from 0000-01-01 to 9999-12-31");
        }
    }
}
