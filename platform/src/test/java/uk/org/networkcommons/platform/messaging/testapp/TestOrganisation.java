package uk.org.networkcommons.platform.messaging.testapp;

import java.time.Clock;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import uk.org.networkcommons.events.LaCode;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.events.Topics;
import uk.org.networkcommons.events.UserId;
import uk.org.networkcommons.events.organisation.OrganisationKind;
import uk.org.networkcommons.events.organisation.OrganisationProfile;
import uk.org.networkcommons.events.organisation.OrganisationRegistered;
import uk.org.networkcommons.events.organisation.OrganisationUpdated;
import uk.org.networkcommons.platform.outbox.EventScope;
import uk.org.networkcommons.platform.outbox.OutboxAggregate;

/** An organisation reduced to its name: enough state to publish real organisation events through the outbox. */
@Document(TestOrganisation.COLLECTION)
public class TestOrganisation extends OutboxAggregate {

    public static final String COLLECTION = "test-organisations";
    static final UserId TESTER = UserId.of("tester");

    @Id
    private String id;
    private String name;
    private String laCode;

    protected TestOrganisation() {
    }

    public static TestOrganisation register(String id, String name, String laCode, Clock clock) {
        TestOrganisation organisation = new TestOrganisation();
        organisation.id = id;
        organisation.name = name;
        organisation.laCode = laCode;
        organisation.raise(new OrganisationRegistered(OrganisationId.of(id), organisation.profile(), TESTER), clock);
        return organisation;
    }

    public void rename(String newName, Clock clock) {
        name = newName;
        raise(new OrganisationUpdated(OrganisationId.of(id), profile(), TESTER), clock);
    }

    /** Changes state without an event, e.g. to clear a field. */
    public void moveToNoLocalAuthority() {
        laCode = null;
    }

    public String name() {
        return name;
    }

    public String laCode() {
        return laCode;
    }

    private OrganisationProfile profile() {
        return new OrganisationProfile(name, OrganisationKind.PARTNER_AGENCY, laCode == null ? null : LaCode.of(laCode),
                null, null, null);
    }

    @Override
    public String aggregateId() {
        return id;
    }

    @Override
    protected String topic() {
        return Topics.ORGANISATIONS;
    }

    @Override
    protected EventScope eventScope() {
        return EventScope.ofLocalAuthority(laCode == null ? null : LaCode.of(laCode));
    }
}
