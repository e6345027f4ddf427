package uk.org.networkcommons.actiontracker.action;

import java.util.List;
import java.util.OptionalInt;

/**
 * A parent action's progress is the weighted average of its children's (cancelled children do not count), rounded to
 * the nearest whole per cent.
 */
public final class RollUp {

    /** A child's progress and weight (at least 1). */
    public record Child(int progress, int weight) {
    }

    private RollUp() {
    }

    /** The parent's progress, or empty if it has no child that counts (then the parent keeps its own). */
    public static OptionalInt progressOf(List<Child> children) {
        long weights = 0;
        long weighted = 0;
        for (Child child : children) {
            int weight = Math.max(1, child.weight());
            weights += weight;
            weighted += (long) child.progress() * weight;
        }
        if (weights == 0) {
            return OptionalInt.empty();
        }
        return OptionalInt.of((int) Math.round((double) weighted / weights));
    }
}
