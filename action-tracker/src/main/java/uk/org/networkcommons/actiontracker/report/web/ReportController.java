package uk.org.networkcommons.actiontracker.report.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.org.networkcommons.actiontracker.report.ActionFilter;
import uk.org.networkcommons.actiontracker.report.ActionPage;
import uk.org.networkcommons.actiontracker.report.ActionReports;
import uk.org.networkcommons.actiontracker.report.LaSummary;
import uk.org.networkcommons.events.EcmOutcome;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.events.action.ActionStatus;
import uk.org.networkcommons.platform.security.Viewer;

/** Lists and reports over every action the viewer may see. The CSV's format is in its address, not negotiated. */
@RestController
class ReportController {

    static final MediaType TEXT_CSV_UTF8 = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final ActionReports reports;

    ReportController(ActionReports reports) {
        this.reports = reports;
    }

    @GetMapping("/api/actions")
    Page list(Viewer viewer, @RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(defaultValue = "false") boolean organisation, @RequestParam(required = false) String network,
            @RequestParam(required = false) ActionStatus status, @RequestParam(required = false) EcmOutcome outcome,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueBefore,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueAfter,
            @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) String q,
            @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer size) {
        ActionPage page = reports.page(viewer, filter(mine, organisation, network, status, outcome, dueBefore,
                dueAfter, overdue, q), cursor, size);
        return new Page(page.items().stream().map(ActionRow::of).toList(), page.nextCursor());
    }

    @GetMapping("/api/actions/export.csv")
    ResponseEntity<byte[]> csv(Viewer viewer, @RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(defaultValue = "false") boolean organisation, @RequestParam(required = false) String network,
            @RequestParam(required = false) ActionStatus status, @RequestParam(required = false) EcmOutcome outcome,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueBefore,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueAfter,
            @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) String q) {
        byte[] csv = reports.csv(viewer, filter(mine, organisation, network, status, outcome, dueBefore, dueAfter,
                overdue, q)).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok().contentType(TEXT_CSV_UTF8)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("actions.csv")
                        .build().toString())
                .body(csv);
    }

    @GetMapping("/api/actions/summary")
    LaSummary summary(Viewer viewer, @RequestParam String laCode) {
        return reports.summary(viewer, laCode);
    }

    private static ActionFilter filter(boolean mine, boolean organisation, String network, ActionStatus status,
            EcmOutcome outcome, LocalDate dueBefore, LocalDate dueAfter, boolean overdue, String q) {
        return new ActionFilter(mine, organisation, network == null || network.isBlank() ? null
                : NetworkId.of(network.strip()), status, outcome, dueBefore, dueAfter, overdue, q);
    }

    /** A page of actions and the cursor of the next page (null on the last). */
    record Page(List<ActionRow> items, String nextCursor) {
    }

    /** An action as a list shows it. */
    record ActionRow(String id, String title, String networkId, String laCode, String status, int progress,
            String priority, LocalDate dueDate, String ownerOrganisationId, List<String> partyOrganisationIds) {

        static ActionRow of(uk.org.networkcommons.actiontracker.action.Action action) {
            return new ActionRow(action.id().value(), action.title(), action.networkId().value(),
                    action.laCode().value(), action.status().name(), action.progress(), action.priority().name(),
                    action.dueDate(), action.ownerOrganisationId().value(),
                    action.parties().stream().map(party -> party.value()).toList());
        }
    }
}
