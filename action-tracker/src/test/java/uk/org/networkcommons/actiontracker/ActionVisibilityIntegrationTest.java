package uk.org.networkcommons.actiontracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.org.networkcommons.actiontracker.support.ActionRequests;
import uk.org.networkcommons.platform.test.api.Api.Response;
import uk.org.networkcommons.platform.test.api.NetworkFeed;
import uk.org.networkcommons.platform.test.api.Person;

/**
 * The lists, the CSV export and the LA summary of another LA's officer hold none of this LA's actions, and an unknown
 * action is not found even for the admin. That every endpoint hides an action from those who may not see it, as if
 * it did not exist, is checked for the whole OpenAPI document by
 * {@link uk.org.networkcommons.actiontracker.hostile.AuthorizationMatrixTest}.
 */
class ActionVisibilityIntegrationTest extends IntegrationTestBase {

    static final String LA = "873";
    static final String OTHER_LA = "872";

    @Autowired
    MongoTemplate mongo;

    /**
     * A network (known only from its events) with a member school that owns an action, a former member, an
     * organisation of the LA that is not a member, a partner agency that is party to the action, and a co-ordinator.
     */
    record Fixture(String networkId, String member, String formerMember, String outsider, String party,
            Person coordinator, String actionId) {
    }

    @Test
    void theListsAndExportOfAnotherLasOfficerHoldNoneOfThisLasActions() {
        fixture();
        Person otherOfficer = Person.laOfficer(OTHER_LA);
        NetworkFeed theirs = NetworkFeed.of(OTHER_LA);
        theirs.publishAndAwait(mongo, theirs.formed());
        String their = api.post(otherOfficer, "/api/actions", ActionRequests.raise(theirs.id(), "Their own",
                "school-" + Person.Ids.next(), null)).expect(201).field("$.id");

        List<String> laCodes = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            Response page = api.get(otherOfficer, "/api/actions?size=2" + (cursor == null ? "" : "&cursor=" + cursor))
                    .expect(200);
            laCodes.addAll(page.read("$.items[*].laCode"));
            ids.addAll(page.read("$.items[*].id"));
            cursor = page.field("$.nextCursor");
        } while (cursor != null);
        assertThat(ids).contains(their);
        assertThat(laCodes).containsOnly(OTHER_LA);
        assertThat(api.get(otherOfficer, "/api/actions/export.csv").expect(200).body()).doesNotContain("\"" + LA + "\"");
        api.get(otherOfficer, "/api/actions/summary?laCode=" + LA).expect(404);
        assertThat(api.get(otherOfficer, "/api/actions/summary?laCode=" + OTHER_LA).expect(200).field("$.total"))
                .isNotEqualTo("0");
        api.get(Person.admin(), "/api/actions/summary?laCode=" + LA).expect(200);
    }

    @Test
    void anUnknownActionIsNotFoundEvenForThePlatformAdmin() {
        api.get(Person.admin(), "/api/actions/no-such-action").expect(404);
        api.post(Person.admin(), "/api/actions/no-such-action/comments", ActionRequests.comment("Hello")).expect(404);
        api.post(Person.admin(), "/api/actions", ActionRequests.raise("no-such-network", "Nowhere", "school-1", null))
                .expect(404);
    }

    private Fixture fixture() {
        String member = "school-" + Person.Ids.next();
        String former = "school-" + Person.Ids.next();
        String outsider = "school-" + Person.Ids.next();
        String party = "agency-" + Person.Ids.next();
        Person coordinator = Person.staffOf(member, LA);
        NetworkFeed network = NetworkFeed.of(LA);
        network.publishAndAwait(mongo, network.formed(), network.joined(member), network.joined(former),
                network.left(former), network.appointedCoordinator(coordinator.userId()));
        String actionId = api.post(coordinator, "/api/actions", ActionRequests.raise(network.id(), "Pool the budget",
                member, LocalDate.now().plusMonths(1), party)).expect(201).field("$.id");
        return new Fixture(network.id(), member, former, outsider, party, coordinator, actionId);
    }
}
