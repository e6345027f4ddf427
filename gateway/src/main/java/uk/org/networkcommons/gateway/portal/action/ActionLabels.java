package uk.org.networkcommons.gateway.portal.action;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.ZoneId;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import uk.org.networkcommons.events.EcmOutcome;
import uk.org.networkcommons.events.action.ActionStatus;

/**
 * How the portal words what action-tracker sends as codes: statuses, ECM outcomes, priorities, the kinds of entry in
 * an action's history, and dates as GOV.UK writes them ("24 November 2026"). Pages get it as {@code labels}.
 */
public final class ActionLabels {

    public static final ActionLabels LABELS = new ActionLabels();

    /** The UK's clock, so "today" and times on the pages are what the reader's wall clock says. */
    public static final ZoneId UK = ZoneId.of("Europe/London");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy, h:mma", Locale.UK);

    private static final Map<String, String> STATUS = Map.of("PROPOSED", "Proposed", "AGREED", "Agreed",
            "IN_PROGRESS", "In progress", "BLOCKED", "Blocked", "DONE", "Done", "CANCELLED", "Cancelled");
    private static final Map<String, String> OUTCOME = Map.of("BE_HEALTHY", "Be healthy", "STAY_SAFE", "Stay safe",
            "ENJOY_AND_ACHIEVE", "Enjoy and achieve", "MAKE_A_POSITIVE_CONTRIBUTION", "Make a positive contribution",
            "ACHIEVE_ECONOMIC_WELL_BEING", "Achieve economic well-being");
    private static final Map<String, String> PRIORITY = Map.of("LOW", "Low", "MEDIUM", "Medium", "HIGH", "High");
    private static final Map<String, String> KIND = Map.of("RAISED", "Raised", "REVISED", "Details changed",
            "STATUS", "Status changed", "PROGRESS", "Progress recorded", "PARTIES", "Partner organisations changed",
            "COMMENT", "Comment", "ROLL_UP", "Progress of sub-actions");
    private static final Map<String, String> FIELD = Map.ofEntries(Map.entry("title", "Title"),
            Map.entry("description", "Description"), Map.entry("ownerOrganisationId", "Owner"),
            Map.entry("ownerUserId", "Owner (person)"), Map.entry("dueDate", "Due date"),
            Map.entry("priority", "Priority"), Map.entry("outcomes", "Outcomes"), Map.entry("milestones", "Milestones"),
            Map.entry("parentId", "Part of"), Map.entry("weight", "Weight"), Map.entry("status", "Status"),
            Map.entry("progress", "Progress"), Map.entry("statusReason", "Reason"),
            Map.entry("partyOrganisationIds", "Partner organisations"));

    /**
     * The moves action-tracker's workflow allows (docs/actions.md), so the status form offers only those; the service
     * still decides, and a move it refuses comes back as an error on the form.
     */
    private static final Map<String, List<String>> NEXT = Map.of(
            "PROPOSED", List.of("AGREED", "BLOCKED", "CANCELLED"),
            "AGREED", List.of("IN_PROGRESS", "BLOCKED", "CANCELLED"),
            "IN_PROGRESS", List.of("DONE", "BLOCKED", "CANCELLED"),
            "BLOCKED", List.of("IN_PROGRESS", "CANCELLED"));

    private static final Set<String> OPEN = Set.of("PROPOSED", "AGREED", "IN_PROGRESS", "BLOCKED");

    private ActionLabels() {
    }

    /** Every status code, in workflow order. */
    public List<String> statuses() {
        return Arrays.stream(ActionStatus.values()).map(Enum::name).toList();
    }

    /** Every ECM outcome code, in the order the Children Act lists them. */
    public List<String> outcomes() {
        return Arrays.stream(EcmOutcome.values()).map(Enum::name).toList();
    }

    public String status(String code) {
        return STATUS.getOrDefault(code, code);
    }

    public String outcome(String code) {
        return OUTCOME.getOrDefault(code, code);
    }

    public String priority(String code) {
        return PRIORITY.getOrDefault(code, code);
    }

    public String updateKind(String kind) {
        return KIND.getOrDefault(kind, kind);
    }

    public String field(String field) {
        return FIELD.getOrDefault(field, field);
    }

    public boolean isOpen(String status) {
        return OPEN.contains(status);
    }

    public List<String> nextStatuses(String from) {
        return NEXT.getOrDefault(from, List.of());
    }

    public boolean isOverdue(LocalDate due, String status) {
        return due != null && isOpen(status) && due.isBefore(LocalDate.now(UK));
    }

    public String date(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    public String moment(Instant instant) {
        return instant == null ? "" : MOMENT.format(instant.atZone(UK)).replace("AM", "am").replace("PM", "pm");
    }
}
