package uk.org.networkcommons.gateway.portal.shell;

/**
 * One choice in a checkbox group, radio group or select ({@code shell/forms} fragments).
 *
 * @param hint a line under the label, or null
 */
public record Option(String value, String label, String hint) {

    public static Option of(String value, String label) {
        return new Option(value, label, null);
    }
}
