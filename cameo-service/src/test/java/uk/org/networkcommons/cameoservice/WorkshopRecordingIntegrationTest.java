package uk.org.networkcommons.cameoservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpMethod;
import uk.org.networkcommons.platform.test.api.Api.Response;
import uk.org.networkcommons.platform.test.api.NetworkFeed;
import uk.org.networkcommons.platform.test.api.Person;
import uk.org.networkcommons.cameoservice.support.WorkshopRequests;

/**
 * Who may do what to a workshop, once it is visible: those who run the network plan and complete it; staff of member
 * organisations taking part record what the room agreed; other members only read. Writes are conditional on the
 * version read, and nothing changes after completion.
 */
class WorkshopRecordingIntegrationTest extends IntegrationTestBase {

    static final String LA = "873";

    @Autowired
    MongoTemplate mongo;

    String participating;
    String bystander;
    Person coordinator;
    Person headTeacher;
    NetworkFeed network;
    String workshop;

    @BeforeEach
    void aNetworkWithAScheduledWorkshop() {
        participating = "school-" + Person.Ids.next();
        bystander = "school-" + Person.Ids.next();
        coordinator = Person.staffOf("agency-" + Person.Ids.next(), LA);
        headTeacher = Person.staffOf(participating, LA);
        network = NetworkFeed.of(LA);
        network.publishAndAwait(mongo, network.formed(), network.joined(participating), network.joined(bystander),
                network.appointedCoordinator(coordinator.userId()));
        workshop = "/api/workshops/" + api.post(coordinator, "/api/networks/%s/workshops".formatted(network.id()),
                WorkshopRequests.plan("Capacity review", participating)).expect(201).field("$.id");
    }

    @Test
    void staffOfAParticipatingMemberRecordTheAssessmentButDoNotRunTheWorkshop() {
        api.call(headTeacher, HttpMethod.PUT, workshop + "/dimensions/capacity",
                WorkshopRequests.dimension("Capacity", 2, 3)).expect(200);
        api.post(headTeacher, workshop + "/proposed-actions", WorkshopRequests.action("Share a bursar", participating,
                "capacity")).expect(201);

        assertThat(api.call(headTeacher, HttpMethod.PUT, workshop, WorkshopRequests.plan("Renamed", participating))
                .status()).isEqualTo(403);
        assertThat(api.post(headTeacher, workshop + "/completion", null).status()).isEqualTo(403);
        assertThat(api.post(headTeacher, "/api/networks/%s/workshops".formatted(network.id()),
                WorkshopRequests.plan("Another", participating)).status()).isEqualTo(403);
    }

    @Test
    void staffOfAMemberNotTakingPartReadTheWorkshopButMayNotRecordOnIt() {
        Person otherHead = Person.staffOf(bystander, LA);
        api.get(otherHead, workshop).expect(200);
        Response refused = api.call(otherHead, HttpMethod.PUT, workshop + "/dimensions/capacity",
                WorkshopRequests.dimension("Capacity", 2, 3));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(api.post(otherHead, workshop + "/proposed-actions",
                WorkshopRequests.action("Share a bursar", bystander, null)).status()).isEqualTo(403);
    }

    @Test
    void theOwnerOfAProposedActionMustTakePartOrBeAMemberOfTheNetwork() {
        Response stranger = api.post(headTeacher, workshop + "/proposed-actions",
                WorkshopRequests.action("Someone else's job", "school-elsewhere", null)).expect(400);
        assertThat(stranger.read("$.errors[*].field").toString()).contains("ownerOrganisationId");

        api.post(headTeacher, workshop + "/proposed-actions",
                WorkshopRequests.action("A member not in the room will lead", bystander, null)).expect(201);
    }

    @Test
    void aWriteBasedOnAnOlderVersionIsRefusedWithTheCurrentVersion() {
        Response read = api.get(coordinator, workshop).expect(200);
        assertThat(read.etag()).isEqualTo("\"1\"");
        api.callWithIfMatch(headTeacher, HttpMethod.PUT, workshop + "/dimensions/capacity",
                WorkshopRequests.dimension("Capacity", 2, 3), read.etag()).expect(200);

        Response stale = api.callWithIfMatch(coordinator, HttpMethod.PUT, workshop,
                WorkshopRequests.plan("Renamed from an old copy", participating), read.etag());

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(stale.field("$.currentVersion")).isEqualTo("2");
        assertThat(api.get(coordinator, workshop).field("$.title")).isEqualTo("Capacity review");
        api.callWithIfMatch(coordinator, HttpMethod.PUT, workshop, WorkshopRequests.plan("Renamed", participating),
                "\"2\"").expect(200);
    }

    @Test
    void aCompletedWorkshopIsFrozen() {
        api.call(headTeacher, HttpMethod.PUT, workshop + "/dimensions/capacity",
                WorkshopRequests.dimension("Capacity", 2, 3)).expect(200);
        String proposalId = api.post(headTeacher, workshop + "/proposed-actions",
                WorkshopRequests.action("Share a bursar", participating, null)).expect(201).field("$.proposalId");
        String before = api.post(coordinator, workshop + "/completion", null).expect(200).body();

        List<Response> attempts = List.of(
                api.call(coordinator, HttpMethod.PUT, workshop, WorkshopRequests.plan("Renamed", participating)),
                api.call(headTeacher, HttpMethod.PUT, workshop + "/dimensions/capacity",
                        WorkshopRequests.dimension("Capacity", 3, 3)),
                api.call(headTeacher, HttpMethod.PUT, workshop + "/dimensions/leadership",
                        WorkshopRequests.dimension("Leadership", 1, 2)),
                api.call(coordinator, HttpMethod.DELETE, workshop + "/dimensions/capacity", null),
                api.post(headTeacher, workshop + "/proposed-actions",
                        WorkshopRequests.action("Too late", participating, null)),
                api.call(headTeacher, HttpMethod.PUT, workshop + "/proposed-actions/" + proposalId,
                        WorkshopRequests.action("Rewritten", participating, null)),
                api.call(headTeacher, HttpMethod.DELETE, workshop + "/proposed-actions/" + proposalId, null),
                api.post(coordinator, workshop + "/completion", null));

        assertThat(attempts).allSatisfy(attempt -> {
            assertThat(attempt.status()).as(attempt.body()).isEqualTo(409);
            assertThat(attempt.contentType()).startsWith("application/problem+json");
        });
        assertThat(api.get(coordinator, workshop).body()).isEqualTo(before);
    }

    @Test
    void theLaOfficerMayScheduleButNotInADissolvedNetwork() {
        api.post(Person.laOfficer(LA), "/api/networks/%s/workshops".formatted(network.id()),
                WorkshopRequests.plan("Officer's review", participating)).expect(201);

        network.publishAndAwait(mongo, network.dissolved());

        assertThat(api.post(Person.laOfficer(LA), "/api/networks/%s/workshops".formatted(network.id()),
                WorkshopRequests.plan("After the end", participating)).status()).isEqualTo(409);
        assertThat(api.post(coordinator, "/api/networks/%s/workshops".formatted(network.id()),
                WorkshopRequests.plan("After the end", participating)).status()).isEqualTo(404);
        api.get(Person.laOfficer(LA), workshop).expect(200);
    }

    @Test
    void aPlanMayOnlyPointAtLibraryItemsOfTheRightKind() {
        Response wrongKind = api.call(coordinator, HttpMethod.PUT, workshop, """
                {"title": "Review", "date": "2026-12-01", "challengeIds": ["challenge-focus", "cameo-capacity-1"]}""")
                .expect(400);
        assertThat(wrongKind.body()).contains("challengeIds[1]", "cameo-capacity-1 is a cameo, not a challenge");

        Response unknown = api.call(coordinator, HttpMethod.PUT, workshop, """
                {"title": "Review", "date": "2026-12-01", "questionIds": ["challenge-focus-q1", "no-such-question"]}""")
                .expect(400);
        assertThat(unknown.body()).contains("questionIds[1]", "no-such-question");

        Response origin = api.post(headTeacher, workshop + "/proposed-actions", """
                {"title": "From a cameo", "ownerOrganisationId": "%s", "originCameoId": "scenario-alliance"}"""
                .formatted(participating)).expect(400);
        assertThat(origin.body()).contains("originCameoId", "scenario-alliance is a scenario, not a cameo");
    }
}
