package uk.org.networkcommons.networkservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import uk.org.networkcommons.platform.test.api.Api.Response;
import uk.org.networkcommons.platform.test.api.Person;

class NetworkLifecycleIntegrationTest extends IntegrationTestBase {

    static final String LA = "873";

    @Test
    void anLaFormsANetworkAppointsACoordinatorWhoAdmitsSchoolsWhoseStaffThenSeeIt() {
        Person officer = Person.laOfficer(LA);
        String oaks = api.registerSchool(LA, "Oaks Primary");
        String networkId = api.formNetwork(LA, "Riverside Learning Community");
        Person coordinator = Person.staffOf(oaks, LA);
        api.post(officer, "/api/networks/" + networkId + "/leaders", """
                {"userId": "%s", "displayName": "Riverside co-ordinator", "role": "COORDINATOR"}
                """.formatted(coordinator.userId())).expect(201);

        api.post(coordinator, "/api/networks/" + networkId + "/members", """
                {"organisationId": "%s", "role": "LEAD", "effectiveFrom": "2025-09-01"}
                """.formatted(oaks)).expect(201);

        Person head = Person.staffOf(oaks, LA);
        Response network = api.get(head, "/api/networks/" + networkId).expect(200);
        assertThat(network.field("$.name")).isEqualTo("Riverside Learning Community");
        assertThat(network.field("$.memberCount")).isEqualTo("1");
        List<String> names = api.get(head, "/api/networks/" + networkId + "/members").expect(200).read("$[*].name");
        assertThat(names).containsExactly("Oaks Primary");
        List<String> listed = api.get(head, "/api/networks").expect(200).read("$[*].id");
        assertThat(listed).containsExactly(networkId);
    }

    @Test
    void membershipHistoryAnswersWhoWasInTheNetworkOnADate() {
        String oaks = api.registerSchool(LA, "Oaks Primary");
        String elms = api.registerSchool(LA, "Elms Secondary");
        String networkId = api.formNetwork(LA, "Transition Partnership");
        api.admit(LA, networkId, oaks, "2024-09-01");
        api.admit(LA, networkId, elms, "2025-01-06");
        api.post(Person.laOfficer(LA), "/api/networks/%s/members/%s/departure".formatted(networkId, oaks), """
                {"effectiveOn": "2025-08-31", "reason": "Joined a hard federation"}
                """).expect(200);

        Person officer = Person.laOfficer(LA);
        assertThat(api.get(officer, "/api/networks/%s/members?on=2024-12-01".formatted(networkId)).<List<String>>read("$[*].organisationId"))
                .containsExactly(oaks);
        assertThat(api.get(officer, "/api/networks/%s/members?on=2025-03-01".formatted(networkId)).<List<String>>read("$[*].organisationId"))
                .containsExactly(oaks, elms);
        assertThat(api.get(officer, "/api/networks/%s/members".formatted(networkId)).<List<String>>read("$[*].organisationId"))
                .containsExactly(elms);
        assertThat(api.get(officer, "/api/networks/%s/membership-history".formatted(networkId)).<List<String>>read("$[*].until"))
                .containsExactly("2025-08-31", null);
    }

    @Test
    void aSchoolAsksToJoinAndACoordinatorApprovesIt() {
        String oaks = api.registerSchool(LA, "Oaks Primary");
        String networkId = api.formNetwork(LA, "Primary Strategy Learning Network");
        Person head = Person.staffOf(oaks, LA);

        String requestId = api.post(head, "/api/organisations/%s/join-requests".formatted(oaks), """
                {"networkId": "%s", "role": "SPOKE", "message": "We would like to share our maths work"}
                """.formatted(networkId)).expect(202).field("$.id");
        api.get(head, "/api/networks/" + networkId).expect(404);

        Person officer = Person.laOfficer(LA);
        assertThat(api.get(officer, "/api/networks/%s/join-requests".formatted(networkId)).<List<String>>read("$[*].status"))
                .containsExactly("PENDING");
        api.post(officer, "/api/networks/%s/join-requests/%s/approval".formatted(networkId, requestId), "{}").expect(204);

        api.get(head, "/api/networks/" + networkId).expect(200);
        api.post(head, "/api/networks/%s/members".formatted(networkId), """
                {"organisationId": "%s", "role": "MEMBER"}
                """.formatted(oaks)).expect(403);
    }

    @Test
    void aPartnershipAgreementIsVersionedAndAStaleEditIsAConflict() {
        String networkId = api.formNetwork(LA, "Extended Services Cluster");
        Person officer = Person.laOfficer(LA);
        String draft = """
                {"basedOnVersion": %d, "jointObjectives": "Offer extended services across the cluster",
                 "serviceLevelAgreements": [{"service": "Shared SENCo", "fundedBy": "Pooled budget", "terms": "Two days a week per school"}],
                 "withdrawalTerms": "One term's notice; pooled staff stay until the end of the school year"}
                """;
        api.post(officer, "/api/networks/%s/agreement".formatted(networkId), draft.formatted(0)).expect(201);
        api.post(officer, "/api/networks/%s/agreement".formatted(networkId), draft.formatted(1)).expect(201);

        Response stale = api.post(officer, "/api/networks/%s/agreement".formatted(networkId), draft.formatted(1)).expect(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(stale.field("$.detail")).contains("now at version 2");
        assertThat(api.get(officer, "/api/networks/%s/agreement".formatted(networkId)).field("$.version")).isEqualTo("2");
        assertThat(api.get(officer, "/api/networks/%s/agreement/versions".formatted(networkId)).<List<Integer>>read("$[*].version"))
                .containsExactly(1, 2);
    }

    @Test
    void aWriteBasedOnAnOldVersionIsRefusedWithTheCurrentVersion() {
        String networkId = api.formNetwork(LA, "Federation of Two Villages");
        Person officer = Person.laOfficer(LA);
        String etag = api.get(officer, "/api/networks/" + networkId).expect(200).etag();
        api.call(officer, HttpMethod.PUT, "/api/networks/" + networkId, details("Renamed once")).expect(200);

        Response conflict = api.callWithIfMatch(officer, HttpMethod.PUT, "/api/networks/" + networkId,
                details("Renamed from a stale copy"), etag).expect(409);
        assertThat(conflict.field("$.currentVersion")).isEqualTo("2");
        assertThat(api.get(officer, "/api/networks/" + networkId).field("$.name")).isEqualTo("Renamed once");
    }

    @Test
    void dissolvingANetworkHidesItFromFormerMembersButNotFromItsLa() {
        String oaks = api.registerSchool(LA, "Oaks Primary");
        String networkId = api.formNetwork(LA, "Finite Project Network");
        api.admit(LA, networkId, oaks, null);
        Person head = Person.staffOf(oaks, LA);
        api.get(head, "/api/networks/" + networkId).expect(200);

        api.post(Person.laOfficer(LA), "/api/networks/%s/dissolution".formatted(networkId), """
                {"dissolvedOn": "%s", "reason": "Project objectives met"}
                """.formatted(LocalDate.now())).expect(200);

        api.get(head, "/api/networks/" + networkId).expect(404);
        assertThat(api.get(Person.laOfficer(LA), "/api/networks/" + networkId).expect(200).field("$.status")).isEqualTo("DISSOLVED");
    }

    private static String details(String name) {
        return """
                {"name": "%s", "type": "FEDERATION", "basis": "GEOGRAPHIC", "focus": ["SCHOOL_IMPROVEMENT"],
                 "continuumForm": "HARD_FEDERATION", "governanceModel": "TRUST_FEDERATION"}
                """.formatted(name);
    }
}
