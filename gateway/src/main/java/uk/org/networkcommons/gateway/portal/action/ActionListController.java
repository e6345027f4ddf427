package uk.org.networkcommons.gateway.portal.action;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import uk.org.networkcommons.gateway.portal.action.ActionsApi.ActionRow;
import uk.org.networkcommons.gateway.portal.action.ActionsApi.Network;

/**
 * {@code /actions}: the actions the person may see, narrowed by a GET form (so a filtered list is a link one can
 * share), a page at a time, with the same selection as CSV.
 */
@Controller
class ActionListController {

    private final ActionsApi api;
    private final ActionExport export;

    ActionListController(ActionsApi api, ActionExport export) {
        this.api = api;
        this.export = export;
    }

    /** A row of the table, with the network and owner named. */
    record Row(String id, String title, String network, String owner, String status, String statusLabel,
            int progress, String due, boolean overdue) {
    }

    @GetMapping("/actions")
    Mono<Rendering> list(ServerWebExchange exchange, @RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(defaultValue = "false") boolean organisation,
            @RequestParam(required = false) String network, @RequestParam(required = false) String status,
            @RequestParam(required = false) String outcome, @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(required = false) String cursor, @RequestParam(required = false) String prev) {
        ActionListQuery query = ActionListQuery.of(mine, organisation, network, status, outcome, overdue, cursor, prev);
        return Mono.zip(api.list(exchange, query), api.networks(exchange)).flatMap(loaded -> {
            List<ActionRow> items = loaded.getT1().items();
            Map<String, String> networkNames = loaded.getT2().stream()
                    .collect(Collectors.toMap(Network::id, Network::name, (first, second) -> first));
            return api.organisationNames(exchange, items.stream().map(ActionRow::ownerOrganisationId).toList())
                    .map(owners -> {
                        Map<String, Object> model = new HashMap<>();
                        model.put("labels", ActionLabels.LABELS);
                        model.put("query", query);
                        model.put("networks", loaded.getT2());
                        model.put("rows", items.stream().map(row -> row(row, networkNames, owners)).toList());
                        model.put("nextHref", loaded.getT1().nextCursor() == null ? null
                                : query.nextHref(loaded.getT1().nextCursor()));
                        model.put("previousHref", query.previousHref());
                        model.put("csvHref", query.csvHref());
                        return Rendering.view("action/list").model(model).build();
                    });
        });
    }

    /** The filtered actions as CSV, streamed from action-tracker as the person. */
    @GetMapping("/actions/export.csv")
    Mono<Void> csv(ServerWebExchange exchange, @RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(defaultValue = "false") boolean organisation,
            @RequestParam(required = false) String network, @RequestParam(required = false) String status,
            @RequestParam(required = false) String outcome, @RequestParam(defaultValue = "false") boolean overdue) {
        return export.stream(exchange,
                ActionListQuery.of(mine, organisation, network, status, outcome, overdue, null, null));
    }

    private static Row row(ActionRow row, Map<String, String> networks, Map<String, String> owners) {
        Function<String, String> name = id -> owners.getOrDefault(id, id);
        ActionLabels labels = ActionLabels.LABELS;
        LocalDate due = row.dueDate();
        return new Row(row.id(), row.title(), networks.getOrDefault(row.networkId(), row.networkId()),
                name.apply(row.ownerOrganisationId()), row.status(), labels.status(row.status()), row.progress(),
                due == null ? "No due date" : labels.date(due), labels.isOverdue(due, row.status()));
    }
}
