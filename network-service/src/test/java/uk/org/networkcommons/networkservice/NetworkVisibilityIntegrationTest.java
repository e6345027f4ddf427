package uk.org.networkcommons.networkservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.org.networkcommons.platform.test.api.Person;

/**
 * Lists hold only the networks the viewer can see. That every endpoint answers 404 to people who may not see a
 * network, as for one that does not exist, is checked for the whole OpenAPI document by
 * {@link uk.org.networkcommons.networkservice.hostile.AuthorizationMatrixTest}.
 */
class NetworkVisibilityIntegrationTest extends IntegrationTestBase {

    static final String LA = "873";
    static final String OTHER_LA = "872";

    /** A network with a member, a former member, a co-ordinator, a pending join request and an agreement. */
    record Fixture(String networkId, String member, String formerMember, String outsider, String applicant,
            String requestId, Person coordinator) {
    }

    @Test
    void listsHoldOnlyNetworksTheViewerCanSee() {
        Fixture fixture = fixture();
        assertThat(api.get(Person.laOfficer(OTHER_LA), "/api/networks").expect(200).<List<String>>read("$[*].id"))
                .doesNotContain(fixture.networkId());
        assertThat(api.get(Person.staffOf(fixture.outsider(), LA), "/api/networks").expect(200).<List<String>>read("$[*].id"))
                .doesNotContain(fixture.networkId());
        assertThat(api.get(Person.staffOf(fixture.formerMember(), LA), "/api/networks").expect(200).<List<String>>read("$[*].id"))
                .doesNotContain(fixture.networkId());
        assertThat(api.get(Person.staffOf(fixture.member(), LA), "/api/networks").expect(200).<List<String>>read("$[*].id"))
                .containsExactly(fixture.networkId());
        assertThat(api.get(fixture.coordinator(), "/api/networks").expect(200).<List<String>>read("$[*].id"))
                .contains(fixture.networkId());
    }

    private Fixture fixture() {
        String member = api.registerSchool(LA, "Member School " + Person.Ids.next());
        String former = api.registerSchool(LA, "Former Member " + Person.Ids.next());
        String outsider = api.registerSchool(LA, "Outsider School " + Person.Ids.next());
        String applicant = api.registerSchool(LA, "Applicant School " + Person.Ids.next());
        String networkId = api.formNetwork(LA, "Network " + Person.Ids.next());
        api.admit(LA, networkId, member, "2024-09-01");
        api.admit(LA, networkId, former, "2024-09-01");
        api.post(Person.laOfficer(LA), "/api/networks/%s/members/%s/departure".formatted(networkId, former),
                "{\"effectiveOn\": \"2025-07-31\"}").expect(200);
        Person coordinator = Person.staffOf(member, LA);
        api.post(Person.laOfficer(LA), "/api/networks/%s/leaders".formatted(networkId), """
                {"userId": "%s", "displayName": "Co-ordinator", "role": "COORDINATOR"}
                """.formatted(coordinator.userId())).expect(201);
        String requestId = api.post(Person.staffOf(applicant, LA), "/api/organisations/%s/join-requests".formatted(applicant),
                "{\"networkId\": \"%s\", \"role\": \"MEMBER\"}".formatted(networkId)).expect(202).field("$.id");
        api.post(Person.laOfficer(LA), "/api/networks/%s/agreement".formatted(networkId), """
                {"basedOnVersion": 0, "jointObjectives": "Share CPD", "serviceLevelAgreements": [],
                 "withdrawalTerms": "A term's notice"}""").expect(201);
        return new Fixture(networkId, member, former, outsider, applicant, requestId, coordinator);
    }
}
