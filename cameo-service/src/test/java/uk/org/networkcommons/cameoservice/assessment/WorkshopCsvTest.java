package uk.org.networkcommons.cameoservice.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.org.networkcommons.cameoservice.workshop.Position;
import uk.org.networkcommons.cameoservice.workshop.Workshop;
import uk.org.networkcommons.events.LaCode;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.events.UserId;
import uk.org.networkcommons.events.WorkshopId;
import uk.org.networkcommons.events.workshop.WorkshopPlan;

class WorkshopCsvTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuotedWithQuotesDoubled() {
        assertThat(WorkshopCsv.quoted("plain")).isEqualTo("plain");
        assertThat(WorkshopCsv.quoted("a, b")).isEqualTo("\"a, b\"");
        assertThat(WorkshopCsv.quoted("say \"yes\"")).isEqualTo("\"say \"\"yes\"\"\"");
        assertThat(WorkshopCsv.quoted("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(WorkshopCsv.quoted("cr\rlf")).isEqualTo("\"cr\rlf\"");
        assertThat(WorkshopCsv.quoted(null)).isEmpty();
        assertThat(WorkshopCsv.quoted("")).isEmpty();
    }

    @Test
    void textASpreadsheetWouldRunAsAFormulaIsDefused() {
        assertThat(WorkshopCsv.text("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(WorkshopCsv.text("+44 20")).isEqualTo("'+44 20");
        assertThat(WorkshopCsv.text("-1")).isEqualTo("'-1");
        assertThat(WorkshopCsv.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(WorkshopCsv.text("\tcmd")).isEqualTo("'\tcmd");
        assertThat(WorkshopCsv.text("Minutes of meetings")).isEqualTo("Minutes of meetings");
        assertThat(WorkshopCsv.text(null)).isNull();
    }

    @Test
    void everyEvidenceLineIsARowAndASectionWithoutEvidenceStillHasOne() {
        Workshop workshop = Workshop.schedule(WorkshopId.of("w-1"), NetworkId.of("n-1"), LaCode.of("873"),
                new WorkshopPlan("Review", LocalDate.of(2026, 11, 20), null, List.of(), List.of(), List.of(),
                        List.of(), List.of()), UserId.of("c"), CLOCK);
        workshop.recordDimension("capacity", "Capacity", new Position(2, "Now", List.of("Minutes", "Plans")),
                new Position(null, null, List.of()), null, UserId.of("c"), CLOCK);

        List<String> rows = List.of(WorkshopCsv.write(workshop).split("\r\n"));

        assertThat(rows).hasSize(4);
        assertThat(rows.getFirst()).isEqualTo(String.join(",", WorkshopCsv.HEADER));
        assertThat(rows.get(1)).isEqualTo("w-1,Review,2026-11-20,SCHEDULED,capacity,Capacity,WHERE_WE_ARE_NOW,2,"
                + "Emerging,,Now,1,Minutes,");
        assertThat(rows.get(2)).endsWith(",2,Plans,");
        assertThat(rows.get(3)).isEqualTo("w-1,Review,2026-11-20,SCHEDULED,capacity,Capacity,WHERE_WE_WANT_TO_BE,,,,,,,");
        assertThat(rows).allSatisfy(row -> assertThat(row.split(",", -1)).hasSize(WorkshopCsv.HEADER.size()));
    }
}
