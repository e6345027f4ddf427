package uk.org.networkcommons.actiontracker.action;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import uk.org.networkcommons.events.ActionId;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.events.action.ActionStatus;
import uk.org.networkcommons.events.network.NetworkAccess;
import uk.org.networkcommons.platform.access.NetworkAccessProjection;
import uk.org.networkcommons.platform.access.NetworkVisibility;
import uk.org.networkcommons.platform.outbox.AggregateStore;
import uk.org.networkcommons.platform.outbox.ConcurrentUpdateException;
import uk.org.networkcommons.platform.problem.ConflictException;
import uk.org.networkcommons.platform.problem.ForbiddenException;
import uk.org.networkcommons.platform.problem.InvalidRequestException;
import uk.org.networkcommons.platform.problem.NotFoundException;
import uk.org.networkcommons.platform.security.Viewer;

/**
 * Raising, reading and changing actions. Every change is one single-document write with its log entry and event,
 * guarded by the version read (and by the client's If-Match when it sends one); a parent's progress is recomputed
 * from its children after each change of a child.
 */
@Service
public class Actions {

    /** Bounds the walk up the parent chain (and so any cycle a bad parent link could make). */
    static final int MAX_DEPTH = 10;
    private static final int ROLL_UP_ATTEMPTS = 5;
    private static final int COMMENT_ATTEMPTS = 5;

    private final AggregateStore store;
    private final MongoTemplate mongo;
    private final NetworkAccessProjection access;
    private final Clock clock;

    public Actions(AggregateStore store, MongoTemplate mongo, NetworkAccessProjection access, Clock clock) {
        this.store = store;
        this.mongo = mongo;
        this.access = access;
        this.clock = clock;
    }

    /** The id of the one action a workshop proposal becomes: derived from the proposal id, so always the same. */
    public static ActionId idForProposal(String proposalId) {
        return ActionId.of("proposal-" + UUID.nameUUIDFromBytes(proposalId.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Stores the action a proposal becomes unless it is there already (insert-if-absent on its derived id).
     *
     * @return true if this call created it, false if it existed
     */
    public boolean raiseOnce(Action action) {
        try {
            store.save(action);
            return true;
        } catch (DuplicateKeyException alreadyRaised) {
            return false;
        }
    }

    /** Raised directly by the network's co-ordinators or LA officers. */
    public Action raise(Viewer viewer, NetworkId networkId, ActionDetails details, Collection<OrganisationId> parties) {
        NetworkAccess network = access.visibleTo(viewer, networkId)
                .orElseThrow(() -> new NotFoundException("network", networkId));
        if (!NetworkVisibility.runs(viewer, network)) {
            throw new ForbiddenException(onlyRunners(network));
        }
        if (network.dissolved()) {
            throw new ConflictException("This network has been dissolved; it can take on no new actions");
        }
        ActionId id = ActionId.of("action-" + UUID.randomUUID());
        requireParent(viewer, id, networkId, details.parentId());
        Action action = store.save(Action.raise(id, networkId, network.laCode(), Origin.direct(), details, parties,
                viewer.userId(), clock));
        rollUpAbove(action);
        return action;
    }

    public Action get(Viewer viewer, ActionId id) {
        return load(viewer, id).action();
    }

    public List<UpdateEntry> updates(Viewer viewer, ActionId id) {
        return get(viewer, id).updates();
    }

    public Action revise(Viewer viewer, ActionId id, Long expectedVersion, ActionDetails details, String comment,
            String evidenceLink) {
        return change(viewer, id, expectedVersion, Right.UPDATE, action -> {
            requireParent(viewer, id, action.networkId(), details.parentId());
            action.revise(details, comment, evidenceLink, viewer.userId(), clock);
        });
    }

    public Action moveTo(Viewer viewer, ActionId id, Long expectedVersion, ActionStatus to, String reason,
            Integer progress, String comment, String evidenceLink) {
        return change(viewer, id, expectedVersion, Right.UPDATE,
                action -> action.moveTo(to, reason, progress, comment, evidenceLink, viewer.userId(), clock));
    }

    public Action recordProgress(Viewer viewer, ActionId id, Long expectedVersion, int progress, String comment,
            String evidenceLink) {
        return change(viewer, id, expectedVersion, Right.UPDATE,
                action -> action.recordProgress(progress, comment, evidenceLink, viewer.userId(), clock));
    }

    /**
     * Appends a comment. A comment changes nothing anyone else wrote, so without If-Match a comment that meets a
     * concurrent change is added to the new version (reloaded, rights checked again) instead of being refused.
     */
    public Action comment(Viewer viewer, ActionId id, Long expectedVersion, String comment, String evidenceLink) {
        for (int attempt = 1; ; attempt++) {
            try {
                return change(viewer, id, expectedVersion, Right.COMMENT,
                        action -> action.comment(comment, evidenceLink, viewer.userId(), clock));
            } catch (ConcurrentUpdateException changedMeanwhile) {
                if (expectedVersion != null || attempt >= COMMENT_ATTEMPTS) {
                    throw changedMeanwhile;
                }
            }
        }
    }

    public Action addParty(Viewer viewer, ActionId id, Long expectedVersion, OrganisationId organisation) {
        return change(viewer, id, expectedVersion, Right.PARTIES,
                action -> action.addParty(organisation, viewer.userId(), clock));
    }

    public Action removeParty(Viewer viewer, ActionId id, Long expectedVersion, OrganisationId organisation) {
        return change(viewer, id, expectedVersion, Right.PARTIES,
                action -> action.removeParty(organisation, viewer.userId(), clock));
    }

    private enum Right {
        UPDATE, COMMENT, PARTIES
    }

    /**
     * Loads an action the viewer can see, checks the right, applies the change and saves it with its events in one
     * write; then rolls the progress up to its parents.
     */
    private Action change(Viewer viewer, ActionId id, Long expectedVersion, Right right, Consumer<Action> change) {
        Loaded loaded = load(viewer, id);
        Action action = loaded.action();
        boolean allowed = switch (right) {
            case UPDATE -> ActionPolicy.mayUpdate(viewer, action, loaded.network());
            case COMMENT -> ActionPolicy.mayComment(viewer, action, loaded.network());
            case PARTIES -> ActionPolicy.mayManageParties(viewer, action, loaded.network());
        };
        if (!allowed) {
            throw new ForbiddenException(right == Right.PARTIES
                    ? "Only the network's co-ordinators or officers of LA %s can change who is party to this action"
                            .formatted(action.laCode())
                    : "Only staff of the owner organisation, the network's co-ordinators or officers of LA %s can change this action"
                            .formatted(action.laCode()));
        }
        if (expectedVersion != null && expectedVersion != action.version()) {
            throw new ConcurrentUpdateException(id.value(), expectedVersion, action.version());
        }
        ActionId parentBefore = action.parentId();
        change.accept(action);
        store.save(action);
        rollUpAbove(action);
        if (parentBefore != null && !parentBefore.equals(action.parentId())) {
            rollUp(parentBefore, 0);
        }
        return action;
    }

    /** Recomputes the progress of the action's parent, and on up the chain. */
    private void rollUpAbove(Action child) {
        if (child.parentId() != null) {
            rollUp(child.parentId(), 0);
        }
    }

    private void rollUp(ActionId parentId, int depth) {
        if (depth >= MAX_DEPTH) {
            return;
        }
        for (int attempt = 1; attempt <= ROLL_UP_ATTEMPTS; attempt++) {
            Optional<Action> found = store.findById(parentId.value(), Action.class);
            if (found.isEmpty()) {
                return;
            }
            Action parent = found.get();
            List<RollUp.Child> children = new ArrayList<>();
            mongo.find(Query.query(Criteria.where("parentId").is(parentId.value())
                    .and("status").ne(ActionStatus.CANCELLED.name())), Action.class)
                    .forEach(child -> children.add(new RollUp.Child(child.progress(), child.weight())));
            OptionalInt progress = RollUp.progressOf(children);
            if (progress.isEmpty() || !parent.rollUp(progress.getAsInt(), clock)) {
                return;
            }
            try {
                store.save(parent);
            } catch (ConcurrentUpdateException changedMeanwhile) {
                continue;
            }
            if (parent.parentId() != null) {
                rollUp(parent.parentId(), depth + 1);
            }
            return;
        }
    }

    /** A parent must be an action of the same network that the viewer can see, and not the action or below it. */
    private void requireParent(Viewer viewer, ActionId self, NetworkId networkId, ActionId parentId) {
        if (parentId == null) {
            return;
        }
        Set<ActionId> seen = new HashSet<>();
        ActionId current = parentId;
        for (int depth = 0; current != null; depth++) {
            if (current.equals(self) || !seen.add(current) || depth >= MAX_DEPTH) {
                throw new InvalidRequestException("parentId",
                        "would make the action its own ancestor or nest deeper than %d levels".formatted(MAX_DEPTH));
            }
            Optional<Action> ancestor = store.findById(current.value(), Action.class);
            if (ancestor.isEmpty() || (depth == 0 && (!ancestor.get().networkId().equals(networkId)
                    || !ActionPolicy.canSee(viewer, ancestor.get(), access.find(networkId))))) {
                throw new InvalidRequestException("parentId", "must be an action of the same network");
            }
            current = ancestor.get().parentId();
        }
    }

    private Loaded load(Viewer viewer, ActionId id) {
        Action action = store.findById(id.value(), Action.class)
                .orElseThrow(() -> new NotFoundException("action", id));
        Optional<NetworkAccess> network = access.find(action.networkId());
        if (!ActionPolicy.canSee(viewer, action, network)) {
            throw new NotFoundException("action", id);
        }
        return new Loaded(action, network);
    }

    private record Loaded(Action action, Optional<NetworkAccess> network) {
    }

    private static String onlyRunners(NetworkAccess network) {
        return "Only the network's co-ordinators or officers of LA %s can raise actions directly".formatted(network.laCode());
    }
}
