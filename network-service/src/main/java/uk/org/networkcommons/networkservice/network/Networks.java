package uk.org.networkcommons.networkservice.network;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import uk.org.networkcommons.events.LaCode;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.events.network.NetworkFocus;
import uk.org.networkcommons.events.network.NetworkProfile;
import uk.org.networkcommons.events.network.NetworkType;
import uk.org.networkcommons.networkservice.network.NetworkPolicy.Action;
import uk.org.networkcommons.platform.access.LocalAuthoritySummaries;
import uk.org.networkcommons.platform.outbox.AggregateStore;
import uk.org.networkcommons.platform.outbox.ConcurrentUpdateException;
import uk.org.networkcommons.platform.problem.ForbiddenException;
import uk.org.networkcommons.platform.problem.InvalidRequestException;
import uk.org.networkcommons.platform.problem.NotFoundException;
import uk.org.networkcommons.platform.security.Viewer;

/**
 * Forming, finding and changing networks. Every read and write goes through {@link NetworkPolicy} with the viewer; a
 * network the viewer may not see is reported as not found. Other features change a network through {@link #change}.
 */
@Service
public class Networks {

    private final AggregateStore store;
    private final MongoTemplate mongo;
    private final Clock clock;

    public Networks(AggregateStore store, MongoTemplate mongo, Clock clock) {
        this.store = store;
        this.mongo = mongo;
        this.clock = clock;
    }

    public Network form(Viewer viewer, LaCode laCode, NetworkProfile profile) {
        if (!viewer.isPlatformAdmin() && !viewer.isLaOfficerOf(laCode)) {
            throw new ForbiddenException("Only officers of LA %s can form its networks".formatted(laCode));
        }
        NetworkId id = NetworkId.random();
        requireValidParent(viewer, id, laCode, profile.parentNetworkId());
        return store.save(Network.form(id, laCode, profile, viewer.userId(), clock));
    }

    public Network updateProfile(Viewer viewer, NetworkId id, Long expectedVersion, NetworkProfile profile) {
        return change(viewer, id, expectedVersion, Action.GOVERN, network -> {
            requireValidParent(viewer, id, network.laCode(), profile.parentNetworkId());
            network.updateProfile(profile, viewer.userId(), clock);
            return network;
        });
    }

    public Network dissolve(Viewer viewer, NetworkId id, Long expectedVersion, LocalDate on, String reason) {
        return change(viewer, id, expectedVersion, Action.GOVERN, network -> {
            network.dissolve(on, reason, viewer.userId(), clock);
            return network;
        });
    }

    /** The network, if the viewer may see it; otherwise not found, whether or not it exists. */
    public Network get(Viewer viewer, NetworkId id) {
        return store.findById(id.value(), Network.class)
                .filter(network -> NetworkPolicy.canSee(viewer, network))
                .orElseThrow(() -> new NotFoundException("network", id));
    }

    /** The network, if the viewer may see it and may do the action (403 if only the first). */
    public Network getFor(Viewer viewer, NetworkId id, Action action) {
        Network network = get(viewer, id);
        requireAllowed(viewer, action, network);
        return network;
    }

    /**
     * Loads a network the viewer can see, checks the viewer may do the action, applies the change and saves it with
     * its events in one write.
     *
     * @param expectedVersion the version the viewer last read (from If-Match), or null to apply to whatever is current
     */
    public <R> R change(Viewer viewer, NetworkId id, Long expectedVersion, Action action, Function<Network, R> change) {
        Network network = getFor(viewer, id, action);
        if (expectedVersion != null && expectedVersion != network.version()) {
            throw new ConcurrentUpdateException(id.value(), expectedVersion, network.version());
        }
        R result = change.apply(network);
        store.save(network);
        return result;
    }

    /**
     * Lets an outsider's join request reach an active network they cannot see (they know its id because they were
     * invited). The request shows them nothing of the network; an unknown or dissolved network is not found.
     */
    public <R> R receiveJoinRequest(NetworkId id, Function<Network, R> request) {
        Network network = store.findById(id.value(), Network.class).filter(candidate -> !candidate.isDissolved())
                .orElseThrow(() -> new NotFoundException("network", id));
        R result = request.apply(network);
        store.save(network);
        return result;
    }

    private static void requireAllowed(Viewer viewer, Action action, Network network) {
        if (!NetworkPolicy.may(viewer, action, network)) {
            throw new ForbiddenException(action == Action.GOVERN
                    ? "Only officers of LA %s can do this to its networks".formatted(network.laCode())
                    : "Only the network's co-ordinators or officers of LA %s can do this".formatted(network.laCode()));
        }
    }

    /** The networks the viewer can see, optionally narrowed, by name. */
    public List<Network> search(Viewer viewer, NetworkSearch search) {
        List<Criteria> all = new ArrayList<>();
        all.add(visibleTo(viewer));
        if (search.laCode() != null) {
            all.add(Criteria.where("laCode").is(search.laCode().value()));
        }
        if (search.type() != null) {
            all.add(Criteria.where("profile.type").is(search.type().name()));
        }
        if (search.nameContains() != null && !search.nameContains().isBlank()) {
            all.add(Criteria.where("nameKey").regex(Pattern.quote(search.nameContains().strip().toLowerCase(Locale.ROOT))));
        }
        if (!search.includeDissolved()) {
            all.add(Criteria.where("status").is(Network.Status.ACTIVE.name()));
        }
        Query query = Query.query(new Criteria().andOperator(all)).with(Sort.by("nameKey", "_id"))
                .skip((long) search.page() * search.size()).limit(search.size());
        return mongo.find(query, Network.class);
    }

    /**
     * An LA's networks counted for its officers and the admin. Anyone else is told there is nothing there (404), as
     * for networks they may not see, so nothing about another LA's networks is revealed.
     */
    public LaNetworkSummary summary(Viewer viewer, String laCodeText) {
        LaCode laCode = LocalAuthoritySummaries.requestedBy(viewer, laCodeText);
        List<Network> all = mongo.find(Query.query(Criteria.where("laCode").is(laCode.value()))
                .with(Sort.by("nameKey", "_id")), Network.class);
        Map<String, Long> byType = new TreeMap<>();
        for (NetworkType type : NetworkType.values()) {
            byType.put(type.name(), 0L);
        }
        Map<String, Long> byFocus = new TreeMap<>();
        for (NetworkFocus focus : NetworkFocus.values()) {
            byFocus.put(focus.name(), 0L);
        }
        Set<String> members = new TreeSet<>();
        LocalDate today = LocalDate.now(clock);
        long active = 0;
        for (Network network : all) {
            if (network.isDissolved()) {
                continue;
            }
            active++;
            byType.merge(network.profile().type().name(), 1L, Long::sum);
            network.profile().focus().forEach(focus -> byFocus.merge(focus.name(), 1L, Long::sum));
            network.membersOn(today).forEach(membership -> members.add(membership.organisationId().value()));
        }
        List<LaNetworkSummary.NetworkName> names = all.stream()
                .map(network -> new LaNetworkSummary.NetworkName(network.aggregateId(), network.profile().name(),
                        network.profile().type(), network.status(), network.currentMemberIds().size()))
                .toList();
        return new LaNetworkSummary(laCode.value(), active, all.size() - active, byType, byFocus,
                List.copyOf(members), names);
    }

    public record NetworkSearch(LaCode laCode, NetworkType type, String nameContains, boolean includeDissolved, int page,
            int size) {
    }

    /** The same rule as {@link NetworkPolicy#canSee}, as a query, so lists never hold what the viewer cannot see. */
    private static Criteria visibleTo(Viewer viewer) {
        if (viewer.isPlatformAdmin()) {
            return new Criteria();
        }
        List<Criteria> any = new ArrayList<>();
        if (viewer.roles().contains(Viewer.Role.LA_OFFICER) && viewer.laCode() != null) {
            any.add(Criteria.where("laCode").is(viewer.laCode().value()));
        }
        Criteria active = Criteria.where("status").is(Network.Status.ACTIVE.name());
        if (viewer.organisationId() != null) {
            any.add(new Criteria().andOperator(active, Criteria.where("memberships").elemMatch(
                    Criteria.where("organisationId").is(viewer.organisationId().value()).and("until").is(null))));
        }
        any.add(new Criteria().andOperator(active, Criteria.where("leaders.userId").is(viewer.userId().value())));
        return new Criteria().orOperator(any);
    }

    private void requireValidParent(Viewer viewer, NetworkId id, LaCode laCode, NetworkId parentId) {
        if (parentId == null) {
            return;
        }
        Set<NetworkId> seen = new HashSet<>(Set.of(id));
        NetworkId next = parentId;
        while (next != null) {
            if (!seen.add(next)) {
                throw new InvalidRequestException("parentNetworkId", "would put the network inside itself");
            }
            Network parent = store.findById(next.value(), Network.class)
                    .filter(candidate -> NetworkPolicy.canSee(viewer, candidate))
                    .orElseThrow(() -> new InvalidRequestException("parentNetworkId", "no such network"));
            if (next.equals(parentId) && !parent.laCode().equals(laCode)) {
                throw new InvalidRequestException("parentNetworkId", "must be a network of the same LA");
            }
            next = parent.profile().parentNetworkId();
        }
    }
}
