package uk.org.networkcommons.actiontracker.action;

import static uk.org.networkcommons.events.action.ActionStatus.AGREED;
import static uk.org.networkcommons.events.action.ActionStatus.BLOCKED;
import static uk.org.networkcommons.events.action.ActionStatus.CANCELLED;
import static uk.org.networkcommons.events.action.ActionStatus.DONE;
import static uk.org.networkcommons.events.action.ActionStatus.IN_PROGRESS;
import static uk.org.networkcommons.events.action.ActionStatus.PROPOSED;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.org.networkcommons.events.action.ActionStatus;
import uk.org.networkcommons.platform.problem.ConflictException;

/**
 * The action workflow: PROPOSED → AGREED → IN_PROGRESS → DONE; any open state → BLOCKED (with a reason) → back to
 * IN_PROGRESS; any open state → CANCELLED (with a reason). DONE and CANCELLED are final.
 */
public final class Workflow {

    private static final Map<ActionStatus, Set<ActionStatus>> NEXT = Map.of(
            PROPOSED, EnumSet.of(AGREED, BLOCKED, CANCELLED),
            AGREED, EnumSet.of(IN_PROGRESS, BLOCKED, CANCELLED),
            IN_PROGRESS, EnumSet.of(DONE, BLOCKED, CANCELLED),
            BLOCKED, EnumSet.of(IN_PROGRESS, CANCELLED),
            DONE, EnumSet.noneOf(ActionStatus.class),
            CANCELLED, EnumSet.noneOf(ActionStatus.class));

    /** The progress an action starts IN_PROGRESS with, unless it has made more already. */
    public static final int STARTED = 10;

    private Workflow() {
    }

    public static boolean allows(ActionStatus from, ActionStatus to) {
        return NEXT.get(from).contains(to);
    }

    public static Set<ActionStatus> next(ActionStatus from) {
        return Set.copyOf(NEXT.get(from));
    }

    /** @throws ConflictException naming both states (and the ones allowed) if the move is not in the workflow */
    public static void requireAllowed(ActionStatus from, ActionStatus to) {
        if (!allows(from, to)) {
            String allowed = NEXT.get(from).isEmpty() ? "it is final"
                    : "from " + from + " it can move to " + NEXT.get(from).stream().sorted().map(Enum::name)
                            .collect(Collectors.joining(", "));
            throw new ConflictException("An action cannot move from %s to %s; %s".formatted(from, to, allowed));
        }
    }

    /**
     * The progress a move sets when no explicit progress is given: proposed and agreed 0, in progress 10 (or more if
     * already further on, so coming back from BLOCKED loses nothing), done 100; blocked and cancelled keep it.
     */
    public static int defaultProgress(ActionStatus to, int current) {
        return switch (to) {
            case PROPOSED, AGREED -> 0;
            case IN_PROGRESS -> Math.max(current, STARTED);
            case DONE -> 100;
            case BLOCKED, CANCELLED -> current;
        };
    }
}
