package uk.org.networkcommons.platform.problem;

/**
 * One rejected input in a 400 problem's {@code errors} array.
 *
 * @param field   the JSON path of the field ({@code members[2].role}), the parameter name, or the object name for a
 *                rule that spans fields
 * @param message what is wrong with it, written for the person who filled it in
 */
public record FieldViolation(String field, String message) {
}
