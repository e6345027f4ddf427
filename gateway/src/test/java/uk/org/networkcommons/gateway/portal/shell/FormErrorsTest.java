package uk.org.networkcommons.gateway.portal.shell;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormErrorsTest {

    @Test
    void eachRejectedFieldBecomesAnEntryLinkingToTheFormFieldThePersonFilledIn() {
        ServiceProblem problem = new ServiceProblem(400, "Validation failed", "Invalid fields: dueDate, title.",
                List.of(new ServiceProblem.FieldError("dueDate", "cannot be before the workshop (2026-12-01)"),
                        new ServiceProblem.FieldError("title", "must not be blank")));

        FormErrors errors = FormErrors.of(problem, field -> switch (field) {
            case "dueDate" -> new FormErrors.Field("action-due-day", "Due date");
            case "title" -> new FormErrors.Field("action-title", "Title");
            default -> null;
        });

        assertThat(errors.entries()).containsExactly(
                new FormErrors.Entry("action-due-day", "Due date cannot be before the workshop (2026-12-01)"),
                new FormErrors.Entry("action-title", "Title must not be blank"));
        assertThat(errors.entries().getFirst().href()).isEqualTo("#action-due-day");
        assertThat(errors.has("action-title")).isTrue();
        assertThat(errors.message("action-title")).isEqualTo("Title must not be blank");
        assertThat(errors.message("action-owner")).isNull();
    }

    @Test
    void aMessageThatIsASentenceOfItsOwnIsKeptAndCapitalised() {
        ServiceProblem problem = new ServiceProblem(400, "Bad request", null,
                List.of(new ServiceProblem.FieldError("title", "a proposed action needs a title")));

        FormErrors errors = FormErrors.of(problem, field -> new FormErrors.Field("title", "Title"));

        assertThat(errors.message("title")).isEqualTo("A proposed action needs a title");
    }

    @Test
    void textThatIsTooLongIsSaidAsGovukSaysIt() {
        ServiceProblem problem = new ServiceProblem(400, "Validation failed", null,
                List.of(new ServiceProblem.FieldError("title", "size must be between 0 and 200")));

        FormErrors errors = FormErrors.of(problem, field -> new FormErrors.Field("title", "Title"));

        assertThat(errors.message("title")).isEqualTo("Title must be 200 characters or fewer");
    }

    @Test
    void aFieldThePageDoesNotShowIsListedAsTextWithoutALink() {
        ServiceProblem problem = new ServiceProblem(400, "Bad request", null,
                List.of(new ServiceProblem.FieldError("participantOrganisationIds", "must stay a participant")));

        FormErrors errors = FormErrors.of(problem, field -> null);

        assertThat(errors.entries()).containsExactly(new FormErrors.Entry(null, "Must stay a participant"));
        assertThat(errors.entries().getFirst().href()).isNull();
    }

    @Test
    void aProblemWithoutFieldErrorsIsOneEntryWithItsDetail() {
        ServiceProblem conflict = new ServiceProblem(409, "Conflict",
                "This workshop was completed at 2026-11-24T10:00:00Z; its record is frozen", List.of());

        FormErrors errors = FormErrors.of(conflict, field -> null);

        assertThat(errors.any()).isTrue();
        assertThat(errors.entries()).extracting(FormErrors.Entry::message)
                .containsExactly("This workshop was completed at 2026-11-24T10:00:00Z; its record is frozen");
    }

    @Test
    void errorsThePortalFindsItselfAddToTheServicesOnes() {
        FormErrors errors = FormErrors.none().with("due-day", "Due date must be a real date");

        assertThat(FormErrors.none().any()).isFalse();
        assertThat(errors.entries()).containsExactly(new FormErrors.Entry("due-day", "Due date must be a real date"));
    }
}
