package uk.org.networkcommons.gateway.portal.action;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What is wrong with a submitted form, for the GOV.UK error summary at the top of the page (each entry linking to the
 * field to correct) and the message above that field.
 */
public final class ActionErrors {

    private static final ActionErrors NONE = new ActionErrors(List.of());
    /** First words of a service message that read on from the field's label ("Progress must be..."). */
    private static final Set<String> CONTINUES_LABEL = Set.of("must", "cannot", "is", "may", "needs", "has");

    /** @param fieldId the id of the field (or, for the whole form, of the part of the page to look at) */
    public record Entry(String fieldId, String message) {

        public String href() {
            return "#" + fieldId;
        }
    }

    private final List<Entry> entries;

    private ActionErrors(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    static ActionErrors none() {
        return NONE;
    }

    ActionErrors with(String fieldId, String message) {
        List<Entry> more = new ArrayList<>(entries);
        more.add(new Entry(fieldId, message));
        return new ActionErrors(more);
    }

    /** A service's message about a field, worded after the field's label when it reads on from it. */
    ActionErrors withServiceMessage(String fieldId, String label, String message) {
        String text = message == null || message.isBlank() ? "is not valid" : message.strip();
        String firstWord = text.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        String sentence = CONTINUES_LABEL.contains(firstWord) ? label + " " + text
                : Character.toUpperCase(text.charAt(0)) + text.substring(1);
        return with(fieldId, sentence);
    }

    public boolean any() {
        return !entries.isEmpty();
    }

    public List<Entry> entries() {
        return entries;
    }

    public boolean has(String fieldId) {
        return entries.stream().anyMatch(entry -> entry.fieldId().equals(fieldId));
    }

    public String message(String fieldId) {
        List<String> messages = entries.stream().filter(entry -> entry.fieldId().equals(fieldId))
                .map(Entry::message).toList();
        return messages.isEmpty() ? null : String.join(". ", messages);
    }
}
