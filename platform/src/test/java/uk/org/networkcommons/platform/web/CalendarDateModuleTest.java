package uk.org.networkcommons.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.json.JsonMapper;

/** Dates in request bodies are read as before, unless their year has more than four digits or a sign. */
class CalendarDateModuleTest {

    record Due(LocalDate due) {
    }

    private final JsonMapper json = JsonMapper.builder().addModule(new CalendarDateModule()).build();

    @Test
    void ordinaryDatesAndNoDateAreReadAsBefore() {
        assertThat(read("\"2024-02-29\"")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(read("\"0000-01-01\"")).isEqualTo(LocalDate.of(0, 1, 1));
        assertThat(read("\"9999-12-31\"")).isEqualTo(LocalDate.of(9999, 12, 31));
        assertThat(read("null")).isNull();
        assertThat(read("\"\"")).isNull();
    }

    @Test
    void datesBeyondFourDigitYearsAreRefusedNamingTheField() {
        for (String date : new String[] {"\"+999999999-12-31\"", "\"-999999999-01-01\"", "\"+10000-01-01\"",
                "\"-0001-12-31\"", "[999999999, 12, 31]"}) {
            assertThatThrownBy(() -> read(date)).as(date).isInstanceOf(InvalidFormatException.class)
                    .satisfies(error -> assertThat(((InvalidFormatException) error).getPath().getFirst()
                            .getPropertyName()).isEqualTo("due"));
        }
    }

    private LocalDate read(String value) {
        return json.readValue("{\"due\": " + value + "}", Due.class).due();
    }
}
