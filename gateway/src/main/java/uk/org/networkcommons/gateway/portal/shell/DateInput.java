package uk.org.networkcommons.gateway.portal.shell;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * The three boxes of a GOV.UK date input (day, month, year) as the person typed them, kept as text so a form shown
 * again holds exactly what was typed, and read as a date only when they make one.
 */
public record DateInput(String day, String month, String year) {

    private static final Pattern DAY_OR_MONTH = Pattern.compile("[0-9]{1,2}");
    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");

    public static DateInput empty() {
        return new DateInput("", "", "");
    }

    public static DateInput of(LocalDate date) {
        return date == null ? empty()
                : new DateInput(String.valueOf(date.getDayOfMonth()), String.valueOf(date.getMonthValue()),
                        String.valueOf(date.getYear()));
    }

    public boolean isBlank() {
        return blank(day) && blank(month) && blank(year);
    }

    /**
     * The date, or null when the boxes are blank or do not make a real date (see {@link #problem}): a day and month
     * of one or two digits and a year of four, in the digits 0 to 9 (Java would also read "-999", "+999" and other
     * scripts' digits as numbers, and the services hold four-digit years only).
     */
    public LocalDate date() {
        if (isBlank() || blank(day) || blank(month) || blank(year) || !DAY_OR_MONTH.matcher(day.strip()).matches()
                || !DAY_OR_MONTH.matcher(month.strip()).matches() || !YEAR.matcher(year.strip()).matches()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()),
                    Integer.parseInt(day.strip()));
        } catch (DateTimeException notADate) {
            return null;
        }
    }

    /**
     * What is wrong with the boxes in the GOV.UK wording, naming the date by {@code label} ("Due date"); null when
     * they make a real date, or are blank and {@code required} is false.
     */
    public String problem(String label, boolean required) {
        if (isBlank()) {
            return required ? "Enter the " + label.toLowerCase(java.util.Locale.ROOT) : null;
        }
        if (blank(day) || blank(month) || blank(year)) {
            return label + " must include a day, month and year";
        }
        return date() == null ? label + " must be a real date, for example 27 3 2027" : null;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
