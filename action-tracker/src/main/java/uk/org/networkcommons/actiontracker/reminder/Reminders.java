package uk.org.networkcommons.actiontracker.reminder;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import uk.org.networkcommons.actiontracker.action.Action;
import uk.org.networkcommons.platform.outbox.AggregateStore;
import uk.org.networkcommons.platform.outbox.ConcurrentUpdateException;

/**
 * Finds open actions past their due date or without an update for {@code stalled-after-days}, and publishes
 * {@code ActionOverdue} once per due date and {@code ActionStalled} once per quiet period. Every instance may run this
 * at the same time: each reminder is claimed in the action's own document (its {@code overdueNotifiedFor} or
 * {@code stalledNotifiedFor} set) in the same version-guarded write that appends the event to the outbox, so of two
 * instances exactly one write succeeds and the other gets a version conflict and moves on.
 */
public class Reminders {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);
    private static final int BATCH = 500;

    private final MongoTemplate mongo;
    private final AggregateStore store;
    private final ReminderProperties properties;
    private final Clock clock;

    public Reminders(MongoTemplate mongo, AggregateStore store, ReminderProperties properties, Clock clock) {
        this.mongo = mongo;
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    /** One check; returns how many reminders this instance claimed (and so will publish). */
    public Result run() {
        LocalDate today = LocalDate.now(clock);
        Instant stalledBefore = Instant.now(clock).minus(properties.stalledAfter());
        int overdue = 0;
        for (Action action : candidates(Criteria.where("dueDate").lt(today).and("overdueNotifiedFor").is(null))) {
            if (action.claimOverdue(today, clock) && saved(action)) {
                overdue++;
            }
        }
        int stalled = 0;
        for (Action action : candidates(Criteria.where("lastUpdatedAt").lt(stalledBefore)
                .and("stalledNotifiedFor").is(null))) {
            if (action.claimStalled(stalledBefore, clock) && saved(action)) {
                stalled++;
            }
        }
        return new Result(overdue, stalled);
    }

    /** What one run claimed. */
    public record Result(int overdue, int stalled) {
    }

    private List<Action> candidates(Criteria due) {
        Query query = Query.query(due.and("status").in(Action.openStatuses().stream().map(Enum::name).toList()))
                .limit(BATCH);
        return mongo.find(query, Action.class);
    }

    private boolean saved(Action action) {
        try {
            store.save(action);
            return true;
        } catch (ConcurrentUpdateException claimedOrChangedElsewhere) {
            log.debug("Reminder for {} not claimed here: {}", action.aggregateId(), claimedOrChangedElsewhere.getMessage());
            return false;
        }
    }
}
