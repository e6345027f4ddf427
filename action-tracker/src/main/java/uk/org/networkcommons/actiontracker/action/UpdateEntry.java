package uk.org.networkcommons.actiontracker.action;

import java.time.Instant;
import java.util.List;
import uk.org.networkcommons.events.UserId;

/**
 * One entry of an action's updates log: who did what when, each changed field as old → new, with an optional comment
 * and link to evidence. Entries are only ever appended.
 */
public record UpdateEntry(int sequence, String kind, UserId by, Instant at, List<Change> changes, String comment,
        String evidenceLink) {

    public UpdateEntry {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    /** One field's change, as text. */
    public record Change(String field, String from, String to) {

        @Override
        public String toString() {
            return "%s: %s → %s".formatted(field, from == null ? "" : from, to == null ? "" : to);
        }
    }
}
