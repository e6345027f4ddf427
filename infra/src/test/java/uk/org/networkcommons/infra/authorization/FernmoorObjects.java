package uk.org.networkcommons.infra.authorization;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * Real objects of the demo's LA (Fernmoor, 901), found by reading through the gateway as its officer: the north
 * learning community with its completed workshop, proposed actions, dimensions, leaders, agreement and actions; the
 * south cluster with its pending join request; and every network's and action's id and name, which no stranger may
 * see anywhere. The demo has no authored library content, so the officer drafts one item and publishes another for
 * the LA; nothing else is created, so the other tests of the launched platform find the demo data as seeded.
 */
final class FernmoorObjects {

    static final String LA = "901";
    static final String NORTH = "Fernmoor North Learning Community";
    static final String SOUTH = "Fernmoor South Extended Services Cluster";

    final String north;
    final String south;
    final String workshop;
    final String proposal;
    final String dimensionKey;
    final String northAction;
    final String southAction;
    final String joinRequest;
    final String leader;
    final String leaderRole;
    final String agreementVersion;
    final String draftItem;
    final String draftTitle;
    final String publishedItem;
    final String publishedTitle;
    /** Every network's name by id. */
    final Map<String, String> networks = new LinkedHashMap<>();
    /** Every action's title by id. */
    final Map<String, String> actions = new LinkedHashMap<>();
    /** The north community's workshops' titles by id, and their proposed actions' ids. */
    final Map<String, String> workshops = new LinkedHashMap<>();
    final List<String> proposals = new ArrayList<>();

    FernmoorObjects(GatewayClient gateway, String officer) {
        gateway.get(officer, "/api/networks?size=200").expect(200, "the officer's networks").json()
                .forEach(network -> networks.put(network.path("id").asString(), network.path("name").asString()));
        north = idOf(networks, NORTH);
        south = idOf(networks, SOUTH);

        JsonNode northWorkshops = gateway.get(officer, "/api/networks/" + north + "/workshops")
                .expect(200, "the north community's workshops").json();
        northWorkshops.forEach(each -> workshops.put(each.path("id").asString(), each.path("title").asString()));
        workshop = northWorkshops.path(0).path("id").asString();
        JsonNode detail = gateway.get(officer, "/api/workshops/" + workshop).expect(200, "the workshop").json();
        detail.path("proposedActions").forEach(each -> proposals.add(each.path("proposalId").asString()));
        proposal = proposals.getFirst();
        dimensionKey = detail.path("dimensions").path(0).path("key").asString();

        gateway.get(officer, "/api/actions?size=200").expect(200, "the officer's actions").json().path("items")
                .forEach(action -> actions.put(action.path("id").asString(), action.path("title").asString()));
        northAction = firstAction(gateway, officer, north);
        southAction = firstAction(gateway, officer, south);

        joinRequest = gateway.get(officer, "/api/networks/" + south + "/join-requests")
                .expect(200, "the south cluster's join requests").json().path(0).path("id").asString();
        JsonNode coordinator = gateway.get(officer, "/api/networks/" + north + "/leaders")
                .expect(200, "the north community's leaders").json().path(0);
        leader = coordinator.path("userId").asString();
        leaderRole = coordinator.path("role").asString();
        agreementVersion = gateway.get(officer, "/api/networks/" + north + "/agreement")
                .expect(200, "the north community's agreement").json().path("version").asString();

        String run = UUID.randomUUID().toString();
        draftTitle = "Authorization matrix draft " + run;
        draftItem = author(gateway, officer, draftTitle);
        publishedTitle = "Authorization matrix LA cameo " + run;
        publishedItem = author(gateway, officer, publishedTitle);
        gateway.post(officer, "/api/library/authored/" + publishedItem + "/publication", null)
                .expect(200, "publishing the LA cameo");

        List.of(north, south, workshop, proposal, dimensionKey, northAction, southAction, joinRequest, leader,
                agreementVersion).forEach(value -> {
                    if (value.isBlank()) {
                        throw new AssertionError("the demo data lacks an object the matrix needs: " + this);
                    }
                });
    }

    private static String firstAction(GatewayClient gateway, String officer, String network) {
        return gateway.get(officer, "/api/actions?size=200&network=" + network)
                .expect(200, "the actions of network " + network).json().path("items").path(0).path("id").asString();
    }

    private static String author(GatewayClient gateway, String officer, String title) {
        return gateway.post(officer, "/api/library/authored", """
                {"kind": "CAMEO", "title": "%s",
                 "summary": "Four primary schools share one transition mentor.",
                 "questions": [{"text": "What would pupils notice first?"}],
                 "challenge": "CAPACITY", "sharing": "LA"}""".formatted(title))
                .expect(201, "drafting " + title).json().path("id").asString();
    }

    private static String idOf(Map<String, String> names, String name) {
        return names.entrySet().stream().filter(entry -> entry.getValue().equals(name)).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> new AssertionError("no " + name + " among " + names.values()));
    }

    @Override
    public String toString() {
        return String.format("north=%s south=%s workshop=%s proposal=%s dimension=%s northAction=%s southAction=%s "
                + "joinRequest=%s leader=%s agreementVersion=%s", north, south, workshop, proposal, dimensionKey,
                northAction, southAction, joinRequest, leader, agreementVersion);
    }
}
