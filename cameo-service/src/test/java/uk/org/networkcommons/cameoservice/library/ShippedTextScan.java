package uk.org.networkcommons.cameoservice.library;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.bson.Document;

/**
 * Finds runs of one to four consecutive words in JSON text whose SHA-256 is on a list of forbidden hashes (personal
 * names and contact details from the source documents, hashed so the repository does not carry them). Words are
 * lower-cased with punctuation stripped, both by dropping it ({@code o'neil} → {@code oneil}) and by splitting on it
 * ({@code o neil}), so no spelling of a name slips through because of an apostrophe or hyphen.
 */
public final class ShippedTextScan {

    private static final int LONGEST_RUN = 4;

    private final Set<String> forbidden;

    public ShippedTextScan(Set<String> forbiddenHashes) {
        this.forbidden = Set.copyOf(forbiddenHashes);
    }

    /** The hashes in a list file: one per line; blank lines and {@code #} comments ignored. */
    public static Set<String> hashesIn(String listFile) {
        Set<String> hashes = new LinkedHashSet<>();
        listFile.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(line -> line.toLowerCase(Locale.ROOT)).forEach(hashes::add);
        return hashes;
    }

    /** The forbidden hashes that word runs of the JSON's keys and string values hash to (hashes, never the text). */
    public Set<String> forbiddenRunsIn(String json) {
        Set<String> found = new LinkedHashSet<>();
        for (String text : texts(Document.parse(json))) {
            for (String separator : List.of(" ", "")) {
                List<String> words = List.of(text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\s]", separator)
                        .trim().split("\\s+"));
                for (int length = 1; length <= LONGEST_RUN; length++) {
                    for (int start = 0; start + length <= words.size(); start++) {
                        String hash = sha256(String.join(" ", words.subList(start, start + length)));
                        if (forbidden.contains(hash)) {
                            found.add(hash);
                        }
                    }
                }
            }
        }
        return found;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> texts(Object value) {
        List<String> texts = new ArrayList<>();
        collect(value, texts);
        return texts;
    }

    private static void collect(Object value, List<String> texts) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, child) -> {
                texts.add(String.valueOf(key));
                collect(child, texts);
            });
        } else if (value instanceof List<?> list) {
            list.forEach(child -> collect(child, texts));
        } else if (value instanceof String text) {
            texts.add(text);
        }
    }
}
