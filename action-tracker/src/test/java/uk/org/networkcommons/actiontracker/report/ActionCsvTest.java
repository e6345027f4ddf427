package uk.org.networkcommons.actiontracker.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ActionCsvTest {

    @Test
    void everyCellIsQuotedWithQuotesDoubled() {
        assertThat(ActionCsv.quoted("Say \"yes\", then go")).isEqualTo("\"Say \"\"yes\"\", then go\"");
        assertThat(ActionCsv.quoted(null)).isEqualTo("\"\"");
    }

    @Test
    void textASpreadsheetWouldRunAsAFormulaIsDefused() {
        for (String formula : new String[] {"=SUM(A1)", "+1", "-1", "@cmd", "\tx", "\rx"}) {
            assertThat(ActionCsv.text(formula)).isEqualTo("'" + formula);
        }
        assertThat(ActionCsv.text("Late =SUM(A1)")).isEqualTo("Late =SUM(A1)");
    }
}
