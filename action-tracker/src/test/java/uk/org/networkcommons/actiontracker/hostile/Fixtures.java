package uk.org.networkcommons.actiontracker.hostile;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.data.mongodb.core.MongoOperations;
import uk.org.networkcommons.actiontracker.support.ActionRequests;
import uk.org.networkcommons.platform.test.api.Api;
import uk.org.networkcommons.platform.test.api.NetworkFeed;
import uk.org.networkcommons.platform.test.api.JsonExamples;
import uk.org.networkcommons.platform.test.api.Person;
import uk.org.networkcommons.platform.test.hostile.AuthorizationMatrix.Fixture;

/**
 * A network of a fresh LA, known to action-tracker only from its events, with a member school whose staff co-ordinate
 * it and a school that left; one action raised by the co-ordinator, owned by the member, with a partner agency as a
 * party. Every value an endpoint needs is filled in, with an officer of the LA as the owner who may do everything. A
 * fresh LA per fixture keeps the officer's list short enough to show the fixture's action on its first page.
 */
final class Fixtures {

    static final String CO_ORDINATOR = "the network's co-ordinator";

    private final Api api;
    private final MongoOperations mongo;

    Fixtures(Api api, MongoOperations mongo) {
        this.api = api;
        this.mongo = mongo;
    }

    Fixture action() {
        long n = Person.Ids.next();
        String la = String.valueOf(300 + n % 400);
        String otherLa = String.valueOf(700 + n % 100);
        String member = "school-" + n;
        String former = "former-school-" + n;
        String outsider = "outsider-school-" + n;
        String party = "party-agency-" + n;
        Person coordinator = Person.staffOf(member, la);
        NetworkFeed network = NetworkFeed.of(la);
        network.publishAndAwait(mongo, network.formed(), network.joined(member), network.joined(former),
                network.left(former), network.appointedCoordinator(coordinator.userId()));
        String title = "Hostile action " + UUID.randomUUID();
        String actionId = api.post(coordinator, "/api/actions", ActionRequests.raise(network.id(), title, member,
                LocalDate.now().plusMonths(1), party)).expect(201).field("$.id");

        return Fixture.ownedBy(Person.laOfficer(la))
                .hidden("actionId", actionId)
                .hidden(network.id())
                .secret(title)
                .value("organisationId", party)
                .value("laCode", la)
                .field("networkId", network.id())
                .field("ownerOrganisationId", member)
                .field("status", "AGREED")
                // optional fields a fuzzer fills in must name real things to get past validation
                .field("parentId", JsonExamples.ABSENT)
                .field("POST /api/actions/{actionId}/parties", "organisationId", "new-party-" + n)
                .query("GET /api/actions", "size=200")
                .alsoAllowed(CO_ORDINATOR, coordinator)
                .stranger("officer of another LA", Person.laOfficer(otherLa))
                .stranger("staff of an unrelated school of the LA", Person.staffOf(outsider, la))
                .stranger("staff of a former member", Person.staffOf(former, la))
                .stranger("staff of an agency of another LA", Person.staffOf("agency-" + n, otherLa));
    }
}
