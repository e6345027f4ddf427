package uk.org.networkcommons.networkservice.organisation;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import uk.org.networkcommons.events.LaCode;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.events.organisation.OrganisationKind;
import uk.org.networkcommons.events.organisation.OrganisationProfile;
import uk.org.networkcommons.platform.outbox.AggregateStore;
import uk.org.networkcommons.platform.problem.ConflictException;
import uk.org.networkcommons.platform.problem.ForbiddenException;
import uk.org.networkcommons.platform.problem.NotFoundException;
import uk.org.networkcommons.platform.security.Viewer;

/**
 * The organisation register. Anyone signed in may read it (it holds what Get Information about Schools publishes);
 * the platform admin and the officers of an organisation's LA keep it up to date.
 */
@Service
public class Organisations {

    private final AggregateStore store;
    private final MongoTemplate mongo;
    private final Clock clock;

    public Organisations(AggregateStore store, MongoTemplate mongo, Clock clock) {
        this.store = store;
        this.mongo = mongo;
        this.clock = clock;
    }

    public Organisation register(Viewer viewer, OrganisationProfile profile) {
        requireMaintainer(viewer, profile.laCode());
        try {
            return store.save(Organisation.register(OrganisationId.random(), profile, viewer.userId(), clock));
        } catch (DuplicateKeyException duplicate) {
            throw new ConflictException("A school with URN %s is already registered".formatted(profile.urn()));
        }
    }

    public Organisation update(Viewer viewer, OrganisationId id, Long expectedVersion, OrganisationProfile profile) {
        Organisation organisation = get(id);
        requireMaintainer(viewer, organisation.laCode());
        requireMaintainer(viewer, profile.laCode());
        if (expectedVersion != null && organisation.version() != expectedVersion) {
            throw new uk.org.networkcommons.platform.outbox.ConcurrentUpdateException(id.value(), expectedVersion,
                    organisation.version());
        }
        organisation.update(profile, viewer.userId(), clock);
        try {
            return store.save(organisation);
        } catch (DuplicateKeyException duplicate) {
            throw new ConflictException("A school with URN %s is already registered".formatted(profile.urn()));
        }
    }

    public Organisation get(OrganisationId id) {
        return find(id).orElseThrow(() -> new NotFoundException("organisation", id));
    }

    public Optional<Organisation> find(OrganisationId id) {
        return store.findById(id.value(), Organisation.class);
    }

    public List<Organisation> findAll(Collection<OrganisationId> ids) {
        return mongo.find(Query.query(Criteria.where("_id").in(ids.stream().map(OrganisationId::value).toList())),
                Organisation.class);
    }

    /** Finds organisations whose name contains the text (ignoring case), optionally only of one LA or kind, by name. */
    public List<Organisation> search(String nameContains, LaCode laCode, OrganisationKind kind, int page, int size) {
        Criteria criteria = new Criteria();
        if (nameContains != null && !nameContains.isBlank()) {
            criteria = criteria.and("nameKey").regex(Pattern.quote(nameContains.strip().toLowerCase(java.util.Locale.ROOT)));
        }
        if (laCode != null) {
            criteria = criteria.and("laCode").is(laCode.value());
        }
        if (kind != null) {
            criteria = criteria.and("kind").is(kind.name());
        }
        Query query = Query.query(criteria).with(Sort.by("nameKey", "_id")).skip((long) page * size).limit(size);
        return mongo.find(query, Organisation.class);
    }

    private static void requireMaintainer(Viewer viewer, LaCode laCode) {
        if (!viewer.isPlatformAdmin() && !viewer.isLaOfficerOf(laCode)) {
            throw new ForbiddenException("Only officers of LA %s or a platform admin can maintain its organisations".formatted(laCode));
        }
    }
}
