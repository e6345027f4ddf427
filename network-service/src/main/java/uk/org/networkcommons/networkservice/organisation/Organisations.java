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

    /** What registering did: registered the organisation now, or found it registered with the same profile before. */
    public record Registration(Organisation organisation, boolean created) {
    }

    public Registration register(Viewer viewer, OrganisationProfile profile) {
        requireMaintainer(viewer, profile.laCode());
        try {
            return new Registration(store.save(Organisation.register(OrganisationId.random(), profile, viewer.userId(),
                    clock)), true);
        } catch (DuplicateKeyException duplicate) {
            throw new ConflictException("A school with URN %s is already registered".formatted(profile.urn()));
        }
    }

    /**
     * Registers an organisation under an id the caller chose, which only the platform admin may do: other systems (the
     * identity provider's {@code org_id} attributes, demo data) then refer to it before it exists. Registering the same
     * organisation again under the same id changes nothing and answers the registered one, so a repeated call is
     * harmless; a different organisation under a taken id is a conflict.
     */
    public Registration registerWithId(Viewer viewer, OrganisationId id, OrganisationProfile profile) {
        if (!viewer.isPlatformAdmin()) {
            throw new ForbiddenException("Only a platform admin may choose an organisation's id");
        }
        Organisation candidate = Organisation.register(id, profile, viewer.userId(), clock);
        Optional<Organisation> existing = find(id);
        if (existing.isPresent()) {
            return sameOrConflict(existing.get(), candidate);
        }
        try {
            return new Registration(store.save(candidate), true);
        } catch (DuplicateKeyException duplicate) {
            // someone registered this id in the meantime, or the school's URN belongs to another organisation
            return sameOrConflict(find(id).orElseThrow(() -> new ConflictException(
                    "A school with URN %s is already registered".formatted(profile.urn()))), candidate);
        }
    }

    private static Registration sameOrConflict(Organisation existing, Organisation candidate) {
        if (!existing.profile().equals(candidate.profile())) {
            throw new ConflictException("Organisation %s is already registered, as %s".formatted(existing.id(),
                    existing.name()));
        }
        return new Registration(existing, false);
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
