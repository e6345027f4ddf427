package uk.org.networkcommons.gateway.portal.workshop;

import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import uk.org.networkcommons.gateway.portal.library.LibraryShelf;
import uk.org.networkcommons.gateway.portal.network.NetworkDirectory;
import uk.org.networkcommons.gateway.portal.network.NetworkRoles;
import uk.org.networkcommons.gateway.portal.shell.FormErrors;
import uk.org.networkcommons.gateway.portal.shell.Labels;
import uk.org.networkcommons.gateway.portal.shell.ServiceProblem;
import uk.org.networkcommons.gateway.security.CurrentViewer;

/**
 * The workshop runner's pages: start a workshop from its network, the workshop's overview, its material, completing
 * it and withdrawing a proposal. Every form is a plain POST answered with a redirect (Post/Redirect/Get); a problem the
 * service finds with it is shown on the same form, with what the person chose kept.
 */
@Controller
class WorkshopController {

    /** Enough for every cameo the library ships and those authored alongside (the service's largest page). */
    static final int CAMEOS = 200;

    private final WorkshopRecords records;
    private final NetworkDirectory directory;
    private final LibraryShelf library;
    private final Participants participants;
    private final CurrentViewer currentViewer;
    private final Labels labels;

    WorkshopController(WorkshopRecords records, NetworkDirectory directory, LibraryShelf library,
            Participants participants, CurrentViewer currentViewer, Labels labels) {
        this.records = records;
        this.directory = directory;
        this.library = library;
        this.participants = participants;
        this.currentViewer = currentViewer;
        this.labels = labels;
    }

    @GetMapping("/networks/{networkId}/workshops/new")
    Mono<String> newWorkshop(ServerWebExchange exchange, @PathVariable String networkId, Model model) {
        return newWorkshopPage(exchange, networkId, NewWorkshopForm.blank(), FormErrors.none(), model);
    }

    @PostMapping("/networks/{networkId}/workshops")
    Mono<String> schedule(ServerWebExchange exchange, @PathVariable String networkId,
            @ModelAttribute("form") NewWorkshopForm form, Model model) {
        FormErrors errors = form.check();
        if (errors.any()) {
            return newWorkshopPage(exchange, networkId, form, errors, model);
        }
        return records.schedule(exchange, networkId, form.plan())
                .map(workshop -> "redirect:/workshops/" + workshop.id())
                .onErrorResume(ServiceProblem.class, problem -> onForm(problem)
                        ? newWorkshopPage(exchange, networkId, form, FormErrors.of(problem, NewWorkshopForm::field), model)
                        : Mono.error(problem));
    }

    private Mono<String> newWorkshopPage(ServerWebExchange exchange, String networkId, NewWorkshopForm form,
            FormErrors errors, Model model) {
        return directory.network(exchange, networkId).flatMap(network -> directory.members(exchange, networkId)
                .map(members -> {
                    model.addAttribute("network", network);
                    model.addAttribute("memberOptions", Participants.memberOptions(members));
                    model.addAttribute("form", form);
                    model.addAttribute("errors", errors);
                    return "workshop/new";
                }));
    }

    @GetMapping("/workshops/{workshopId}")
    Mono<String> workshop(ServerWebExchange exchange, @PathVariable String workshopId, Model model) {
        return overview(exchange, workshopId, FormErrors.none(), model);
    }

    @PostMapping("/workshops/{workshopId}/completion")
    Mono<String> complete(ServerWebExchange exchange, @PathVariable String workshopId,
            @ModelAttribute("form") VersionForm form, Model model) {
        return records.complete(exchange, workshopId, WorkshopForms.version(form.version()))
                .thenReturn("redirect:/workshops/" + workshopId)
                .onErrorResume(ServiceProblem.class, problem -> onForm(problem)
                        ? overview(exchange, workshopId, FormErrors.of(problem, field -> null), model)
                        : Mono.error(problem));
    }

    @PostMapping("/workshops/{workshopId}/actions/{proposalId}/withdrawal")
    Mono<String> withdraw(ServerWebExchange exchange, @PathVariable String workshopId,
            @PathVariable String proposalId, @ModelAttribute("form") VersionForm form, Model model) {
        return records.withdraw(exchange, workshopId, WorkshopForms.version(form.version()), proposalId)
                .thenReturn("redirect:/workshops/" + workshopId + "#actions")
                .onErrorResume(ServiceProblem.class, problem -> onForm(problem)
                        ? overview(exchange, workshopId, FormErrors.of(problem, field -> null), model)
                        : Mono.error(problem));
    }

    /** The overview; {@code errors} from a completion or withdrawal the service refused. */
    private Mono<String> overview(ServerWebExchange exchange, String workshopId, FormErrors errors, Model model) {
        return records.workshop(exchange, workshopId).flatMap(workshop -> Mono.zip(
                        directory.network(exchange, workshop.networkId()),
                        directory.members(exchange, workshop.networkId()),
                        directory.leaders(exchange, workshop.networkId()),
                        material(exchange),
                        currentViewer.of(exchange).switchIfEmpty(Mono.error(ServiceProblem::signInNeeded)))
                .flatMap(parts -> participants.names(exchange, workshop, parts.getT2()).map(names -> {
                    Material material = parts.getT4();
                    model.addAttribute("workshop", workshop);
                    model.addAttribute("network", parts.getT1());
                    model.addAttribute("names", names);
                    model.addAttribute("runs", NetworkRoles.runs(parts.getT5(), parts.getT1(), parts.getT3()));
                    model.addAttribute("chosenChallenges", material.chosen(workshop.challengeIds(), "challenges"));
                    model.addAttribute("chosenCameos", material.chosen(workshop.cameoIds(), "cameos"));
                    model.addAttribute("chosenScenarios", material.chosen(workshop.scenarioIds(), "scenarios"));
                    model.addAttribute("chosenQuestions", material.chosenQuestions(workshop.questionIds()));
                    model.addAttribute("dimensionNames", workshop.dimensions().stream().collect(
                            Collectors.toMap(Workshop.Dimension::key, Workshop.Dimension::name)));
                    model.addAttribute("errors", errors);
                    return "workshop/workshop";
                })));
    }

    @GetMapping("/workshops/{workshopId}/material")
    Mono<String> material(ServerWebExchange exchange, @PathVariable String workshopId, Model model) {
        return records.workshop(exchange, workshopId).flatMap(workshop ->
                materialPage(exchange, workshop, MaterialForm.of(workshop), FormErrors.none(), model));
    }

    @PostMapping("/workshops/{workshopId}/material")
    Mono<String> chooseMaterial(ServerWebExchange exchange, @PathVariable String workshopId,
            @ModelAttribute("form") MaterialForm form, Model model) {
        return records.workshop(exchange, workshopId).flatMap(workshop -> records
                .changePlan(exchange, workshopId, WorkshopForms.version(form.version()), form.plan(workshop))
                .thenReturn("redirect:/workshops/" + workshopId)
                .onErrorResume(ServiceProblem.class, problem -> onForm(problem)
                        ? materialPage(exchange, workshop, form, FormErrors.of(problem, MaterialForm::field), model)
                        : Mono.error(problem)));
    }

    private Mono<String> materialPage(ServerWebExchange exchange, Workshop workshop, MaterialForm form,
            FormErrors errors, Model model) {
        return material(exchange).map(material -> {
            model.addAttribute("workshop", workshop);
            model.addAttribute("challengeOptions", material.challengeOptions());
            model.addAttribute("questionGroups", material.questionGroups());
            model.addAttribute("cameoOptions", material.cameoOptions(labels));
            model.addAttribute("scenarioOptions", material.scenarioOptions());
            model.addAttribute("form", form);
            model.addAttribute("errors", errors);
            return "workshop/material";
        });
    }

    private Mono<Material> material(ServerWebExchange exchange) {
        return Mono.zip(library.challenges(exchange), library.cameos(exchange, 0, CAMEOS), library.scenarios(exchange))
                .map(lists -> new Material(lists.getT1(), lists.getT2(), lists.getT3()));
    }

    /**
     * A problem to show on the form the person sent: invalid (400), clashing with the workshop as it now is (409,
     * e.g. someone else changed it, or it was completed), or not theirs to do (403).
     */
    static boolean onForm(ServiceProblem problem) {
        return problem.isAboutTheForm() || problem.status() == 403;
    }

    /** A form that only carries the version it was built from. */
    record VersionForm(String version) {
    }
}
