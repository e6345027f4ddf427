package uk.org.networkcommons.platform.problem;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.util.StringUtils;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import uk.org.networkcommons.events.Identifier;

/**
 * Turns binding failures into sentences a client developer can act on, naming the field and what was expected, while
 * never repeating an exception's own message: Jackson's and Spring's messages name Java classes and methods.
 */
final class ClientMessages {

    private static final int MAX_ECHOED_VALUE = 60;

    private ClientMessages() {
    }

    /** A request body Jackson could not read: which field, and why. */
    record BodyError(String field, String detail) {
    }

    static BodyError unreadableBody(Throwable cause) {
        if (cause instanceof StreamReadException syntax && !(cause instanceof MismatchedInputException)) {
            return new BodyError(null, "The request body is not well-formed JSON" + where(syntax.getLocation()) + ".");
        }
        if (!(cause instanceof JacksonException jackson)) {
            return new BodyError(null, "The request body is missing or cannot be read.");
        }
        String field = path(jackson);
        if (field.isEmpty()) {
            String expected = cause instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
                    ? " It must be " + describe(mismatch.getTargetType()) + "."
                    : "";
            return new BodyError(null, "The request body does not have the expected shape." + expected);
        }
        String detail = switch (cause) {
            case UnrecognizedPropertyException unknown -> "Field '%s' is not recognised.".formatted(field);
            case InvalidNullException invalidNull -> "Field '%s' must not be null.".formatted(field);
            case InvalidFormatException format -> "Field '%s' must be %s, but was %s."
                    .formatted(field, describe(format.getTargetType()), echo(format.getValue()));
            case MismatchedInputException mismatch when mismatch.getTargetType() != null ->
                    "Field '%s' must be %s.".formatted(field, describe(mismatch.getTargetType()));
            default -> domainRule(cause)
                    .map(rule -> "Field '%s' is invalid: %s".formatted(field, rule))
                    .orElse("Field '%s' has an invalid value.".formatted(field));
        };
        return new BodyError(field, detail);
    }

    /** A path or query parameter that could not be converted to its declared type. */
    static String invalidParameter(String name, Object value, Class<?> requiredType, Throwable cause) {
        String base = "Parameter '%s' has an invalid value %s".formatted(name, echo(value));
        // a typed id is a string in any case: what matters is its own rule, e.g. "three digits"
        if (requiredType != null && !Identifier.class.isAssignableFrom(requiredType)) {
            String expected = describeOrNull(requiredType);
            if (expected != null) {
                return base + "; it must be " + expected + ".";
            }
        }
        return domainRule(cause).map(rule -> base + ": " + rule).orElse(base + ".");
    }

    /**
     * The message of a value type's own validation (the platform's typed ids throw {@link IllegalArgumentException}
     * with a sentence meant for people, e.g. "LA code must be three digits"). Subclasses such as
     * NumberFormatException are skipped: their messages are the JDK's, not ours.
     */
    static Optional<String> domainRule(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause.getClass() == IllegalArgumentException.class && StringUtils.hasText(cause.getMessage())) {
                return Optional.of(truncate(cause.getMessage(), 200));
            }
        }
        return Optional.empty();
    }

    /** {@code members[2].role} from Jackson's reference chain. */
    static String path(JacksonException exception) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : exception.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** What a JSON value of this type looks like, in JSON's terms: Java class names mean nothing to a client. */
    static String describe(Class<?> type) {
        String known = describeOrNull(type);
        return known != null ? known : "a JSON object";
    }

    private static String describeOrNull(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", ", "[", "]"));
        }
        if (type == int.class || type == long.class || type == short.class || type == byte.class
                || type == Integer.class || type == Long.class || type == Short.class || type == Byte.class
                || type == BigInteger.class) {
            return "a whole number";
        }
        if (type == double.class || type == float.class || type == Double.class || type == Float.class
                || type == BigDecimal.class || Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class || type == char.class || type == Character.class
                || Identifier.class.isAssignableFrom(type)) {
            return "a string";
        }
        if (type == UUID.class) {
            return "a UUID";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 " + type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "an object";
        }
        return null;
    }

    private static String where(TokenStreamLocation location) {
        return location == null || location.getLineNr() < 0
                ? ""
                : " (line %d, column %d)".formatted(location.getLineNr(), location.getColumnNr());
    }

    private static String echo(Object value) {
        if (value == null) {
            return "null";
        }
        String text = value instanceof CharSequence ? "\"" + value + "\"" : String.valueOf(value);
        return truncate(text, MAX_ECHOED_VALUE);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…";
    }

    static List<FieldViolation> single(String field, String message) {
        return List.of(new FieldViolation(field, message));
    }
}
