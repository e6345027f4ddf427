package uk.org.networkcommons.cameoservice.workshop;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A dimension is named freely ("Leadership across the cluster") but followed across workshops by a key
 * ({@code leadership-across-the-cluster}): lower-case words joined by hyphens. Two workshops that use the same key
 * review the same dimension, whatever they call it on the day.
 */
public final class DimensionKey {

    public static final int MAX_LENGTH = 80;

    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern NOT_KEY_CHARACTERS = Pattern.compile("[^a-z0-9]+");
    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");

    private DimensionKey() {
    }

    public static boolean isValid(String key) {
        return key != null && key.length() <= MAX_LENGTH && KEY.matcher(key).matches();
    }

    /**
     * The key a name gives ("Leadership across the cluster" gives {@code leadership-across-the-cluster}); a key gives
     * itself. Empty when the text has no letters or digits.
     */
    public static String of(String text) {
        if (text == null) {
            return "";
        }
        String plain = ACCENTS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        String key = NOT_KEY_CHARACTERS.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("-");
        key = key.replaceAll("^-+|-+$", "");
        if (key.length() > MAX_LENGTH) {
            key = key.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return key;
    }
}
