package uk.org.networkcommons.actiontracker.report;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import uk.org.networkcommons.actiontracker.action.Action;
import uk.org.networkcommons.actiontracker.reminder.ReminderProperties;
import uk.org.networkcommons.events.EcmOutcome;
import uk.org.networkcommons.events.LaCode;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.events.action.ActionStatus;
import uk.org.networkcommons.platform.access.LocalAuthoritySummaries;
import uk.org.networkcommons.platform.access.NetworkAccessProjection;
import uk.org.networkcommons.platform.problem.InvalidRequestException;
import uk.org.networkcommons.platform.security.Viewer;

/**
 * Lists, exports and summaries of actions, with the visibility rule of
 * {@link uk.org.networkcommons.actiontracker.action.ActionPolicy#canSee} as part of the query: the admin sees all;
 * an LA officer the LA's; anyone the actions of the networks they can see and those their organisation owns or is a
 * party to. Lists come in one stable order (due date, undated last, then id) with an opaque cursor.
 */
@Service
public class ActionReports {

    public static final int MAX_PAGE = 200;
    public static final int DEFAULT_PAGE = 50;
    /** An export holds at most this many rows. */
    public static final int MAX_EXPORT = 10_000;
    /** An LA summary names at most this many overdue and this many stalled actions. */
    public static final int ATTENTION_LIST = 20;

    private final MongoTemplate mongo;
    private final NetworkAccessProjection access;
    private final ReminderProperties reminders;
    private final Clock clock;

    public ActionReports(MongoTemplate mongo, NetworkAccessProjection access, ReminderProperties reminders,
            Clock clock) {
        this.mongo = mongo;
        this.access = access;
        this.reminders = reminders;
        this.clock = clock;
    }

    public ActionPage page(Viewer viewer, ActionFilter filter, String cursor, Integer size) {
        int limit = size == null ? DEFAULT_PAGE : size;
        if (limit < 1 || limit > MAX_PAGE) {
            throw new InvalidRequestException("size", "must be from 1 to %d".formatted(MAX_PAGE));
        }
        List<Criteria> all = criteria(viewer, filter);
        if (cursor != null && !cursor.isBlank()) {
            all.add(Criteria.where("sortKey").gt(decode(cursor)));
        }
        Query query = Query.query(new Criteria().andOperator(all)).with(Sort.by("sortKey")).limit(limit + 1);
        List<Action> found = mongo.find(query, Action.class);
        if (found.size() <= limit) {
            return new ActionPage(found, null);
        }
        List<Action> items = found.subList(0, limit);
        return new ActionPage(List.copyOf(items), encode(items.get(items.size() - 1).sortKey()));
    }

    /** Every action the viewer may see that matches, in list order. */
    public List<Action> export(Viewer viewer, ActionFilter filter) {
        Query query = Query.query(new Criteria().andOperator(criteria(viewer, filter))).with(Sort.by("sortKey"))
                .limit(MAX_EXPORT);
        return mongo.find(query, Action.class);
    }

    public String csv(Viewer viewer, ActionFilter filter) {
        return ActionCsv.write(export(viewer, filter));
    }

    /**
     * The summary of an LA's actions, for its officers and the admin. Anyone else is told there is nothing there (404),
     * as for actions they may not see.
     */
    public LaSummary summary(Viewer viewer, String laCodeText) {
        LaCode laCode = LocalAuthoritySummaries.requestedBy(viewer, laCodeText);
        List<Action> actions = mongo.find(Query.query(Criteria.where("laCode").is(laCode.value())), Action.class);
        Map<String, Long> byStatus = new TreeMap<>();
        for (ActionStatus status : ActionStatus.values()) {
            byStatus.put(status.name(), 0L);
        }
        Map<String, Long> byOutcome = new TreeMap<>();
        for (EcmOutcome outcome : EcmOutcome.values()) {
            byOutcome.put(outcome.name(), 0L);
        }
        Map<String, Long> byNetwork = new TreeMap<>();
        LocalDate today = LocalDate.now(clock);
        Instant stalledBefore = Instant.now(clock).minus(reminders.stalledAfter());
        List<Action> overdue = new ArrayList<>();
        List<Action> stalled = new ArrayList<>();
        long done = 0;
        long cancelled = 0;
        for (Action action : actions) {
            byStatus.merge(action.status().name(), 1L, Long::sum);
            action.outcomes().forEach(outcome -> byOutcome.merge(outcome.name(), 1L, Long::sum));
            byNetwork.merge(action.networkId().value(), 1L, Long::sum);
            if (action.isOverdueOn(today)) {
                overdue.add(action);
            }
            if (action.isStalledSince(stalledBefore)) {
                stalled.add(action);
            }
            done += action.status() == ActionStatus.DONE ? 1 : 0;
            cancelled += action.status() == ActionStatus.CANCELLED ? 1 : 0;
        }
        long counted = actions.size() - cancelled;
        double rate = counted == 0 ? 0.0 : Math.round(done * 1000.0 / counted) / 1000.0;
        return new LaSummary(laCode.value(), actions.size(), byStatus, byOutcome, byNetwork, overdue.size(),
                stalled.size(), rate,
                briefs(overdue, Comparator.comparing(Action::dueDate).thenComparing(Action::sortKey)),
                briefs(stalled, Comparator.comparing(Action::lastUpdatedAt).thenComparing(Action::sortKey)));
    }

    private static List<LaSummary.ActionBrief> briefs(List<Action> actions, Comparator<Action> order) {
        return actions.stream().sorted(order).limit(ATTENTION_LIST).map(LaSummary.ActionBrief::of).toList();
    }

    private List<Criteria> criteria(Viewer viewer, ActionFilter filter) {
        List<Criteria> all = new ArrayList<>();
        all.add(visibleTo(viewer));
        String organisation = viewer.organisationId() == null ? null : viewer.organisationId().value();
        if (filter.mine()) {
            List<Criteria> mine = new ArrayList<>();
            mine.add(Criteria.where("ownerUserId").is(viewer.userId().value()));
            if (organisation != null) {
                mine.add(Criteria.where("ownerOrganisationId").is(organisation));
                mine.add(Criteria.where("partyOrganisationIds").is(organisation));
            }
            all.add(new Criteria().orOperator(mine));
        }
        if (filter.organisation()) {
            all.add(organisation == null ? Criteria.where("_id").is(null) : new Criteria().orOperator(
                    Criteria.where("ownerOrganisationId").is(organisation),
                    Criteria.where("partyOrganisationIds").is(organisation)));
        }
        if (filter.network() != null) {
            all.add(Criteria.where("networkId").is(filter.network().value()));
        }
        if (filter.status() != null) {
            all.add(Criteria.where("status").is(filter.status().name()));
        }
        if (filter.outcome() != null) {
            all.add(Criteria.where("outcomes").is(filter.outcome().name()));
        }
        if (filter.dueBefore() != null) {
            all.add(Criteria.where("dueDate").lt(filter.dueBefore()));
        }
        if (filter.dueAfter() != null) {
            all.add(Criteria.where("dueDate").gt(filter.dueAfter()));
        }
        if (filter.overdue()) {
            all.add(Criteria.where("dueDate").lt(LocalDate.now(clock)));
            all.add(Criteria.where("status").in(Action.openStatuses().stream().map(Enum::name).toList()));
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            all.add(Criteria.where("searchText").regex(Pattern.quote(filter.q().strip().toLowerCase(Locale.ROOT))));
        }
        return all;
    }

    private Criteria visibleTo(Viewer viewer) {
        if (viewer.isPlatformAdmin()) {
            return new Criteria();
        }
        List<Criteria> any = new ArrayList<>();
        if (viewer.roles().contains(Viewer.Role.LA_OFFICER) && viewer.laCode() != null) {
            any.add(Criteria.where("laCode").is(viewer.laCode().value()));
        }
        List<String> networks = access.visibleNetworkIds(viewer).stream().map(NetworkId::value).toList();
        if (!networks.isEmpty()) {
            any.add(Criteria.where("networkId").in(networks));
        }
        if (viewer.organisationId() != null) {
            any.add(Criteria.where("ownerOrganisationId").is(viewer.organisationId().value()));
            any.add(Criteria.where("partyOrganisationIds").is(viewer.organisationId().value()));
        }
        if (any.isEmpty()) {
            return Criteria.where("_id").is(null);
        }
        return new Criteria().orOperator(any);
    }

    private static String encode(String sortKey) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sortKey.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String cursor) {
        try {
            String key = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
            if (!key.matches("\\d{4}-\\d{2}-\\d{2}\\|.+")) {
                throw new IllegalArgumentException(key);
            }
            return key;
        } catch (IllegalArgumentException notOurs) {
            throw new InvalidRequestException("cursor", "must be the nextCursor of a previous page");
        }
    }
}
