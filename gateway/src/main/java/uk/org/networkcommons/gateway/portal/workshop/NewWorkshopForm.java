package uk.org.networkcommons.gateway.portal.workshop;

import java.util.List;

import uk.org.networkcommons.gateway.portal.shell.DateInput;
import uk.org.networkcommons.gateway.portal.shell.FormErrors;

/** The "start a workshop" form as the browser posts it. */
record NewWorkshopForm(String title, String dateDay, String dateMonth, String dateYear, String facilitator,
        List<String> participants) {

    static NewWorkshopForm blank() {
        return new NewWorkshopForm("", "", "", "", "", List.of());
    }

    public DateInput date() {
        return new DateInput(dateDay, dateMonth, dateYear);
    }

    public List<String> ticked() {
        return WorkshopForms.ticked(participants);
    }

    FormErrors check() {
        FormErrors errors = WorkshopForms.required(FormErrors.none(), title, "workshop-title", "Enter a title for the workshop");
        String dateProblem = date().problem("Date of the workshop", true);
        return dateProblem == null ? errors : errors.with("workshop-date-day", dateProblem);
    }

    WorkshopRecords.Plan plan() {
        return new WorkshopRecords.Plan(title.strip(), date().date(), WorkshopForms.blankToNull(facilitator),
                List.of(), List.of(), List.of(), List.of(), ticked());
    }

    static FormErrors.Field field(String servicePath) {
        return switch (servicePath.replaceAll("\\[\\d+]$", "")) {
            case "title" -> new FormErrors.Field("workshop-title", "Title");
            case "date" -> new FormErrors.Field("workshop-date-day", "Date of the workshop");
            case "facilitator" -> new FormErrors.Field("workshop-facilitator", "Facilitator");
            case "participantOrganisationIds" -> new FormErrors.Field("workshop-participants", "Organisations taking part");
            default -> null;
        };
    }
}
