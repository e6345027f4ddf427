package uk.org.networkcommons.gateway.portal.workshop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.org.networkcommons.gateway.portal.library.Cameo;
import uk.org.networkcommons.gateway.portal.library.Challenge;
import uk.org.networkcommons.gateway.portal.library.Scenario;
import uk.org.networkcommons.gateway.portal.shell.Labels;
import uk.org.networkcommons.gateway.portal.shell.Option;

/** The library material a workshop can use, as choices for the material form and as names for the overview. */
record Material(List<Challenge> challenges, List<Cameo> cameos, List<Scenario> scenarios) {

    /** A group of key questions under the challenge or scenario they belong to. */
    record QuestionGroup(String id, String legend, List<Option> options) {
    }

    List<Option> challengeOptions() {
        return challenges.stream().map(challenge -> new Option(challenge.id(), challenge.title(),
                challenge.mainQuestion())).toList();
    }

    List<Option> cameoOptions(Labels labels) {
        return cameos.stream().map(cameo -> new Option(cameo.id(), cameo.title(), labels.of(cameo.kind())
                + (cameo.localAuthority() == null ? "" : ", " + cameo.localAuthority()))).toList();
    }

    List<Option> scenarioOptions() {
        return scenarios.stream().map(scenario -> Option.of(scenario.id(), scenario.title())).toList();
    }

    /** The challenges' follow-up questions, then the scenarios' key questions; the first group's id is "questions". */
    List<QuestionGroup> questionGroups() {
        List<QuestionGroup> groups = new ArrayList<>();
        for (Challenge challenge : challenges) {
            groups.add(group(groups.size(), "Follow-up questions: " + challenge.title(),
                    challenge.followUpQuestions().stream().map(q -> Option.of(q.id(), q.text())).toList()));
        }
        for (Scenario scenario : scenarios) {
            groups.add(group(groups.size(), "Key questions: " + scenario.title(),
                    scenario.keyQuestions().stream().map(q -> Option.of(q.id(), q.text())).toList()));
        }
        return groups.stream().filter(group -> !group.options().isEmpty()).toList();
    }

    private static QuestionGroup group(int index, String legend, List<Option> options) {
        return new QuestionGroup(index == 0 ? "questions" : "questions-group-" + (index + 1), legend, options);
    }

    /** Every question's text by id. */
    Map<String, String> questionTexts() {
        Map<String, String> texts = new LinkedHashMap<>();
        challenges.forEach(challenge -> challenge.followUpQuestions().forEach(q -> texts.put(q.id(), q.text())));
        scenarios.forEach(scenario -> scenario.keyQuestions().forEach(q -> texts.put(q.id(), q.text())));
        cameos.forEach(cameo -> cameo.questions().forEach(q -> texts.put(q.id(), q.text())));
        return texts;
    }

    /** The chosen items, in the workshop's order, as link options (value = library path); unknown ids as they are. */
    List<Option> chosen(List<String> ids, String kind) {
        Map<String, String> titles = new LinkedHashMap<>();
        switch (kind) {
            case "challenges" -> challenges.forEach(item -> titles.put(item.id(), item.title()));
            case "cameos" -> cameos.forEach(item -> titles.put(item.id(), item.title()));
            case "scenarios" -> scenarios.forEach(item -> titles.put(item.id(), item.title()));
            default -> { }
        }
        return ids.stream().map(id -> new Option(id, titles.getOrDefault(id, id),
                titles.containsKey(id) ? "/library/" + kind + "/" + id : null)).toList();
    }

    List<String> chosenQuestions(List<String> ids) {
        Map<String, String> texts = questionTexts();
        return ids.stream().map(id -> texts.getOrDefault(id, id)).toList();
    }
}
