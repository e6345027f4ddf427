package uk.org.networkcommons.gateway.portal.workshop;

import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import uk.org.networkcommons.events.EcmOutcome;
import uk.org.networkcommons.gateway.portal.network.NetworkDirectory;
import uk.org.networkcommons.gateway.portal.shell.FormErrors;
import uk.org.networkcommons.gateway.portal.shell.Labels;
import uk.org.networkcommons.gateway.portal.shell.Option;
import uk.org.networkcommons.gateway.portal.shell.ServiceProblem;

/** Proposing an action in a workshop: what, who owns it (a participant or member), by when, and what it answers. */
@Controller
class ProposedActionController {

    private final WorkshopRecords records;
    private final NetworkDirectory directory;
    private final Participants participants;
    private final Labels labels;

    ProposedActionController(WorkshopRecords records, NetworkDirectory directory, Participants participants,
            Labels labels) {
        this.records = records;
        this.directory = directory;
        this.participants = participants;
        this.labels = labels;
    }

    @GetMapping("/workshops/{workshopId}/actions/new")
    Mono<String> newAction(ServerWebExchange exchange, @PathVariable String workshopId, Model model) {
        return records.workshop(exchange, workshopId).flatMap(workshop ->
                page(exchange, workshop, ActionForm.blank(workshop), FormErrors.none(), model));
    }

    @PostMapping("/workshops/{workshopId}/actions")
    Mono<String> propose(ServerWebExchange exchange, @PathVariable String workshopId,
            @ModelAttribute("form") ActionForm form, Model model) {
        FormErrors errors = form.check();
        if (errors.any()) {
            return records.workshop(exchange, workshopId).flatMap(workshop -> page(exchange, workshop, form, errors, model));
        }
        return records.propose(exchange, workshopId, WorkshopForms.version(form.version()), form.proposal())
                .thenReturn("redirect:/workshops/" + workshopId + "#actions")
                .onErrorResume(ServiceProblem.class, problem -> WorkshopController.onForm(problem)
                        ? records.workshop(exchange, workshopId).flatMap(workshop -> page(exchange, workshop, form,
                                FormErrors.of(problem, ActionForm::field), model))
                        : Mono.error(problem));
    }

    private Mono<String> page(ServerWebExchange exchange, Workshop workshop, ActionForm form, FormErrors errors,
            Model model) {
        return directory.members(exchange, workshop.networkId()).flatMap(members ->
                participants.names(exchange, workshop, members).map(names -> {
                    model.addAttribute("workshop", workshop);
                    model.addAttribute("ownerOptions", Participants.owners(workshop, members, names));
                    model.addAttribute("outcomeOptions", outcomeOptions());
                    model.addAttribute("dimensionOptions", workshop.dimensions().stream()
                            .map(dimension -> Option.of(dimension.key(), dimension.name())).toList());
                    model.addAttribute("form", form);
                    model.addAttribute("errors", errors);
                    return "workshop/action";
                }));
    }

    private List<Option> outcomeOptions() {
        return Arrays.stream(EcmOutcome.values()).map(outcome -> Option.of(outcome.name(), labels.of(outcome))).toList();
    }
}
