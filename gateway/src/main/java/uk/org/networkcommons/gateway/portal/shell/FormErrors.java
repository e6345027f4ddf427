package uk.org.networkcommons.gateway.portal.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What is wrong with a form, ready for the GOV.UK error summary ({@code shell/errors :: summary(${errors})}) and the
 * message above each field ({@code shell/errors :: message(${errors}, 'field-id')}). Built from a service's 400/409
 * problem by naming, for each field the service rejected, the id of the form field the person filled in, so each
 * summary entry links to the field to correct.
 */
public final class FormErrors {

    private static final FormErrors NONE = new FormErrors(List.of());

    /** Words a service's message may start with that read well after the field's label ("Due date must be..."). */
    private static final Set<String> CONTINUES_LABEL = Set.of("must", "cannot", "can", "is", "are", "has", "have",
            "should", "may", "needs", "does", "was", "no", "at", "size", "not");

    /**
     * One thing to correct.
     *
     * @param fieldId the id of the form field it is about (the summary links to it), or null when it is about the
     *                form as a whole (shown as text, not a link)
     */
    public record Entry(String fieldId, String message) {

        public String href() {
            return fieldId == null ? null : "#" + fieldId;
        }
    }

    /**
     * A form field, as a service's field error is mapped to it.
     *
     * @param id    the id of the input (or of the first input of a group: a date's day, the first checkbox or radio)
     * @param label how the page names it, to open a service message such as "must not be blank"
     */
    public record Field(String id, String label) {
    }

    private static final Pattern TOO_LONG = Pattern.compile("^size must be between 0 and (\\d+)$");

    private final List<Entry> entries;

    private FormErrors(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static FormErrors none() {
        return NONE;
    }

    /**
     * The problem's field errors on the form. {@code fieldOf} maps the service's field path ({@code dueDate},
     * {@code now.rating}, {@code cameoIds[1]}) to the form field; a path it maps to null is shown as text without a
     * link. A problem without field errors (a 409, or a 400 about the whole request) becomes one entry with its
     * detail.
     */
    public static FormErrors of(ServiceProblem problem, Function<String, Field> fieldOf) {
        List<Entry> entries = new ArrayList<>();
        for (ServiceProblem.FieldError error : problem.fieldErrors()) {
            Field field = fieldOf.apply(error.field());
            entries.add(field == null ? new Entry(null, sentence(error.message()))
                    : new Entry(field.id(), phrase(field.label(), error.message())));
        }
        if (entries.isEmpty()) {
            entries.add(new Entry(null, problem.detail() != null ? problem.detail() : problem.title()));
        }
        return new FormErrors(entries);
    }

    /** One more error found by the portal itself, e.g. a date that is not a real date. */
    public FormErrors with(String fieldId, String message) {
        List<Entry> more = new ArrayList<>(entries);
        more.add(new Entry(fieldId, message));
        return new FormErrors(more);
    }

    public boolean any() {
        return !entries.isEmpty();
    }

    public List<Entry> entries() {
        return entries;
    }

    public boolean has(String fieldId) {
        return entries.stream().anyMatch(entry -> fieldId.equals(entry.fieldId()));
    }

    /** The messages about one field, joined; null when there are none. */
    public String message(String fieldId) {
        List<String> messages = entries.stream().filter(entry -> fieldId.equals(entry.fieldId()))
                .map(Entry::message).toList();
        return messages.isEmpty() ? null : String.join(". ", messages);
    }

    private static String phrase(String label, String message) {
        String text = message == null || message.isBlank() || "null".equals(message) ? "is not valid" : message.strip();
        // Bean Validation's wording for a text too long, in GOV.UK's ("must be 200 characters or fewer")
        text = TOO_LONG.matcher(text).replaceFirst("must be $1 characters or fewer");
        String firstWord = text.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        if (label != null && !label.isBlank() && Character.isLowerCase(text.charAt(0)) && CONTINUES_LABEL.contains(firstWord)) {
            return label + " " + text;
        }
        return sentence(text);
    }

    private static String sentence(String message) {
        if (message == null || message.isBlank() || "null".equals(message)) {
            return "Check this answer";
        }
        String text = message.strip();
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
