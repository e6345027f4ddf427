package uk.org.networkcommons.gateway.portal.workshop;

import java.util.List;
import java.util.Objects;

import uk.org.networkcommons.gateway.portal.shell.FormErrors;

/** What the workshop forms have in common: the version they were built from and how list fields arrive. */
final class WorkshopForms {

    private WorkshopForms() {
    }

    /** The version a form carries; -1 when it carries none, which the service then refuses as a conflict. */
    static long version(String version) {
        try {
            return version == null ? -1 : Long.parseLong(version.strip());
        } catch (NumberFormatException notAVersion) {
            return -1;
        }
    }

    /** Ticked boxes, blank entries left out; none ticked arrives as no field at all. */
    static List<String> ticked(List<String> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).map(String::strip)
                .filter(value -> !value.isEmpty()).distinct().toList();
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A field that the person must fill in, checked here so all missing answers are listed at once. */
    static FormErrors required(FormErrors errors, String value, String fieldId, String message) {
        return value == null || value.isBlank() ? errors.with(fieldId, message) : errors;
    }
}
