package uk.org.networkcommons.cameoservice.library;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import uk.org.networkcommons.cameoservice.library.AuthoredItem.Status;
import uk.org.networkcommons.events.library.AuthoredItemKind;
import uk.org.networkcommons.platform.access.NetworkAccessProjection;
import uk.org.networkcommons.platform.outbox.AggregateStore;
import uk.org.networkcommons.platform.outbox.ConcurrentUpdateException;
import uk.org.networkcommons.platform.problem.ForbiddenException;
import uk.org.networkcommons.platform.problem.NotFoundException;
import uk.org.networkcommons.platform.security.Viewer;

/**
 * Writing, finding and changing authored library items. Every read goes through {@link AuthoredItemPolicy} with the
 * viewer (an item the viewer may not see is not found), and every change is one conditional single-document write with
 * its event.
 */
@Service
public class AuthoredItems {

    private final AggregateStore store;
    private final MongoOperations mongo;
    private final NetworkAccessProjection networks;
    private final Clock clock;

    public AuthoredItems(AggregateStore store, MongoOperations mongo, NetworkAccessProjection networks, Clock clock) {
        this.store = store;
        this.mongo = mongo;
        this.networks = networks;
        this.clock = clock;
    }

    /**
     * Starts a draft. LA officers author for their LA; so do co-ordinators of any active network (known from
     * network-service's events), since they plan the workshops the material is for.
     */
    public AuthoredItem draft(Viewer viewer, AuthoredContent content) {
        boolean officer = viewer.roles().contains(Viewer.Role.LA_OFFICER);
        if (!officer && !networks.coordinatesAnyNetwork(viewer.userId())) {
            throw new ForbiddenException("Only LA officers and network co-ordinators can author library content");
        }
        if (viewer.laCode() == null) {
            throw new ForbiddenException("Authoring needs the LA you work for, and your account names none");
        }
        String id = AuthoredItem.ID_PREFIX + UUID.randomUUID();
        return store.save(AuthoredItem.draft(id, content, viewer.userId(), viewer.laCode(), clock));
    }

    /** The item, if the viewer may see it; otherwise not found, whether or not it exists. */
    public AuthoredItem get(Viewer viewer, String id) {
        AuthoredItem item = mongo.findOne(Query.query(Criteria.where(LibraryDocuments.ID).is(id)
                .and(LibraryDocuments.ORIGIN).is(Origin.AUTHORED.name())), AuthoredItem.class);
        if (item == null || !AuthoredItemPolicy.canSee(viewer, item)) {
            throw new NotFoundException("authored item", id);
        }
        return item;
    }

    /**
     * Replaces the item's text.
     *
     * @param expectedVersion the version the viewer last read (from If-Match), or null to change whatever is current
     */
    public AuthoredItem revise(Viewer viewer, String id, Long expectedVersion, AuthoredContent content) {
        return change(viewer, id, expectedVersion, item -> item.revise(content, clock));
    }

    public AuthoredItem publish(Viewer viewer, String id, Long expectedVersion) {
        return change(viewer, id, expectedVersion, item -> item.publish(clock));
    }

    public AuthoredItem retire(Viewer viewer, String id, Long expectedVersion) {
        return change(viewer, id, expectedVersion, item -> item.retire(clock));
    }

    /** The authored items the viewer may see, drafts included, optionally of one kind, oldest first. */
    public List<AuthoredItem> list(Viewer viewer, AuthoredItemKind kind, boolean includeRetired, int page, int size) {
        List<Criteria> all = new ArrayList<>();
        all.add(Criteria.where(LibraryDocuments.ORIGIN).is(Origin.AUTHORED.name()));
        all.add(AuthoredItemPolicy.visibleItems(viewer));
        if (kind != null) {
            all.add(Criteria.where(LibraryDocuments.TYPE).is(kind.name()));
        }
        if (!includeRetired) {
            all.add(Criteria.where(LibraryDocuments.STATUS).ne(Status.RETIRED.name()));
        }
        Query query = Query.query(new Criteria().andOperator(all))
                .with(Sort.by(LibraryDocuments.ORDER, LibraryDocuments.ID))
                .skip((long) page * size).limit(size);
        return mongo.find(query, AuthoredItem.class);
    }

    private AuthoredItem change(Viewer viewer, String id, Long expectedVersion, Consumer<AuthoredItem> change) {
        AuthoredItem item = get(viewer, id);
        if (!AuthoredItemPolicy.mayChange(viewer, item)) {
            throw new ForbiddenException("Only the author or an officer of LA %s can change this item"
                    .formatted(item.authorLaCode()));
        }
        if (expectedVersion != null && expectedVersion != item.version()) {
            throw new ConcurrentUpdateException(id, expectedVersion, item.version());
        }
        change.accept(item);
        return store.save(item);
    }
}
