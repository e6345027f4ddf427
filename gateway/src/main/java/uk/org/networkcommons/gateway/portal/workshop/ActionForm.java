package uk.org.networkcommons.gateway.portal.workshop;

import java.util.Arrays;
import java.util.List;

import uk.org.networkcommons.events.EcmOutcome;
import uk.org.networkcommons.gateway.portal.shell.DateInput;
import uk.org.networkcommons.gateway.portal.shell.FormErrors;

/** A proposed action as the browser posts it. */
record ActionForm(String version, String title, String description, String owner, String dueDay, String dueMonth,
        String dueYear, List<String> outcomes, String dimension) {

    static ActionForm blank(Workshop workshop) {
        return new ActionForm(String.valueOf(workshop.version()), "", "", "", "", "", "", List.of(), "");
    }

    public DateInput due() {
        return new DateInput(dueDay, dueMonth, dueYear);
    }

    FormErrors check() {
        FormErrors errors = WorkshopForms.required(FormErrors.none(), title, "action-title", "Enter a title for the action");
        errors = WorkshopForms.required(errors, owner, "action-owner", "Choose the organisation that will own the action");
        String dueProblem = due().problem("Due date", false);
        errors = dueProblem == null ? errors : errors.with("action-due-day", dueProblem);
        // the boxes offer only the outcomes: anything else did not come from the page
        List<String> known = Arrays.stream(EcmOutcome.values()).map(Enum::name).toList();
        return known.containsAll(WorkshopForms.ticked(outcomes)) ? errors
                : errors.with("action-outcomes", "Select outcomes from the list");
    }

    WorkshopRecords.ActionProposal proposal() {
        return new WorkshopRecords.ActionProposal(title.strip(), WorkshopForms.blankToNull(description), owner.strip(),
                due().date(), WorkshopForms.ticked(outcomes), WorkshopForms.blankToNull(dimension), null, null);
    }

    static FormErrors.Field field(String servicePath) {
        return switch (servicePath.replaceAll("\\[\\d+]$", "")) {
            case "title" -> new FormErrors.Field("action-title", "Title");
            case "description" -> new FormErrors.Field("action-description", "Description");
            case "ownerOrganisationId" -> new FormErrors.Field("action-owner", "Owner");
            case "dueDate" -> new FormErrors.Field("action-due-day", "Due date");
            case "outcomes" -> new FormErrors.Field("action-outcomes", "Outcomes");
            case "dimensionKey" -> new FormErrors.Field("action-dimension", "Dimension");
            default -> null;
        };
    }
}
