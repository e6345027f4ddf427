package uk.org.networkcommons.networkservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.org.networkcommons.platform.test.api.Api.Response;
import uk.org.networkcommons.platform.test.api.Person;

/**
 * The LA summary counts an LA's active networks by type and focus, lists the organisations in at least one of them
 * today and names every network; it is only for the LA's officers and the admin, everyone else gets the 404 a
 * summary that does not exist gets.
 */
class NetworkSummaryIntegrationTest extends IntegrationTestBase {

    /** An LA of its own, so the summary counts only this test's networks. */
    static final String LA = "304";
    /** Another, for the test of who may see a summary, which forms networks too. */
    static final String GUARDED_LA = "305";

    @Test
    void countsActiveNetworksByTypeAndFocusAndListsTheirCurrentMembers() {
        Person officer = Person.laOfficer(LA);
        String inTwo = api.registerSchool(LA, "Hill Primary");
        String inOne = api.registerSchool(LA, "Vale Primary");
        String leftIt = api.registerSchool(LA, "Moor Primary");
        String onlyDissolved = api.registerSchool(LA, "Brook Primary");
        api.registerSchool(LA, "Lone Primary");
        String cluster = api.formNetwork(LA, "Anchor cluster");
        String federation = api.post(officer, "/api/networks", """
                {"laCode": "%s", "details": {"name": "Beacon federation", "type": "FEDERATION", "basis": "THEMATIC",
                 "focus": ["SCHOOL_IMPROVEMENT"], "continuumForm": "HARD_FEDERATION",
                 "governanceModel": "TRUST_FEDERATION"}}""".formatted(LA)).expect(201).field("$.id");
        String dissolved = api.formNetwork(LA, "Closed cluster");
        api.admit(LA, cluster, inTwo, "2024-09-01");
        api.admit(LA, cluster, inOne, "2024-09-01");
        api.admit(LA, cluster, leftIt, "2024-09-01");
        api.admit(LA, federation, inTwo, "2024-09-01");
        api.admit(LA, dissolved, onlyDissolved, "2024-09-01");
        api.post(officer, "/api/networks/%s/members/%s/departure".formatted(cluster, leftIt),
                "{\"effectiveOn\": \"2025-07-31\"}").expect(200);
        api.post(officer, "/api/networks/%s/dissolution".formatted(dissolved),
                "{\"dissolvedOn\": \"" + LocalDate.now() + "\", \"reason\": \"Objectives met\"}").expect(200);

        Response summary = api.get(officer, "/api/networks/summary?laCode=" + LA).expect(200);

        assertThat(summary.field("$.laCode")).isEqualTo(LA);
        assertThat(summary.field("$.active")).isEqualTo("2");
        assertThat(summary.field("$.dissolved")).isEqualTo("1");
        assertThat(summary.field("$.byType.CLUSTER")).as("the dissolved cluster is not counted").isEqualTo("1");
        assertThat(summary.field("$.byType.FEDERATION")).isEqualTo("1");
        assertThat(summary.field("$.byType.TRUST")).isEqualTo("0");
        assertThat(summary.field("$.byFocus.SCHOOL_IMPROVEMENT")).isEqualTo("2");
        assertThat(summary.field("$.byFocus.EVERY_CHILD_MATTERS_OUTCOMES")).isEqualTo("1");
        assertThat(summary.field("$.byFocus.EXTENDED_SERVICES")).isEqualTo("0");
        assertThat(summary.<List<String>>read("$.memberOrganisationIds"))
                .containsExactlyInAnyOrder(inTwo, inOne).doesNotHaveDuplicates();
        assertThat(summary.<List<String>>read("$.networks[*].id")).containsExactly(cluster, federation, dissolved);
        assertThat(summary.<List<String>>read("$.networks[*].name"))
                .containsExactly("Anchor cluster", "Beacon federation", "Closed cluster");
        assertThat(summary.<List<String>>read("$.networks[*].status")).containsExactly("ACTIVE", "ACTIVE", "DISSOLVED");
        assertThat(summary.field("$.networks[0].memberCount")).isEqualTo("2");
        assertThat(api.get(Person.admin(), "/api/networks/summary?laCode=" + LA).expect(200).field("$.active"))
                .isEqualTo("2");
    }

    @Test
    void onlyTheLasOfficersAndTheAdminMaySeeItAndEveryoneElseIsToldThereIsNothingThere() {
        String school = api.registerSchool(GUARDED_LA, "Member Primary " + Person.Ids.next());
        String network = api.formNetwork(GUARDED_LA, "Network " + Person.Ids.next());
        api.admit(GUARDED_LA, network, school, "2024-09-01");
        Person coordinator = Person.staffOf(school, GUARDED_LA);
        api.post(Person.laOfficer(GUARDED_LA), "/api/networks/%s/leaders".formatted(network), """
                {"userId": "%s", "displayName": "Co-ordinator", "role": "COORDINATOR"}
                """.formatted(coordinator.userId())).expect(201);
        for (Person stranger : List.of(Person.laOfficer("872"), coordinator, Person.staffOf(school, GUARDED_LA))) {
            Response response = api.get(stranger, "/api/networks/summary?laCode=" + GUARDED_LA).expect(404);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.field("$.detail")).isEqualTo("No local authority summary with id " + GUARDED_LA);
        }
        api.get(null, "/api/networks/summary?laCode=" + GUARDED_LA).expect(401);
    }

    @Test
    void aMalformedOrMissingLaCodeIsABadRequestNamingTheParameter() {
        assertThat(api.get(Person.admin(), "/api/networks/summary?laCode=87").expect(400).body()).contains("laCode");
        assertThat(api.get(Person.admin(), "/api/networks/summary").expect(400).body()).contains("laCode");
    }
}
