package uk.org.networkcommons.infra.demo;

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import uk.org.networkcommons.infra.DemoUsers;

/**
 * Replays the {@link DemoData} through the services' own HTTP APIs, each step as the demo user the data set names
 * (ADR 18): the platform admin registers the organisations under their fixed ids, the LA officer forms the networks
 * and appoints their co-ordinators, co-ordinators admit members and record agreements and workshops, staff record
 * what they own. Every rule, event and projection of the services applies exactly as it would to people using the
 * portal, so the demo never holds a state the platform could not reach by itself.
 */
public final class DemoSeeder implements AutoCloseable {

    /** Where the services listen. */
    public record Endpoints(String issuer, String networkService, String cameoService, String actionTracker) {
    }

    /** What was seeded, for the launcher's summary. */
    public record Seeded(int organisations, int networks, int workshops, int actions) {
    }

    private static final Duration TRACKER_PATIENCE = Duration.ofSeconds(90);

    private final DemoData data;
    private final HttpClient http;
    private final Api networks;
    private final Api cameos;
    private final Api actions;
    private final Consumer<String> progress;
    private final LocalDate today;

    public DemoSeeder(DemoData data, Endpoints endpoints, Consumer<String> progress, LocalDate today) {
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        SignIns signIns = new SignIns(http, endpoints.issuer());
        this.data = data;
        this.networks = new Api(http, signIns, "network-service", endpoints.networkService());
        this.cameos = new Api(http, signIns, "cameo-service", endpoints.cameoService());
        this.actions = new Api(http, signIns, "action-tracker", endpoints.actionTracker());
        this.progress = progress;
        this.today = today;
    }

    /** Releases the HTTP client's connections and threads. */
    @Override
    public void close() {
        http.close();
    }

    /**
     * Whether the platform already holds networks of the demo's LA: then it is not empty, and seeding would add a
     * second copy of each network (organisations have fixed ids, networks do not).
     */
    public boolean laHasNetworks() {
        JsonNode found = networks.get(data.registeredBy(), "/api/networks?laCode=" + data.localAuthority()
                + "&includeDissolved=true&size=1");
        return !found.isEmpty();
    }

    /** @throws DemoDataFailure naming the call and the service's answer when a step is refused */
    public Seeded seed() {
        Seeded seeded = seed(data);
        progress.accept(seeded.actions() + " actions in the tracker: " + statusCounts());
        return seeded;
    }

    /**
     * Seeds {@link DemoData#copy copy} {@code number} of the data set on top of what is there, to grow the platform
     * (the performance profile measures reads at many times the demo's size). Copies may be seeded from several threads
     * at once: they share no organisation or network, and this seeder keeps nothing between calls but the demo users'
     * tokens, which {@link SignIns} hands out under a lock.
     *
     * @throws DemoDataFailure naming the call and the service's answer when a step is refused
     */
    public Seeded seedCopy(int number) {
        return seed(data.copy(number));
    }

    private Seeded seed(DemoData dataSet) {
        registerOrganisations(dataSet);
        Map<DemoData.Network, String> formed = new LinkedHashMap<>();
        for (DemoData.Network network : dataSet.networks()) {
            formed.put(network, form(dataSet.localAuthority(), network));
        }
        int workshops = 0;
        int raised = 0;
        for (Map.Entry<DemoData.Network, String> network : formed.entrySet()) {
            for (DemoData.Workshop workshop : network.getKey().workshops()) {
                raised += holdWorkshop(network.getValue(), network.getKey().details().name(), workshop);
                workshops++;
            }
            for (DemoData.Action action : network.getKey().actions()) {
                raise(network.getValue(), action);
                raised++;
            }
        }
        return new Seeded(dataSet.organisations().size(), formed.size(), workshops, raised);
    }

    private void registerOrganisations(DemoData dataSet) {
        int created = 0;
        for (DemoData.Organisation organisation : dataSet.organisations()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("id", organisation.id());
            body.put("name", organisation.name());
            body.put("kind", organisation.kind());
            body.put("laCode", organisation.laCode());
            body.put("urn", organisation.urn());
            body.put("phase", organisation.phase());
            body.put("agencyType", organisation.agencyType());
            networks.post(data.registeredBy(), "/api/organisations", body);
            created++;
        }
        progress.accept(created + " organisations registered in LA " + dataSet.localAuthority() + " (as "
                + data.registeredBy() + ")");
    }

    private String form(String localAuthority, DemoData.Network network) {
        DemoData.NetworkDetails details = network.details();
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("name", details.name());
        profile.put("type", details.type());
        profile.put("basis", details.basis());
        profile.put("focus", details.focus());
        profile.put("continuumForm", details.continuumForm());
        profile.put("governanceModel", details.governanceModel());
        profile.put("objectives", details.objectives());
        profile.put("endsOn", DemoData.date(details.endsOn(), today));
        String id = networks.post(network.formedBy(), "/api/networks",
                Map.of("laCode", localAuthority, "details", profile)).path("id").asString();
        String base = "/api/networks/" + id;

        for (DemoData.Leader leader : network.leaders()) {
            networks.post(leader.by(), base + "/leaders", Map.of("userId", userId(leader.user()),
                    "displayName", leader.displayName(), "role", leader.role()));
        }
        for (DemoData.Member member : network.members()) {
            networks.post(network.membersAdmittedBy(), base + "/members", Map.of("organisationId",
                    member.organisation(), "role", member.role(), "effectiveFrom",
                    DemoData.date(member.since(), today)));
        }
        for (DemoData.Departure departure : network.departures()) {
            networks.post(network.membersAdmittedBy(), base + "/members/" + departure.organisation() + "/departure",
                    Map.of("effectiveOn", DemoData.date(departure.on(), today), "reason", departure.reason()));
        }
        String agreement = "";
        if (network.agreement() != null) {
            DemoData.Agreement draft = network.agreement();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("basedOnVersion", 0);
            body.put("jointObjectives", draft.jointObjectives());
            body.put("serviceLevelAgreements", draft.serviceLevelAgreements());
            body.put("withdrawalTerms", draft.withdrawalTerms());
            body.put("consultation", draft.consultation());
            int version = networks.post(draft.by(), base + "/agreement", body).path("version").asInt();
            agreement = ", agreement version " + version;
        }
        for (DemoData.JoinRequest request : network.joinRequests()) {
            networks.post(request.by(), "/api/organisations/" + request.organisation() + "/join-requests",
                    Map.of("networkId", id, "role", request.role(), "message", request.message()));
        }
        progress.accept("network \"" + details.name() + "\": " + count(network.members().size()
                - network.departures().size(), "member") + " today, " + count(network.leaders().size(), "leader")
                + agreement + (network.joinRequests().isEmpty() ? "" : ", "
                + count(network.joinRequests().size(), "join request") + " waiting"));
        return id;
    }

    /** Schedules, records and completes the workshop; returns how many actions the tracker made of its proposals. */
    private int holdWorkshop(String networkId, String networkName, DemoData.Workshop workshop) {
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("title", workshop.title());
        plan.put("date", DemoData.date(workshop.date(), today));
        plan.put("facilitator", workshop.facilitator());
        plan.put("challengeIds", workshop.challengeIds());
        plan.put("cameoIds", workshop.cameoIds());
        plan.put("scenarioIds", workshop.scenarioIds());
        plan.put("questionIds", workshop.questionIds());
        plan.put("participantOrganisationIds", workshop.participantOrganisationIds());
        // cameo-service learns of the network, its co-ordinator and members from network-service's events
        String id = cameos.eventually(workshop.scheduledBy(), "POST", "/api/networks/" + networkId + "/workshops",
                plan).path("id").asString();
        String base = "/api/workshops/" + id;

        for (DemoData.Dimension dimension : workshop.dimensions()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("name", dimension.name());
            body.put("now", dimension.now());
            body.put("target", dimension.target());
            body.put("notes", dimension.notes());
            cameos.eventually(dimension.by(), "PUT", base + "/dimensions/" + dimension.key(), body);
        }
        for (DemoData.ProposedAction proposal : workshop.proposedActions()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("title", proposal.title());
            body.put("description", proposal.description());
            body.put("ownerOrganisationId", proposal.ownerOrganisationId());
            body.put("dueDate", DemoData.date(proposal.dueDate(), today));
            body.put("outcomes", proposal.outcomes());
            body.put("dimensionKey", proposal.dimensionKey());
            body.put("originQuestionId", proposal.originQuestionId());
            body.put("originCameoId", proposal.originCameoId());
            cameos.eventually(proposal.by(), "POST", base + "/proposed-actions", body);
        }
        cameos.post(workshop.completedBy(), base + "/completion", null);
        progress.accept("workshop \"" + workshop.title() + "\" of " + networkName + ": "
                + count(workshop.dimensions().size(), "dimension") + " assessed, "
                + count(workshop.proposedActions().size(), "action") + " proposed, completed");

        // the tracker makes one action of each proposal when it consumes the completed workshop's events
        Map<String, String> byTitle = awaitActions(networkId, workshop.proposedActions().stream()
                .map(DemoData.ProposedAction::title).toList());
        for (DemoData.ProposedAction proposal : workshop.proposedActions()) {
            takeSteps(byTitle.get(proposal.title()), proposal.steps());
        }
        return workshop.proposedActions().size();
    }

    private void raise(String networkId, DemoData.Action action) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("networkId", networkId);
        body.put("title", action.title());
        body.put("description", action.description());
        body.put("ownerOrganisationId", action.ownerOrganisationId());
        body.put("partyOrganisationIds", action.partyOrganisationIds());
        body.put("dueDate", DemoData.date(action.dueDate(), today));
        body.put("priority", action.priority());
        body.put("outcomes", action.outcomes());
        List<Map<String, Object>> milestones = new ArrayList<>();
        for (DemoData.Milestone milestone : action.milestones()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("title", milestone.title());
            entry.put("due", DemoData.date(milestone.due(), today));
            entry.put("done", milestone.done());
            milestones.add(entry);
        }
        body.put("milestones", milestones);
        // the tracker learns who runs the network from network-service's events
        String id = actions.eventually(action.by(), "POST", "/api/actions", body).path("id").asString();
        takeSteps(id, action.steps());
    }

    private void takeSteps(String actionId, List<DemoData.Step> steps) {
        for (DemoData.Step step : steps) {
            Map<String, Object> body = new HashMap<>();
            body.put("progress", step.progress());
            body.put("comment", step.comment());
            body.put("evidenceLink", step.evidenceLink());
            if (step.status() == null) {
                actions.eventually(step.by(), "POST", "/api/actions/" + actionId + "/progress", body);
            } else {
                body.put("status", step.status());
                body.put("reason", step.reason());
                actions.eventually(step.by(), "POST", "/api/actions/" + actionId + "/status", body);
            }
        }
    }

    /** The ids of the network's actions with these titles, once the tracker has made all of them. */
    private Map<String, String> awaitActions(String networkId, List<String> titles) {
        long deadline = System.nanoTime() + TRACKER_PATIENCE.toNanos();
        while (true) {
            Map<String, String> byTitle = new HashMap<>();
            for (JsonNode action : actions.get(data.registeredBy(), "/api/actions?network=" + networkId + "&size=200")
                    .path("items")) {
                byTitle.put(action.path("title").asString(), action.path("id").asString());
            }
            if (byTitle.keySet().containsAll(titles)) {
                return byTitle;
            }
            if (System.nanoTime() > deadline) {
                throw new DemoDataFailure("the action tracker made " + byTitle.size() + " of the " + titles.size()
                        + " proposed actions within " + TRACKER_PATIENCE.toSeconds() + " s of the workshop's completion");
            }
            Api.pause(Duration.ofMillis(300));
        }
    }

    /** As the tracker reports them: how many in each status, and how many are overdue. */
    private String statusCounts() {
        JsonNode summary = actions.get(data.registeredBy(), "/api/actions/summary?laCode=" + data.localAuthority());
        StringBuilder counts = new StringBuilder();
        summary.path("byStatus").properties().forEach(status -> counts.append(counts.isEmpty() ? "" : ", ")
                .append(status.getValue().asInt()).append(' ').append(status.getKey()));
        return counts + "; " + summary.path("overdue").asInt() + " overdue";
    }

    static String count(int number, String noun) {
        return number + " " + noun + (number == 1 ? "" : "s");
    }

    private static String userId(String username) {
        return DemoUsers.ALL.stream().filter(user -> user.username().equals(username)).findFirst()
                .orElseThrow(() -> new DemoDataFailure("the demo data names " + username + ", who is no demo user"))
                .userId();
    }
}
