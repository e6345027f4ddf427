package uk.org.networkcommons.gateway.portal.workshop;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import uk.org.networkcommons.gateway.portal.shell.FormErrors;
import uk.org.networkcommons.gateway.portal.shell.Option;
import uk.org.networkcommons.gateway.portal.shell.ServiceProblem;

/**
 * Recording one dimension of the self-assessment, on the library's template: "where we are now" and "where we want
 * to be", each rated on the template's scale with a description and evidence lines, and notes.
 */
@Controller
class DimensionController {

    static final String NOW = "WHERE_WE_ARE_NOW";
    static final String TARGET = "WHERE_WE_WANT_TO_BE";

    private final WorkshopRecords records;

    DimensionController(WorkshopRecords records) {
        this.records = records;
    }

    @GetMapping("/workshops/{workshopId}/dimensions/new")
    Mono<String> newDimension(ServerWebExchange exchange, @PathVariable String workshopId, Model model) {
        return records.workshop(exchange, workshopId).flatMap(workshop ->
                page(exchange, workshop, DimensionForm.blank(workshop), FormErrors.none(), model));
    }

    @GetMapping("/workshops/{workshopId}/dimensions/{key}/change")
    Mono<String> change(ServerWebExchange exchange, @PathVariable String workshopId, @PathVariable String key,
            Model model) {
        return records.workshop(exchange, workshopId).flatMap(workshop -> workshop.dimension(key)
                .map(dimension -> page(exchange, workshop, DimensionForm.of(workshop, dimension), FormErrors.none(), model))
                .orElseGet(() -> Mono.error(new ServiceProblem(404, "Not Found", "No such dimension", List.of()))));
    }

    @PostMapping("/workshops/{workshopId}/dimensions")
    Mono<String> record(ServerWebExchange exchange, @PathVariable String workshopId,
            @ModelAttribute("form") DimensionForm form, Model model) {
        if (form.isChange() && !DimensionKeys.isKey(form.key().strip())) {
            // the key is the page's hidden field: one no dimension has did not come from the page, and would go into
            // the service's address as it is
            return Mono.error(new ServiceProblem(404, "Not Found", "No such dimension", List.of()));
        }
        return records.workshop(exchange, workshopId).flatMap(workshop -> {
            FormErrors errors = form.check(workshop);
            if (errors.any()) {
                return page(exchange, workshop, form, errors, model);
            }
            String key = form.recordKey();
            return records.recordDimension(exchange, workshopId, WorkshopForms.version(form.version()), key, form.record())
                    .thenReturn("redirect:/workshops/" + workshopId + "#dimension-" + key)
                    .onErrorResume(ServiceProblem.class, problem -> WorkshopController.onForm(problem)
                            ? page(exchange, workshop, form, FormErrors.of(problem, form::field), model)
                            : Mono.error(problem));
        });
    }

    private Mono<String> page(ServerWebExchange exchange, Workshop workshop, DimensionForm form, FormErrors errors,
            Model model) {
        return records.template(exchange).map(template -> {
            AssessmentTemplate.Section now = template.section(NOW, "Where we are now");
            AssessmentTemplate.Section target = template.section(TARGET, "Where we want to be");
            model.addAttribute("workshop", workshop);
            model.addAttribute("template", template);
            model.addAttribute("nowSection", now);
            model.addAttribute("targetSection", target);
            model.addAttribute("ratingOptions", ratingOptions(template));
            model.addAttribute("nowEvidence", form.evidenceBoxes(form.nowEvidence(), now.evidenceSlots()));
            model.addAttribute("targetEvidence", form.evidenceBoxes(form.targetEvidence(), target.evidenceSlots()));
            model.addAttribute("suggestions", template.dimension() == null ? List.of()
                    : template.dimension().suggestions().stream().map(AssessmentTemplate.Suggestion::label).toList());
            model.addAttribute("form", form);
            model.addAttribute("errors", errors);
            return "workshop/dimension";
        });
    }

    /** The template's scale, then "not rated", since a rating is optional and a radio cannot be unticked. */
    static List<Option> ratingOptions(AssessmentTemplate template) {
        List<Option> options = new java.util.ArrayList<>(template.ratingScale().stream()
                .map(rating -> new Option(String.valueOf(rating.value()), rating.value() + ": " + rating.label(),
                        rating.description()))
                .toList());
        options.add(Option.of("", "Not rated yet"));
        return options;
    }
}
