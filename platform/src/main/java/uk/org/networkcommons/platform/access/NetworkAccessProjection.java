package uk.org.networkcommons.platform.access;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import uk.org.networkcommons.events.LaCode;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.events.UserId;
import uk.org.networkcommons.events.network.NetworkAccess;
import uk.org.networkcommons.events.network.NetworkEvent;
import uk.org.networkcommons.platform.messaging.ReceivedEvent;
import uk.org.networkcommons.platform.messaging.VersionedProjections;
import uk.org.networkcommons.platform.security.Viewer;

/**
 * A service's own copy of who may see and run each network, kept from network-service's events (never by calling it):
 * every network event carries the whole {@link NetworkAccess} after the change, so the newest event wins and duplicates
 * or replays change nothing.
 */
public class NetworkAccessProjection {

    public static final String COLLECTION = "network_access";

    private final MongoOperations mongo;
    private final VersionedProjections projections;

    public NetworkAccessProjection(MongoOperations mongo, VersionedProjections projections) {
        this.mongo = mongo;
        this.projections = projections;
    }

    /** Applies a network event if it is newer than what is held for that network; returns whether it was. */
    public boolean apply(ReceivedEvent<? extends NetworkEvent> event) {
        NetworkAccess access = event.payload().access();
        Update update = new Update()
                .set("laCode", access.laCode().value())
                .set("memberOrganisationIds", access.memberOrganisationIds().stream().map(OrganisationId::value).sorted().toList())
                .set("coordinatorIds", access.coordinatorIds().stream().map(UserId::value).sorted().toList())
                .set("leaderIds", access.leaderIds().stream().map(UserId::value).sorted().toList())
                .set("dissolved", access.dissolved());
        return projections.applyIfNewer(COLLECTION, access.networkId().value(), event.aggregateVersion(), update);
    }

    public Optional<NetworkAccess> find(NetworkId networkId) {
        return Optional.ofNullable(mongo.findById(networkId.value(), Document.class, COLLECTION))
                .map(NetworkAccessProjection::toAccess);
    }

    /** The network if the viewer may see it; empty (to be answered as not found) otherwise. */
    public Optional<NetworkAccess> visibleTo(Viewer viewer, NetworkId networkId) {
        return find(networkId).filter(network -> NetworkVisibility.canSee(viewer, network));
    }

    /** Ids of every network the viewer may see: the same rule as {@link NetworkVisibility#canSee}, as a query. */
    public Set<NetworkId> visibleNetworkIds(Viewer viewer) {
        Query query = Query.query(visibleCriteria(viewer));
        query.fields().include("_id");
        Set<NetworkId> ids = new HashSet<>();
        mongo.find(query, Document.class, COLLECTION).forEach(doc -> ids.add(NetworkId.of(doc.getString("_id"))));
        return ids;
    }

    /** Whether the person is a co-ordinator of at least one active network. */
    public boolean coordinatesAnyNetwork(UserId userId) {
        return mongo.exists(Query.query(Criteria.where("coordinatorIds").is(userId.value()).and("dissolved").is(false)),
                COLLECTION);
    }

    private static Criteria visibleCriteria(Viewer viewer) {
        if (viewer.isPlatformAdmin()) {
            return new Criteria();
        }
        List<Criteria> any = new ArrayList<>();
        if (viewer.roles().contains(Viewer.Role.LA_OFFICER) && viewer.laCode() != null) {
            any.add(Criteria.where("laCode").is(viewer.laCode().value()));
        }
        if (viewer.organisationId() != null) {
            any.add(Criteria.where("dissolved").is(false).and("memberOrganisationIds").is(viewer.organisationId().value()));
        }
        any.add(Criteria.where("dissolved").is(false).and("leaderIds").is(viewer.userId().value()));
        return new Criteria().orOperator(any);
    }

    @SuppressWarnings("unchecked")
    private static NetworkAccess toAccess(Document doc) {
        return new NetworkAccess(NetworkId.of(doc.getString("_id")), LaCode.of(doc.getString("laCode")),
                ids((List<String>) doc.get("memberOrganisationIds"), OrganisationId::of),
                ids((List<String>) doc.get("coordinatorIds"), UserId::of),
                ids((List<String>) doc.get("leaderIds"), UserId::of), Boolean.TRUE.equals(doc.getBoolean("dissolved")));
    }

    private static <T> Set<T> ids(List<String> values, java.util.function.Function<String, T> factory) {
        Set<T> ids = new HashSet<>();
        if (values != null) {
            values.forEach(value -> ids.add(factory.apply(value)));
        }
        return ids;
    }
}
