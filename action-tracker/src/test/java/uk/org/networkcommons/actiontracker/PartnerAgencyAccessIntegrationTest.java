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
import uk.org.networkcommons.actiontracker.support.Networks;
import uk.org.networkcommons.platform.test.api.Person;

/**
 * A partner agency (police, health, youth service) that is not a member of the network sees exactly the actions its
 * organisation is a party to, may comment on them but not change them, and loses them when it stops being a party.
 */
class PartnerAgencyAccessIntegrationTest extends IntegrationTestBase {

    static final String LA = "873";

    @Autowired
    MongoTemplate mongo;

    @Test
    void aPartnerAgencySeesAndCommentsOnItsActionOnlyUntilItIsRemovedAsAParty() {
        Networks network = Networks.withMemberAndCoordinator(mongo, LA);
        String agency = "police-" + Person.Ids.next();
        Person officer = Person.staffOf(agency, LA);
        String shared = api.post(network.coordinator(), "/api/actions", ActionRequests.raise(network.id(),
                "Safer routes to school", network.member(), LocalDate.now().plusMonths(1), agency)).expect(201)
                .field("$.id");
        String other = api.post(network.coordinator(), "/api/actions", ActionRequests.raise(network.id(),
                "Shared bursar", network.member(), LocalDate.now().plusMonths(1))).expect(201).field("$.id");

        assertThat(api.get(officer, "/api/actions/" + shared).expect(200).field("$.title"))
                .isEqualTo("Safer routes to school");
        api.post(officer, "/api/actions/%s/comments".formatted(shared),
                ActionRequests.comment("Two PCSOs can cover the crossings")).expect(201);
        Response log = api.get(officer, "/api/actions/%s/updates".formatted(shared)).expect(200);
        assertThat(log.<List<String>>read("$[*].comment")).contains("Two PCSOs can cover the crossings");
        assertThat(log.<List<String>>read("$[*].by")).contains(officer.userId());
        // a party may comment, not change the action
        api.post(officer, "/api/actions/%s/progress".formatted(shared), ActionRequests.progress(50)).expect(403);
        api.post(officer, "/api/actions/%s/parties".formatted(shared), ActionRequests.party("health-1")).expect(403);
        // the network's other actions, and the network itself, stay hidden
        api.get(officer, "/api/actions/" + other).expect(404);
        api.post(officer, "/api/actions/%s/comments".formatted(other), ActionRequests.comment("Hello")).expect(404);
        assertThat(api.get(officer, "/api/actions").expect(200).<List<String>>read("$.items[*].id"))
                .containsExactly(shared);
        assertThat(api.get(officer, "/api/actions?mine=true").expect(200).<List<String>>read("$.items[*].id"))
                .containsExactly(shared);
        assertThat(api.get(officer, "/api/actions/export.csv").expect(200).body()).contains(shared).doesNotContain(other);

        api.call(network.coordinator(), HttpMethod.DELETE, "/api/actions/%s/parties/%s".formatted(shared, agency), null)
                .expect(200);

        api.get(officer, "/api/actions/" + shared).expect(404);
        api.post(officer, "/api/actions/%s/comments".formatted(shared), ActionRequests.comment("Still there?"))
                .expect(404);
        assertThat(api.get(officer, "/api/actions").expect(200).<List<String>>read("$.items[*].id")).isEmpty();
        Response afterwards = api.get(network.coordinator(), "/api/actions/%s/updates".formatted(shared)).expect(200);
        assertThat(afterwards.<List<String>>read("$[*].kind")).containsExactly("RAISED", "COMMENT", "PARTIES");
    }

    @Test
    void staffOfAnOwnerOrganisationOutsideTheNetworkSeeAndUpdateTheirAction() {
        Networks network = Networks.withMemberAndCoordinator(mongo, LA);
        String health = "health-" + Person.Ids.next();
        Person nurse = Person.staffOf(health, LA);
        String id = api.post(network.coordinator(), "/api/actions", ActionRequests.raise(network.id(),
                "School nurse drop-ins", health, LocalDate.now().plusMonths(1))).expect(201).field("$.id");
        api.post(nurse, "/api/actions/%s/status".formatted(id), ActionRequests.status("AGREED", null)).expect(200);
        api.post(nurse, "/api/actions/%s/parties".formatted(id), ActionRequests.party("youth-1")).expect(403);
        api.get(Person.staffOf("health-" + Person.Ids.next(), LA), "/api/actions/" + id).expect(404);
    }
}
