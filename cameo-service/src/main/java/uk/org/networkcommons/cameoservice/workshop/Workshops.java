package uk.org.networkcommons.cameoservice.workshop;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BiFunction;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import uk.org.networkcommons.cameoservice.library.LibraryItems;
import uk.org.networkcommons.cameoservice.workshop.WorkshopPolicy.Action;
import uk.org.networkcommons.events.LaCode;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.events.WorkshopId;
import uk.org.networkcommons.events.network.NetworkAccess;
import uk.org.networkcommons.events.workshop.WorkshopPlan;
import uk.org.networkcommons.platform.access.LocalAuthoritySummaries;
import uk.org.networkcommons.platform.access.NetworkAccessProjection;
import uk.org.networkcommons.platform.access.NetworkVisibility;
import uk.org.networkcommons.platform.outbox.AggregateStore;
import uk.org.networkcommons.platform.outbox.ConcurrentUpdateException;
import uk.org.networkcommons.platform.problem.ConflictException;
import uk.org.networkcommons.platform.problem.ForbiddenException;
import uk.org.networkcommons.platform.problem.NotFoundException;
import uk.org.networkcommons.platform.security.Viewer;

/**
 * Scheduling, reading, recording on and completing workshops. Every call decides on the network's access as this
 * service's projection holds it now ({@link WorkshopPolicy}); a workshop whose network the viewer cannot see is
 * reported exactly like one that does not exist. Every change is one single-document write with its events.
 */
@Service
public class Workshops {

    /** How many of the latest completed workshops an LA summary names. */
    public static final int RECENTLY_HELD = 10;

    private static final Comparator<Workshop> BY_DATE = Comparator.comparing(Workshop::date)
            .thenComparing(Workshop::scheduledAt).thenComparing(w -> w.id().value());

    private final AggregateStore store;
    private final MongoTemplate mongo;
    private final NetworkAccessProjection access;
    private final LibraryReferences library;
    private final Clock clock;

    public Workshops(AggregateStore store, MongoTemplate mongo, NetworkAccessProjection access, LibraryItems library,
            Clock clock) {
        this.store = store;
        this.mongo = mongo;
        this.access = access;
        this.library = new LibraryReferences(library);
        this.clock = clock;
    }

    public Workshop schedule(Viewer viewer, NetworkId networkId, WorkshopPlan plan) {
        NetworkAccess network = visibleNetwork(viewer, networkId);
        if (!NetworkVisibility.runs(viewer, network)) {
            throw new ForbiddenException(onlyRunners(network));
        }
        if (network.dissolved()) {
            throw new ConflictException("This network has been dissolved; it can no longer hold workshops");
        }
        library.requireValid(plan);
        return store.save(Workshop.schedule(WorkshopId.random(), networkId, network.laCode(), plan, viewer.userId(),
                clock));
    }

    /** The network's workshops, earliest first, if the viewer can see the network. */
    public List<Workshop> ofNetwork(Viewer viewer, NetworkId networkId) {
        visibleNetwork(viewer, networkId);
        return mongo.find(Query.query(Criteria.where("networkId").is(networkId.value())), Workshop.class).stream()
                .sorted(BY_DATE).toList();
    }

    /** The network's completed workshops, earliest first: its self-assessment history. */
    public List<Workshop> completedOf(Viewer viewer, NetworkId networkId) {
        return ofNetwork(viewer, networkId).stream().filter(Workshop::isCompleted).toList();
    }

    /**
     * The workshops of an LA's networks, counted for its officers and the admin. Anyone else is told there is nothing
     * there (404), as for workshops they may not see, so nothing about another LA's workshops is revealed.
     */
    public LaWorkshopSummary summary(Viewer viewer, String laCodeText) {
        LaCode laCode = LocalAuthoritySummaries.requestedBy(viewer, laCodeText);
        List<Workshop> all = mongo.find(Query.query(Criteria.where("laCode").is(laCode.value())), Workshop.class);
        List<Workshop> held = all.stream().filter(Workshop::isCompleted).sorted(BY_DATE.reversed()).toList();
        Map<String, Long> heldByNetwork = new TreeMap<>();
        held.forEach(workshop -> heldByNetwork.merge(workshop.networkId().value(), 1L, Long::sum));
        List<LaWorkshopSummary.Held> recent = held.stream().limit(RECENTLY_HELD)
                .map(workshop -> new LaWorkshopSummary.Held(workshop.aggregateId(), workshop.networkId().value(),
                        workshop.plan().title(), workshop.date(), workshop.completedAt()))
                .toList();
        return new LaWorkshopSummary(laCode.value(), all.size(), held.size(), all.size() - held.size(), heldByNetwork,
                recent);
    }

    /** The workshop, if the viewer can see its network; otherwise not found, whether or not it exists. */
    public Workshop get(Viewer viewer, WorkshopId id) {
        return load(viewer, id).workshop();
    }

    public Workshop changePlan(Viewer viewer, WorkshopId id, Long expectedVersion, WorkshopPlan plan) {
        return change(viewer, id, expectedVersion, Action.RUN, (workshop, network) -> {
            library.requireValid(plan);
            workshop.changePlan(plan, network.memberOrganisationIds(), viewer.userId(), clock);
            return workshop;
        });
    }

    public Workshop recordDimension(Viewer viewer, WorkshopId id, Long expectedVersion, String key, String name,
            Position now, Position target, String notes) {
        return change(viewer, id, expectedVersion, Action.RECORD, (workshop, network) -> {
            workshop.recordDimension(key, name, now, target, notes, viewer.userId(), clock);
            return workshop;
        });
    }

    public Workshop removeDimension(Viewer viewer, WorkshopId id, Long expectedVersion, String key) {
        return change(viewer, id, expectedVersion, Action.RECORD, (workshop, network) -> {
            workshop.removeDimension(key);
            return workshop;
        });
    }

    public Proposal propose(Viewer viewer, WorkshopId id, Long expectedVersion, ActionDraft draft) {
        return change(viewer, id, expectedVersion, Action.RECORD, (workshop, network) -> {
            library.requireValid(draft);
            ProposedAction action = workshop.propose(UUID.randomUUID().toString(), draft,
                    network.memberOrganisationIds(), viewer.userId(), clock);
            return new Proposal(workshop, action);
        });
    }

    public Proposal reviseProposal(Viewer viewer, WorkshopId id, Long expectedVersion, String proposalId,
            ActionDraft draft) {
        return change(viewer, id, expectedVersion, Action.RECORD, (workshop, network) -> {
            library.requireValid(draft);
            ProposedAction action = workshop.reviseProposal(proposalId, draft, network.memberOrganisationIds(),
                    viewer.userId(), clock);
            return new Proposal(workshop, action);
        });
    }

    public Workshop withdrawProposal(Viewer viewer, WorkshopId id, Long expectedVersion, String proposalId) {
        return change(viewer, id, expectedVersion, Action.RECORD, (workshop, network) -> {
            workshop.withdrawProposal(proposalId);
            return workshop;
        });
    }

    public Workshop complete(Viewer viewer, WorkshopId id, Long expectedVersion) {
        return change(viewer, id, expectedVersion, Action.RUN, (workshop, network) -> {
            workshop.complete(viewer.userId(), clock);
            return workshop;
        });
    }

    /** A proposed action together with the workshop it is now part of (whose version the client needs next). */
    public record Proposal(Workshop workshop, ProposedAction action) {
    }

    /**
     * Loads a workshop the viewer can see, checks they may do the action, applies the change and saves it with its
     * events in one write.
     *
     * @param expectedVersion the version the viewer last read (from If-Match), or null to apply to whatever is current
     */
    private <R> R change(Viewer viewer, WorkshopId id, Long expectedVersion, Action action,
            BiFunction<Workshop, NetworkAccess, R> change) {
        Loaded loaded = load(viewer, id);
        Workshop workshop = loaded.workshop();
        NetworkAccess network = loaded.network();
        if (!WorkshopPolicy.may(viewer, action, network, workshop)) {
            throw new ForbiddenException(action == Action.RUN ? onlyRunners(network)
                    : "Only those who run the network and staff of the organisations taking part can record this workshop");
        }
        if (expectedVersion != null && expectedVersion != workshop.version()) {
            throw new ConcurrentUpdateException(id.value(), expectedVersion, workshop.version());
        }
        R result = change.apply(workshop, network);
        store.save(workshop);
        return result;
    }

    private Loaded load(Viewer viewer, WorkshopId id) {
        Workshop workshop = store.findById(id.value(), Workshop.class)
                .orElseThrow(() -> new NotFoundException("workshop", id));
        NetworkAccess network = access.find(workshop.networkId())
                .filter(candidate -> WorkshopPolicy.canRead(viewer, candidate))
                .orElseThrow(() -> new NotFoundException("workshop", id));
        return new Loaded(workshop, network);
    }

    private record Loaded(Workshop workshop, NetworkAccess network) {
    }

    private NetworkAccess visibleNetwork(Viewer viewer, NetworkId networkId) {
        return access.visibleTo(viewer, networkId).orElseThrow(() -> new NotFoundException("network", networkId));
    }

    private static String onlyRunners(NetworkAccess network) {
        return "Only the network's co-ordinators or officers of LA %s can do this".formatted(network.laCode());
    }
}
