package uk.org.networkcommons.actiontracker.support;

import uk.org.networkcommons.platform.test.api.Person;
import uk.org.networkcommons.platform.test.api.NetworkFeed;
import org.springframework.data.mongodb.core.MongoOperations;

/** A network this service has heard of, with a member school and its co-ordinator (staff of that school). */
public record Networks(NetworkFeed feed, String member, Person coordinator) {

    public static Networks withMemberAndCoordinator(MongoOperations mongo, String laCode) {
        String member = "school-" + Person.Ids.next();
        Person coordinator = Person.staffOf(member, laCode);
        NetworkFeed feed = NetworkFeed.of(laCode);
        feed.publishAndAwait(mongo, feed.formed(), feed.joined(member), feed.appointedCoordinator(coordinator.userId()));
        return new Networks(feed, member, coordinator);
    }

    public String id() {
        return feed.id();
    }
}
