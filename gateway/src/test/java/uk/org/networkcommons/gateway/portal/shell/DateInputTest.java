package uk.org.networkcommons.gateway.portal.shell;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DateInputTest {

    @Test
    void theBoxesMakeADateWhenTheyHoldADayMonthAndFourDigitYear() {
        assertThat(new DateInput(" 4 ", "03", "2027").date()).isEqualTo(LocalDate.of(2027, 3, 4));
        assertThat(new DateInput("4", "3", "2027").problem("Due date", true)).isNull();
    }

    @Test
    void aYearIsFourDigitsZeroToNineNotASignedNumberNorDigitsOfAnotherScript() {
        for (DateInput notADate : new DateInput[] {new DateInput("1", "1", "-999"), new DateInput("1", "1", "+999"),
                new DateInput("4", "3", "٢٠٢٧"), new DateInput("٤", "٣", "2027"), new DateInput("+4", "3", "2027"),
                new DateInput("4", "-3", "2027"), new DateInput("1", "1", "99999"), new DateInput("004", "3", "2027")}) {
            assertThat(notADate.date()).as(notADate.toString()).isNull();
            assertThat(notADate.problem("Due date", true)).as(notADate.toString())
                    .isEqualTo("Due date must be a real date, for example 27 3 2027");
        }
    }

    @Test
    void aDayThatDoesNotExistIsNoDate() {
        assertThat(new DateInput("31", "2", "2027").date()).isNull();
        assertThat(new DateInput("29", "2", "2027").date()).isNull();
        assertThat(new DateInput("29", "2", "2028").date()).isEqualTo(LocalDate.of(2028, 2, 29));
    }
}
