package uk.org.networkcommons.gateway.portal.workshop;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The key a dimension's name gives ("Leadership across the cluster" → {@code leadership-across-the-cluster}), worked
 * out as cameo-service does, so a new dimension is recorded under the key every other workshop uses for that name.
 */
final class DimensionKeys {

    static final int MAX_LENGTH = 80;

    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern NOT_KEY_CHARACTERS = Pattern.compile("[^a-z0-9]+");
    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");

    private DimensionKeys() {
    }

    /** Whether {@code key} is one a name gives: a key from anywhere else is not a dimension's. */
    static boolean isKey(String key) {
        return key != null && key.length() <= MAX_LENGTH && KEY.matcher(key).matches();
    }

    /** Empty when the name has no letters or digits. */
    static String of(String name) {
        if (name == null) {
            return "";
        }
        String plain = ACCENTS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        String key = NOT_KEY_CHARACTERS.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("-")
                .replaceAll("^-+|-+$", "");
        if (key.length() > MAX_LENGTH) {
            key = key.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return key;
    }
}
