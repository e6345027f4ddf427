package uk.org.networkcommons.platform.web;

import java.time.LocalDate;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Dates in request bodies stay within the years 0000 to 9999: what the OpenAPI documents promise ({@code format: date}
 * is RFC 3339's full-date, with a four-digit year) and what MongoDB's date type stores. Java reads
 * {@code "+999999999-12-31"} as a date, which then failed to convert when it was saved or queried: a 500 instead of a
 * 400 naming the field (found by fuzzing action-tracker's API).
 */
public class CalendarDateModule extends SimpleModule {

    public static final int FIRST_YEAR = 0;
    public static final int LAST_YEAR = 9999;

    public CalendarDateModule() {
        super("network-commons-calendar-dates");
        addDeserializer(LocalDate.class, new CalendarDateDeserializer());
    }

    /** Whether a date can be stored and sent back as a four-digit-year date. */
    public static boolean isCalendarDate(LocalDate date) {
        return date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR;
    }

    private static final class CalendarDateDeserializer extends ValueDeserializer<LocalDate> {

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
            LocalDate date = LocalDateDeserializer.INSTANCE.deserialize(parser, context);
            if (date != null && !isCalendarDate(date)) {
                throw InvalidFormatException.from(parser, "A date's year must have four digits", date.toString(),
                        LocalDate.class);
            }
            return date;
        }
    }
}
