package uk.org.networkcommons.gateway.portal.action;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;
import uk.org.networkcommons.gateway.portal.action.ActionForm.Submitted;
import uk.org.networkcommons.gateway.portal.action.ActionsApi.ActionView;
import uk.org.networkcommons.gateway.portal.action.ActionsApi.Change;
import uk.org.networkcommons.gateway.portal.action.ActionsApi.Network;
import uk.org.networkcommons.gateway.portal.action.ActionsApi.Organisation;
import uk.org.networkcommons.gateway.portal.action.ActionsApi.UpdateEntry;
import uk.org.networkcommons.gateway.portal.shell.ServiceProblem;
import uk.org.networkcommons.gateway.security.CurrentViewer;
import uk.org.networkcommons.platform.security.Viewer;

/**
 * {@code /actions/{id}}: one action's details and history, with a form each to change its status, record progress,
 * comment and add a partner organisation. Every form posts, and on success redirects back to the page (so a reload
 * never posts twice); a rejected form is shown again with the person's input and a GOV.UK error summary. A change
 * made meanwhile by someone else is never overwritten: the page then shows the action as it is now.
 */
@Controller
class ActionPageController {

    /** The user id action-tracker records its own changes under (progress rolled up from sub-actions). */
    static final String SYSTEM = "action-tracker";
    static final String SOMEONE_ELSE_CHANGED_IT = "Someone else changed this action. Check it as it is now, below, "
            + "then make your change again.";

    private final ActionsApi api;
    private final CurrentViewer currentViewer;

    ActionPageController(ActionsApi api, CurrentViewer currentViewer) {
        this.api = api;
        this.currentViewer = currentViewer;
    }

    /** An entry of the history as the page shows it. */
    record HistoryRow(String when, String who, String what, List<String> changes, String comment,
            String evidenceLink) {
    }

    @GetMapping("/actions/{id}")
    Mono<Rendering> show(ServerWebExchange exchange, @PathVariable String id,
            @RequestParam(required = false) String changed) {
        ActionForm done = ActionForm.byPath(changed == null ? "" : changed);
        return page(exchange, id, null, ActionErrors.none(), done == null ? null : done.done(), HttpStatus.OK);
    }

    @PostMapping("/actions/{id}/{form}")
    Mono<Rendering> submit(ServerWebExchange exchange, @PathVariable String id, @PathVariable String form) {
        ActionForm kind = ActionForm.byPath(form);
        if (kind == null) {
            return Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND));
        }
        return exchange.getFormData().flatMap(data -> {
            Submitted submitted = kind.read(data);
            ActionErrors errors = kind.check(submitted);
            if (errors.any()) {
                return page(exchange, id, submitted, errors, null, HttpStatus.BAD_REQUEST);
            }
            return api.change(exchange, id, kind.path(), kind.body(submitted), kind.ifMatch(submitted))
                    .map(changed -> Rendering.redirectTo(UriComponentsBuilder.fromPath("/actions/{id}")
                            .queryParam("changed", kind.path()).buildAndExpand(id).encode().toUriString()).build())
                    .onErrorResume(ServiceProblem.class, problem -> rejected(exchange, id, submitted, problem));
        });
    }

    private Mono<Rendering> rejected(ServerWebExchange exchange, String id, Submitted submitted,
            ServiceProblem problem) {
        return switch (problem.status()) {
            case 400, 422 -> page(exchange, id, submitted, fieldErrors(submitted.form(), problem), null,
                    HttpStatus.BAD_REQUEST);
            case 403 -> page(exchange, id, submitted, ActionErrors.none().with(ActionForm.CURRENT_STATE,
                    problem.detail() != null ? problem.detail() : "You cannot make this change."), null,
                    HttpStatus.FORBIDDEN);
            case 404 -> Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND));
            case 409 -> conflict(exchange, id, submitted, problem);
            default -> Mono.error(problem);
        };
    }

    /**
     * A 409 is either a stale If-Match (someone else changed the action since the page was shown) or a move the
     * workflow does not allow. Which one is decided by the version the action has now, not by the problem's wording.
     */
    private Mono<Rendering> conflict(ServerWebExchange exchange, String id, Submitted submitted,
            ServiceProblem problem) {
        return load(exchange, id).flatMap(current -> {
            boolean stale = submitted.form().conditional()
                    && !String.valueOf(current.version()).equals(submitted.version());
            if (stale) {
                return page(exchange, current, submitted, ActionErrors.none().with(ActionForm.CURRENT_STATE,
                        SOMEONE_ELSE_CHANGED_IT), null, HttpStatus.CONFLICT, false);
            }
            String fieldId = submitted.form() == ActionForm.STATUS ? "status" : ActionForm.CURRENT_STATE;
            return page(exchange, current, submitted, ActionErrors.none().with(fieldId,
                    problem.detail() != null ? problem.detail() : problem.title()), null, HttpStatus.CONFLICT, true);
        });
    }

    private static ActionErrors fieldErrors(ActionForm form, ServiceProblem problem) {
        ActionErrors errors = ActionErrors.none();
        for (ServiceProblem.FieldError error : problem.fieldErrors()) {
            ActionForm.Field field = form.field(error.field());
            errors = field == null
                    ? errors.with(ActionForm.CURRENT_STATE, "If-Match".equals(error.field())
                            ? "This page is out of date. Reload it, then make your change again."
                            : (problem.detail() != null ? problem.detail() : problem.title()))
                    : errors.withServiceMessage(field.id(), field.label(), error.message());
        }
        if (!errors.any()) {
            errors = errors.with(ActionForm.CURRENT_STATE, problem.detail() != null ? problem.detail()
                    : problem.title());
        }
        return errors;
    }

    private Mono<ActionView> load(ServerWebExchange exchange, String id) {
        return api.get(exchange, id).onErrorMap(error -> error instanceof ServiceProblem problem
                && problem.isNotFound(), error -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Mono<Rendering> page(ServerWebExchange exchange, String id, Submitted submitted, ActionErrors errors,
            String notice, HttpStatus status) {
        return load(exchange, id).flatMap(action -> page(exchange, action, submitted, errors, notice, status, true));
    }

    /** @param keepSubmittedVersion false once the person must decide again on the action as it is now */
    private Mono<Rendering> page(ServerWebExchange exchange, ActionView action, Submitted submitted,
            ActionErrors errors, String notice, HttpStatus status, boolean keepSubmittedVersion) {
        Mono<Optional<Viewer>> viewer = currentViewer.of(exchange).map(Optional::of).defaultIfEmpty(Optional.empty());
        Mono<Optional<Network>> network = api.network(exchange, action.networkId()).map(Optional::of)
                .defaultIfEmpty(Optional.empty());
        return Mono.zip(api.updates(exchange, action.id()), viewer, network,
                api.organisationsOf(exchange, action.laCode())).flatMap(loaded -> {
                    List<UpdateEntry> updates = loaded.getT1();
                    Map<String, String> names = new HashMap<>();
                    loaded.getT4().forEach(organisation -> names.put(organisation.id(), organisation.name()));
                    Set<String> unnamed = new LinkedHashSet<>();
                    Stream.concat(Stream.of(action.ownerOrganisationId()), action.partyOrganisationIds().stream())
                            .filter(orgId -> orgId != null && !names.containsKey(orgId)).forEach(unnamed::add);
                    return api.organisationNames(exchange, unnamed).map(more -> {
                        names.putAll(more);
                        Map<String, Object> model = new HashMap<>();
                        model.put("labels", ActionLabels.LABELS);
                        model.put("action", action);
                        model.put("networkName", loaded.getT3().map(Network::name).orElse(null));
                        model.put("ownerName", names.getOrDefault(action.ownerOrganisationId(),
                                action.ownerOrganisationId()));
                        model.put("partyNames", action.partyOrganisationIds().stream()
                                .map(party -> names.getOrDefault(party, party)).toList());
                        model.put("history", history(updates, loaded.getT2().orElse(null), names));
                        model.put("partyOptions", loaded.getT4().stream()
                                .filter(organisation -> !organisation.id().equals(action.ownerOrganisationId())
                                        && !action.partyOrganisationIds().contains(organisation.id()))
                                .sorted(Comparator.comparing(Organisation::name, String.CASE_INSENSITIVE_ORDER))
                                .toList());
                        model.put("errors", errors);
                        model.put("values", submitted == null ? Map.of() : submitted.byFieldId());
                        model.put("submitted", submitted == null ? "" : submitted.form().path());
                        String current = String.valueOf(action.version());
                        boolean kept = keepSubmittedVersion && submitted != null && submitted.form().conditional();
                        model.put("statusVersion", kept && submitted.form() == ActionForm.STATUS
                                ? submitted.version() : current);
                        model.put("progressVersion", kept && submitted.form() == ActionForm.PROGRESS
                                ? submitted.version() : current);
                        model.put("notice", notice);
                        return Rendering.view("action/detail").status(status).model(model).build();
                    });
                });
    }

    private static List<HistoryRow> history(List<UpdateEntry> updates, Viewer viewer, Map<String, String> names) {
        ActionLabels labels = ActionLabels.LABELS;
        List<HistoryRow> rows = new ArrayList<>();
        updates.stream().sorted(Comparator.comparingInt(UpdateEntry::sequence).reversed()).forEach(entry -> {
            String who = SYSTEM.equals(entry.by()) ? "Network Commons, automatically"
                    : viewer != null && viewer.userId().value().equals(entry.by()) ? "You" : "Another person";
            List<String> changes = entry.changes().stream().map(change -> describe(change, names)).toList();
            String link = entry.evidenceLink() != null && entry.evidenceLink().matches("https?://\\S+")
                    ? entry.evidenceLink() : null;
            rows.add(new HistoryRow(labels.moment(entry.at()), who, labels.updateKind(entry.kind()), changes,
                    entry.comment(), link));
        });
        return rows;
    }

    private static String describe(Change change, Map<String, String> names) {
        ActionLabels labels = ActionLabels.LABELS;
        return labels.field(change.field()) + ": " + value(change.field(), change.from(), names) + " → "
                + value(change.field(), change.to(), names);
    }

    private static String value(String field, String value, Map<String, String> names) {
        if (value == null || value.isEmpty() || "[]".equals(value)) {
            return "none";
        }
        return switch (field) {
            case "status" -> ActionLabels.LABELS.status(value);
            case "progress" -> value + "%";
            case "priority" -> ActionLabels.LABELS.priority(value);
            case "dueDate" -> {
                try {
                    yield ActionLabels.LABELS.date(LocalDate.parse(value));
                } catch (DateTimeParseException notADate) {
                    yield value;
                }
            }
            case "ownerOrganisationId", "partyOrganisationIds" -> {
                String named = value;
                for (Map.Entry<String, String> organisation : names.entrySet()) {
                    named = named.replace(organisation.getKey(), organisation.getValue());
                }
                yield named.replace("[", "").replace("]", "");
            }
            default -> value;
        };
    }
}
