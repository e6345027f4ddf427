package uk.org.networkcommons.gateway.portal.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import uk.org.networkcommons.gateway.portal.action.ActionLabels;
import uk.org.networkcommons.gateway.portal.dashboard.DashboardApi.ActionBrief;
import uk.org.networkcommons.gateway.portal.dashboard.DashboardApi.ActionSummary;
import uk.org.networkcommons.gateway.portal.dashboard.DashboardApi.NetworkSummary;
import uk.org.networkcommons.gateway.portal.dashboard.DashboardApi.Organisation;
import uk.org.networkcommons.gateway.portal.dashboard.DashboardApi.WorkshopSummary;

/**
 * The figures of one LA's dashboard, worked out from the services' summaries and ready to print: every chart is a list
 * of {@link Bar}s whose label and number the page prints as text, the bar only repeating the number visually.
 */
public record LaDashboard(String laCode, Share schools, long activeNetworks, long dissolvedNetworks,
        List<Bar> networksByType, List<Bar> networksByFocus, long workshopsHeld, long workshopsPlanned,
        List<Workshop> recentWorkshops, long actions, List<Bar> actionsByStatus, List<Bar> actionsByOutcome,
        int completionPercent, long overdue, List<Attention> overdueActions, long stalled,
        List<Attention> stalledActions) {

    /** Organisations of this kind in the register are schools. */
    static final String SCHOOL = "SCHOOL";

    /**
     * One bar of a chart.
     *
     * @param width the bar's length as a percentage of the chart's longest bar (at least 1 when the count is not 0,
     *              so a small number still shows)
     */
    public record Bar(String label, long count, int width) {
    }

    /** How many of the LA's schools are in at least one of its networks. */
    public record Share(long total, long inNetwork, int percent) {

        public long notInNetwork() {
            return total - inNetwork;
        }
    }

    /** A workshop held, named with its network. */
    public record Workshop(String title, String network, String date) {
    }

    /** An action that needs attention (overdue or stalled), with its network and owner named. */
    public record Attention(String id, String title, String network, String owner, String status, int progress,
            String due, String lastUpdated) {
    }

    static LaDashboard of(String laCode, ActionSummary actions, NetworkSummary networks, WorkshopSummary workshops,
            List<Organisation> organisations) {
        ActionLabels labels = ActionLabels.LABELS;
        Map<String, String> networkNames = new HashMap<>();
        networks.networks().forEach(network -> networkNames.put(network.id(), network.name()));
        Map<String, String> organisationNames = new HashMap<>();
        organisations.forEach(organisation -> organisationNames.put(organisation.id(), organisation.name()));
        Function<String, String> network = id -> networkNames.getOrDefault(id, id);
        Function<String, String> organisation = id -> organisationNames.getOrDefault(id, id);

        Set<String> members = new HashSet<>(networks.memberOrganisationIds());
        List<Organisation> schools = organisations.stream().filter(candidate -> SCHOOL.equals(candidate.kind()))
                .toList();
        long inNetwork = schools.stream().filter(school -> members.contains(school.id())).count();
        Share share = new Share(schools.size(), inNetwork, percent(inNetwork, schools.size()));

        List<Bar> byType = bars(networks.byType(), NetworkLabels::type).stream()
                .filter(bar -> bar.count() > 0).toList();
        List<Bar> byFocus = bars(networks.byFocus(), NetworkLabels::focus);
        List<Bar> byStatus = ordered(actions.byStatus(), labels.statuses(), labels::status);
        List<Bar> byOutcome = ordered(actions.byOutcome(), labels.outcomes(), labels::outcome);

        List<Workshop> recent = workshops.recentlyHeld().stream()
                .map(held -> new Workshop(held.title(), network.apply(held.networkId()), labels.date(held.date())))
                .toList();
        Function<ActionBrief, Attention> attention = brief -> new Attention(brief.id(), brief.title(),
                network.apply(brief.networkId()), organisation.apply(brief.ownerOrganisationId()),
                labels.status(brief.status()), brief.progress(),
                brief.dueDate() == null ? "No due date" : labels.date(brief.dueDate()),
                labels.moment(brief.lastUpdatedAt()));
        return new LaDashboard(laCode, share, networks.active(), networks.dissolved(), byType, byFocus,
                workshops.held(), workshops.planned(), recent, actions.total(), byStatus, byOutcome,
                (int) Math.round(actions.completionRate() * 100), actions.overdue(),
                actions.overdueActions().stream().map(attention).toList(), actions.stalled(),
                actions.stalledActions().stream().map(attention).toList());
    }

    /** Bars for every key, the biggest first (then by label), so the chart reads as a ranking. */
    private static List<Bar> bars(Map<String, Long> counts, Function<String, String> label) {
        long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        counts.forEach((key, count) -> bars.add(new Bar(label.apply(key), count, width(count, max))));
        bars.sort(Comparator.comparingLong(Bar::count).reversed().thenComparing(Bar::label));
        return bars;
    }

    /** Bars in a fixed order (the workflow's, the outcomes'), with 0 for keys the service did not count. */
    private static List<Bar> ordered(Map<String, Long> counts, List<String> keys, Function<String, String> label) {
        long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
        return keys.stream().map(key -> {
            long count = counts.getOrDefault(key, 0L);
            return new Bar(label.apply(key), count, width(count, max));
        }).toList();
    }

    static int width(long count, long max) {
        if (count <= 0 || max <= 0) {
            return 0;
        }
        return (int) Math.max(1, Math.round(count * 100.0 / max));
    }

    static int percent(long part, long whole) {
        return whole == 0 ? 0 : (int) Math.round(part * 100.0 / whole);
    }
}
