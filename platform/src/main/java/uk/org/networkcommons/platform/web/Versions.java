package uk.org.networkcommons.platform.web;

import uk.org.networkcommons.platform.problem.InvalidRequestException;

/**
 * An aggregate's version travels as a strong ETag ({@code "7"}); a client that sends it back in {@code If-Match}
 * only changes what it has seen, and gets 409 with the current version otherwise.
 */
public final class Versions {

    private Versions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** The version the client expects, or null when it sent no {@code If-Match} (then the last write wins). */
    public static Long fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || "*".equals(ifMatch.strip())) {
            return null;
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException notAVersion) {
            throw new InvalidRequestException("If-Match", "must be the ETag of the version you read, e.g. \"3\"");
        }
    }
}
