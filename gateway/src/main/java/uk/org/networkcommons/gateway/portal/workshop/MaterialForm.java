package uk.org.networkcommons.gateway.portal.workshop;

import java.util.List;

import uk.org.networkcommons.gateway.portal.shell.FormErrors;

/** The material chosen for a workshop, as the browser posts it. */
record MaterialForm(String version, List<String> challenges, List<String> questions, List<String> cameos,
        List<String> scenarios) {

    static MaterialForm of(Workshop workshop) {
        return new MaterialForm(String.valueOf(workshop.version()), workshop.challengeIds(), workshop.questionIds(),
                workshop.cameoIds(), workshop.scenarioIds());
    }

    WorkshopRecords.Plan plan(Workshop current) {
        return WorkshopRecords.Plan.of(current, WorkshopForms.ticked(challenges), WorkshopForms.ticked(cameos),
                WorkshopForms.ticked(scenarios), WorkshopForms.ticked(questions));
    }

    static FormErrors.Field field(String servicePath) {
        return switch (servicePath.replaceAll("\\[\\d+]$", "")) {
            case "challengeIds" -> new FormErrors.Field("challenges", "Challenge");
            case "questionIds" -> new FormErrors.Field("questions", "Question");
            case "cameoIds" -> new FormErrors.Field("cameos", "Cameo");
            case "scenarioIds" -> new FormErrors.Field("scenarios", "Scenario");
            default -> null;
        };
    }
}
