package uk.org.networkcommons.networkservice.organisation;

import java.time.Clock;
import java.time.Instant;
import java.util.regex.Pattern;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import uk.org.networkcommons.events.LaCode;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.events.Topics;
import uk.org.networkcommons.events.UserId;
import uk.org.networkcommons.events.organisation.AgencyType;
import uk.org.networkcommons.events.organisation.OrganisationKind;
import uk.org.networkcommons.events.organisation.OrganisationProfile;
import uk.org.networkcommons.events.organisation.OrganisationRegistered;
import uk.org.networkcommons.events.organisation.OrganisationUpdated;
import uk.org.networkcommons.events.organisation.SchoolPhase;
import uk.org.networkcommons.platform.outbox.EventScope;
import uk.org.networkcommons.platform.outbox.OutboxAggregate;
import uk.org.networkcommons.platform.problem.InvalidRequestException;

/** A school, local authority or partner agency, as the platform knows it. */
@Document("organisations")
@CompoundIndex(name = "by_la_and_name", def = "{'laCode': 1, 'nameKey': 1}")
public class Organisation extends OutboxAggregate {

    private static final Pattern URN = Pattern.compile("\\d{6}");

    @Id
    private OrganisationId id;
    private String name;
    /** Lower-cased name, so that finding by name ignores case. */
    private String nameKey;
    private OrganisationKind kind;
    private LaCode laCode;
    /** Only schools have one; unique across the register, as in Get Information about Schools. */
    @Indexed(unique = true, sparse = true)
    private String urn;
    private SchoolPhase phase;
    private AgencyType agencyType;
    private Instant registeredAt;

    protected Organisation() {
    }

    public static Organisation register(OrganisationId id, OrganisationProfile profile, UserId registeredBy, Clock clock) {
        Organisation organisation = new Organisation();
        organisation.id = id;
        organisation.apply(profile);
        organisation.registeredAt = Instant.now(clock);
        organisation.raise(new OrganisationRegistered(id, organisation.profile(), registeredBy), clock);
        return organisation;
    }

    public void update(OrganisationProfile profile, UserId updatedBy, Clock clock) {
        if (profile.kind() != kind) {
            throw new InvalidRequestException("kind", "an organisation's kind cannot change; register a new organisation instead");
        }
        apply(profile);
        raise(new OrganisationUpdated(id, profile(), updatedBy), clock);
    }

    private void apply(OrganisationProfile profile) {
        validate(profile);
        this.name = profile.name().strip();
        this.nameKey = name.toLowerCase(java.util.Locale.ROOT);
        this.kind = profile.kind();
        this.laCode = profile.laCode();
        this.urn = profile.kind() == OrganisationKind.SCHOOL ? profile.urn() : null;
        this.phase = profile.kind() == OrganisationKind.SCHOOL ? profile.phase() : null;
        this.agencyType = profile.kind() == OrganisationKind.PARTNER_AGENCY ? profile.agencyType() : null;
    }

    /** The rules each kind of organisation must satisfy; named by field so the client can show them next to the input. */
    static void validate(OrganisationProfile profile) {
        switch (profile.kind()) {
            case SCHOOL -> {
                if (profile.urn() == null || !URN.matcher(profile.urn()).matches()) {
                    throw new InvalidRequestException("urn", "a school needs its six-digit URN");
                }
                if (profile.phase() == null) {
                    throw new InvalidRequestException("phase", "a school needs its phase of education");
                }
            }
            case PARTNER_AGENCY -> {
                if (profile.agencyType() == null) {
                    throw new InvalidRequestException("agencyType", "a partner agency needs its agency type");
                }
            }
            case LOCAL_AUTHORITY -> {
                if (profile.urn() != null) {
                    throw new InvalidRequestException("urn", "only schools have a URN");
                }
            }
        }
    }

    public OrganisationProfile profile() {
        return new OrganisationProfile(name, kind, laCode, urn, phase, agencyType);
    }

    @Override
    public String aggregateId() {
        return id.value();
    }

    @Override
    protected String topic() {
        return Topics.ORGANISATIONS;
    }

    @Override
    protected EventScope eventScope() {
        return EventScope.ofLocalAuthority(laCode);
    }

    public OrganisationId id() {
        return id;
    }

    public String name() {
        return name;
    }

    public OrganisationKind kind() {
        return kind;
    }

    public LaCode laCode() {
        return laCode;
    }

    public Instant registeredAt() {
        return registeredAt;
    }
}
