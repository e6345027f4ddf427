package uk.org.networkcommons.cameoservice.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The scan LibraryContentTest relies on really finds a forbidden name, however it is punctuated or placed. */
class ShippedTextScanTest {

    private final ShippedTextScan scan = new ShippedTextScan(Set.of(ShippedTextScan.sha256("ada lovelace"),
            ShippedTextScan.sha256("obrien"), ShippedTextScan.sha256("01632 960123")));

    @Test
    void findsATwoWordNameInsideAValueWhateverItsCase() {
        assertThat(scan.forbiddenRunsIn("{\"summary\": \"Thanks to Ada LOVELACE, head of the cluster.\"}")).hasSize(1);
    }

    @Test
    void findsANameWithPunctuationDroppedOrSplitAndAPhoneNumber() {
        assertThat(scan.forbiddenRunsIn("{\"notes\": [\"Call O'Brien on 01632-960123\"]}")).hasSize(2);
    }

    @Test
    void findsNamesInKeysAndNestedObjectsButNotOtherWords() {
        assertThat(scan.forbiddenRunsIn("{\"a\": {\"ada lovelace\": 1}}")).hasSize(1);
        assertThat(scan.forbiddenRunsIn("{\"a\": \"Ada and Lovelace are separate here\"}")).isEmpty();
    }

    @Test
    void readsAHashListIgnoringCommentsAndBlankLines() {
        assertThat(ShippedTextScan.hashesIn("# comment\n\nABC\n def \n")).containsExactly("abc", "def");
    }
}
