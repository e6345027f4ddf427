package uk.org.networkcommons.cameoservice.assessment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import uk.org.networkcommons.cameoservice.workshop.DimensionAssessment;
import uk.org.networkcommons.cameoservice.workshop.Position;
import uk.org.networkcommons.cameoservice.workshop.RatingScale;
import uk.org.networkcommons.cameoservice.workshop.Workshop;

/**
 * A workshop's self-assessment as RFC 4180 CSV, one row per evidence line: for each dimension, each of the template's
 * two sections ({@code WHERE_WE_ARE_NOW}, {@code WHERE_WE_WANT_TO_BE}) gives one row per evidence line, or one row
 * with empty evidence columns if it has none. Ratings, gap, narrative and notes repeat on each row of their
 * dimension, so the sheet filters and pivots without lookups. Proposed actions are in the JSON export and on the
 * workshops topic, not here.
 *
 * <p>Fields are quoted when they hold a comma, quote or line break; rows end in CRLF. Free-text cells that a
 * spreadsheet would run as a formula (starting with {@code = + - @}, tab or carriage return) are prefixed with an
 * apostrophe, because these sheets are opened by people other than those who wrote the text.
 */
public final class WorkshopCsv {

    public static final List<String> HEADER = List.of("workshop_id", "workshop_title", "workshop_date",
            "workshop_status", "dimension_key", "dimension", "section", "rating", "rating_label", "gap", "narrative",
            "evidence_number", "evidence", "notes");

    private static final String NOW = "WHERE_WE_ARE_NOW";
    private static final String TARGET = "WHERE_WE_WANT_TO_BE";

    private WorkshopCsv() {
    }

    public static String write(Workshop workshop) {
        StringBuilder csv = new StringBuilder();
        row(csv, HEADER);
        for (DimensionAssessment dimension : workshop.dimensions()) {
            section(csv, workshop, dimension, NOW, dimension.now());
            section(csv, workshop, dimension, TARGET, dimension.target());
        }
        return csv.toString();
    }

    private static void section(StringBuilder csv, Workshop workshop, DimensionAssessment dimension, String section,
            Position position) {
        List<String> evidence = position.evidence().isEmpty() ? Collections.singletonList(null)
                : position.evidence();
        for (int i = 0; i < evidence.size(); i++) {
            List<String> cells = new ArrayList<>();
            cells.add(workshop.aggregateId());
            cells.add(text(workshop.plan().title()));
            cells.add(workshop.date().toString());
            cells.add(workshop.status().name());
            cells.add(dimension.key());
            cells.add(text(dimension.name()));
            cells.add(section);
            cells.add(number(position.rating()));
            cells.add(RatingScale.label(position.rating()));
            cells.add(number(dimension.gap()));
            cells.add(text(position.narrative()));
            cells.add(evidence.get(i) == null ? null : Integer.toString(i + 1));
            cells.add(text(evidence.get(i)));
            cells.add(text(dimension.notes()));
            row(csv, cells);
        }
    }

    private static void row(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(quoted(cells.get(i)));
        }
        csv.append("\r\n");
    }

    /** RFC 4180: a field with a comma, quote or line break is enclosed in quotes, and its quotes doubled. */
    static String quoted(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    /** People's words, defused so that a spreadsheet shows them instead of evaluating them. */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }

    private static String number(Integer value) {
        return value == null ? null : value.toString();
    }
}
