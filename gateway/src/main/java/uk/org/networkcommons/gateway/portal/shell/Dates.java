package uk.org.networkcommons.gateway.portal.shell;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Dates as GOV.UK writes them ("24 November 2026", "24 November 2026 at 3:05pm"), in UK time, for templates:
 * {@code ${@dates.day(workshop.date())}}. Instants from the services are shown in Europe/London, where the schools are.
 */
@Component("dates")
public class Dates {

    public static final ZoneId UK = ZoneId.of("Europe/London");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

    /** The day of a LocalDate or an Instant; empty for null. */
    public String day(TemporalAccessor value) {
        return switch (value) {
            case null -> "";
            case Instant instant -> DAY.format(instant.atZone(UK));
            default -> DAY.format(value);
        };
    }

    /** The day and time of an Instant. */
    public String dayAndTime(Instant value) {
        if (value == null) {
            return "";
        }
        return DAY.format(value.atZone(UK)) + " at " + TIME.format(value.atZone(UK)).toLowerCase(Locale.UK);
    }

    /** The ISO date for a {@code <time datetime>} attribute. */
    public String iso(TemporalAccessor value) {
        return switch (value) {
            case null -> null;
            case Instant instant -> instant.atZone(UK).toLocalDate().toString();
            case LocalDate date -> date.toString();
            default -> LocalDate.from(value).toString();
        };
    }
}
