package uk.org.networkcommons.actiontracker.report;

import java.util.List;
import uk.org.networkcommons.actiontracker.action.Action;

/** One page of a list, and the opaque cursor of the next (null on the last page). */
public record ActionPage(List<Action> items, String nextCursor) {
}
