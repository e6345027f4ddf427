package uk.org.networkcommons.actiontracker.report;

import java.util.List;
import java.util.stream.Collectors;
import uk.org.networkcommons.actiontracker.action.Action;

/**
 * Actions as RFC 4180 CSV, one row each, safe to open in a spreadsheet: every cell quoted, and text a spreadsheet
 * would run as a formula (starting with {@code = + - @}, tab or carriage return) prefixed with an apostrophe.
 */
public final class ActionCsv {

    public static final List<String> HEADER = List.of("action_id", "title", "network_id", "la_code", "status",
            "progress", "priority", "due_date", "owner_organisation_id", "owner_user_id", "party_organisation_ids",
            "outcomes", "origin", "workshop_id", "proposal_id", "parent_id", "last_updated_at");

    private ActionCsv() {
    }

    public static String write(List<Action> actions) {
        StringBuilder csv = new StringBuilder();
        row(csv, HEADER);
        for (Action action : actions) {
            row(csv, List.of(action.id().value(), action.title(), action.networkId().value(), action.laCode().value(),
                    action.status().name(), Integer.toString(action.progress()), action.priority().name(),
                    action.dueDate() == null ? "" : action.dueDate().toString(),
                    action.ownerOrganisationId().value(),
                    action.ownerUserId() == null ? "" : action.ownerUserId().value(),
                    action.parties().stream().map(party -> party.value()).collect(Collectors.joining(";")),
                    action.outcomes().stream().map(Enum::name).sorted().collect(Collectors.joining(";")),
                    action.origin().kind().name(), nullToEmpty(action.origin().workshopId()),
                    nullToEmpty(action.origin().proposalId()),
                    action.parentId() == null ? "" : action.parentId().value(), action.lastUpdatedAt().toString()));
        }
        return csv.toString();
    }

    private static void row(StringBuilder csv, List<String> cells) {
        csv.append(cells.stream().map(ActionCsv::quoted).collect(Collectors.joining(","))).append("\r\n");
    }

    static String quoted(String value) {
        return "\"" + text(value).replace("\"", "\"\"") + "\"";
    }

    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
