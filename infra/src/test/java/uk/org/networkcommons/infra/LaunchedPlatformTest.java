package uk.org.networkcommons.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * The platform as {@code ./run.sh} runs it: the real launcher starts Kafka, the MongoDB stand-in, Keycloak, the three
 * services and the gateway on a fresh data directory, seeds the demo data through the services' APIs, and keeps what
 * was changed across a restart; SIGTERM stops every process it started. Everything below goes through the gateway
 * with tokens Keycloak issued, as a script or the portal would.
 */
@ExtendWith(RunningPlatform.class)
@Order(RunningPlatform.LAST)
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class LaunchedPlatformTest {

    @Test
    void aDemoUserReadsTheirNetworkAndActionsThroughTheGatewayAndTheirChangeSurvivesARestart(LaunchedPlatform platform)
            throws Exception {
        String headTeacher = platform.accessToken("head.teacher");

        LaunchedPlatform.Answer networks = platform.call(headTeacher, "GET", "/api/networks", null);
        assertThat(networks.status()).as(networks.raw()).isEqualTo(200);
        // the head teacher's academy is a member of the north community; they co-ordinate the 14-19 partnership
        assertThat(names(networks.body())).contains("Fernmoor North Learning Community", "Fernmoor 14-19 Partnership")
                .doesNotContain("Fernmoor Primary and Nursery Federation");
        String partnership = idOf(networks.body(), "Fernmoor 14-19 Partnership");
        LaunchedPlatform.Answer network = platform.call(headTeacher, "GET", "/api/networks/" + partnership, null);
        assertThat(network.body().path("memberCount").asInt()).isEqualTo(9);

        LaunchedPlatform.Answer actions = platform.call(headTeacher, "GET", "/api/actions?network=" + partnership,
                null);
        assertThat(actions.status()).as(actions.raw()).isEqualTo(200);
        String actionId = idOf(actions.body().path("items"), "Align the Year 10 option block across the secondary "
                + "schools");
        LaunchedPlatform.Answer action = platform.call(headTeacher, "GET", "/api/actions/" + actionId, null);
        assertThat(action.body().path("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(action.body().path("progress").asInt()).isEqualTo(70);

        String comment = "Timetables checked with every head (" + UUID.randomUUID() + ")";
        LaunchedPlatform.Answer commented = platform.call(headTeacher, "POST", "/api/actions/" + actionId
                + "/comments", "{\"comment\": \"" + comment + "\"}");
        assertThat(commented.status()).as(commented.raw()).isEqualTo(201);
        int networksBefore = platform.call(platform.accessToken("la.officer"), "GET", "/api/networks?size=200", null)
                .body().size();

        platform.restart();

        assertThat(platform.output()).contains("demo-data        already seeded");
        String afterRestart = platform.accessToken("head.teacher");
        LaunchedPlatform.Answer updates = platform.call(afterRestart, "GET", "/api/actions/" + actionId + "/updates",
                null);
        assertThat(updates.status()).as(updates.raw()).isEqualTo(200);
        List<String> comments = new ArrayList<>();
        updates.body().forEach(entry -> comments.add(entry.path("comment").asString("")));
        assertThat(comments).contains(comment);
        // seeded once: the restart added no second copy of the demo's networks
        assertThat(platform.call(platform.accessToken("la.officer"), "GET", "/api/networks?size=200", null).body()
                .size()).isEqualTo(networksBefore).isEqualTo(5);
    }

    @Test
    void theDashboardsServiceAccountReadsItsLasSummaryThroughTheGateway(LaunchedPlatform platform) throws Exception {
        String token = platform.clientCredentialsToken(DemoUsers.DASHBOARD_CLIENT, "dashboard-local-secret");

        LaunchedPlatform.Answer summary = platform.call(token, "GET", "/api/actions/summary?laCode="
                + DemoUsers.LA_CODE, null);

        assertThat(summary.status()).as(summary.raw()).isEqualTo(200);
        // the demo's 14, plus any other tests of this JVM added through the same platform (the browser journey does)
        LaunchedPlatform.Answer listed = platform.call(platform.accessToken("la.officer"), "GET",
                "/api/actions?size=100", null);
        assertThat(summary.body().path("total").asInt()).isGreaterThanOrEqualTo(14)
                .isEqualTo(listed.body().path("items").size());
        assertThat(summary.body().path("overdue").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(summary.body().path("byStatus").propertyNames()).containsExactlyInAnyOrder("PROPOSED", "AGREED",
                "IN_PROGRESS", "BLOCKED", "DONE", "CANCELLED");
        // an LA officer of 901 only: another LA's summary is as unknown to it as to anyone else
        assertThat(platform.call(token, "GET", "/api/actions/summary?laCode=873", null).status()).isEqualTo(404);
    }

    @Test
    void aCallWithATokenKeycloakDidNotIssueIsRefused(LaunchedPlatform platform) throws Exception {
        assertThat(platform.call("not-a-token", "GET", "/api/networks", null).status()).isEqualTo(401);
    }

    private static List<String> names(JsonNode list) {
        List<String> names = new ArrayList<>();
        list.forEach(item -> names.add(item.path("name").asString()));
        return names;
    }

    private static String idOf(JsonNode list, String nameOrTitle) {
        for (JsonNode item : list) {
            if (nameOrTitle.equals(item.path("name").asString(item.path("title").asString("")))) {
                return item.path("id").asString();
            }
        }
        throw new AssertionError("no " + nameOrTitle + " in " + list);
    }
}
