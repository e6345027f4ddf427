package uk.org.networkcommons.actiontracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpMethod;
import uk.org.networkcommons.actiontracker.support.ActionRequests;
import uk.org.networkcommons.platform.test.api.Api.Response;
import uk.org.networkcommons.platform.test.api.Concurrently;
import uk.org.networkcommons.actiontracker.support.Networks;
import uk.org.networkcommons.platform.test.api.Person;

/** Two people changing one action at once: one wins, the other gets 409 with the current version; nothing is lost. */
class ConcurrentUpdateIntegrationTest extends IntegrationTestBase {

    static final String LA = "873";

    @Autowired
    MongoTemplate mongo;

    @Test
    void twoConcurrentUpdatesOfTheSameVersionOneSucceedsTheOtherIsAConflictAndTheLogHoldsOnlyTheWinner()
            throws Exception {
        Networks network = Networks.withMemberAndCoordinator(mongo, LA);
        Person headteacher = Person.staffOf(network.member(), LA);
        String path = "/api/actions/" + api.post(network.coordinator(), "/api/actions",
                ActionRequests.raise(network.id(), "Transition days", network.member(), LocalDate.now().plusMonths(2)))
                .expect(201).field("$.id");
        String etag = api.get(network.coordinator(), path).expect(200).etag();

        List<Response> answers = Concurrently.run(
                () -> api.callWithIfMatch(network.coordinator(), HttpMethod.POST, path + "/progress",
                        ActionRequests.progress(30), etag),
                () -> api.callWithIfMatch(headteacher, HttpMethod.POST, path + "/progress",
                        ActionRequests.progress(60), etag));

        assertThat(answers).extracting(Response::status).containsExactlyInAnyOrder(200, 409);
        Response winner = answers.stream().filter(answer -> answer.status() == 200).findFirst().orElseThrow();
        Response loser = answers.stream().filter(answer -> answer.status() == 409).findFirst().orElseThrow();
        assertThat(loser.contentType()).startsWith("application/problem+json");
        assertThat(loser.field("$.currentVersion")).isEqualTo("2");
        Response log = api.get(network.coordinator(), path + "/updates").expect(200);
        assertThat(log.<List<String>>read("$[*].kind")).containsExactly("RAISED", "PROGRESS");
        assertThat(log.<List<String>>read("$[1].changes[*].to")).containsExactly(winner.field("$.progress"));
        assertThat(api.get(network.coordinator(), path).expect(200).field("$.progress"))
                .isEqualTo(winner.field("$.progress"));
    }

    @Test
    void concurrentUpdatesWithoutIfMatchNeverOverwriteEachOther() throws Exception {
        Networks network = Networks.withMemberAndCoordinator(mongo, LA);
        Person headteacher = Person.staffOf(network.member(), LA);
        String path = "/api/actions/" + api.post(network.coordinator(), "/api/actions",
                ActionRequests.raise(network.id(), "Shared CPD", network.member(), null)).expect(201).field("$.id");

        List<Response> answers = Concurrently.run(
                () -> api.post(network.coordinator(), path + "/progress", ActionRequests.progress(20)),
                () -> api.post(headteacher, path + "/progress", ActionRequests.progress(70)));

        assertThat(answers).extracting(Response::status).containsAnyOf(200).allMatch(s -> s == 200 || s == 409);
        long succeeded = answers.stream().filter(answer -> answer.status() == 200).count();
        Response log = api.get(network.coordinator(), path + "/updates").expect(200);
        assertThat(log.<List<String>>read("$[*].kind")).hasSize((int) succeeded + 1);
        assertThat(api.get(network.coordinator(), path).expect(200).field("$.version"))
                .isEqualTo(Long.toString(succeeded + 1));
    }

    @Test
    void concurrentCommentsWithoutIfMatchAreAllKept() throws Exception {
        Networks network = Networks.withMemberAndCoordinator(mongo, LA);
        Person headteacher = Person.staffOf(network.member(), LA);
        String path = "/api/actions/" + api.post(network.coordinator(), "/api/actions",
                ActionRequests.raise(network.id(), "Shared CPD", network.member(), null)).expect(201).field("$.id");

        List<Response> answers = Concurrently.run(
                () -> api.post(network.coordinator(), path + "/comments", ActionRequests.comment("First")),
                () -> api.post(headteacher, path + "/comments", ActionRequests.comment("Second")),
                () -> api.post(network.coordinator(), path + "/comments", ActionRequests.comment("Third")));

        assertThat(answers).extracting(Response::status).containsOnly(201);
        Response log = api.get(network.coordinator(), path + "/updates").expect(200);
        assertThat(log.<List<String>>read("$[*].comment")).contains("First", "Second", "Third");
        assertThat(log.<List<Integer>>read("$[*].sequence")).containsExactly(1, 2, 3, 4);
    }

    @Test
    void aStaleIfMatchIsAConflictNamingTheCurrentVersion() {
        Networks network = Networks.withMemberAndCoordinator(mongo, LA);
        String path = "/api/actions/" + api.post(network.coordinator(), "/api/actions",
                ActionRequests.raise(network.id(), "Attendance pilot", network.member(), null)).expect(201)
                .field("$.id");
        api.post(network.coordinator(), path + "/status", ActionRequests.status("AGREED", null)).expect(200);
        Response stale = api.callWithIfMatch(network.coordinator(), HttpMethod.POST, path + "/progress",
                ActionRequests.progress(20), "\"1\"").expect(409);
        assertThat(stale.body()).contains("you had version 1, it is now 2");
    }
}
