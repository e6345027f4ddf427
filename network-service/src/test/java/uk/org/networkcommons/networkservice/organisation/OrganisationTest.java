package uk.org.networkcommons.networkservice.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import uk.org.networkcommons.events.LaCode;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.events.UserId;
import uk.org.networkcommons.events.organisation.AgencyType;
import uk.org.networkcommons.events.organisation.OrganisationKind;
import uk.org.networkcommons.events.organisation.OrganisationProfile;
import uk.org.networkcommons.events.organisation.SchoolPhase;
import uk.org.networkcommons.platform.problem.InvalidRequestException;

class OrganisationTest {

    final Clock clock = Clock.systemUTC();

    @Test
    void aSchoolNeedsASixDigitUrnAndAPhase() {
        assertThatThrownBy(() -> register(new OrganisationProfile("Oaks", OrganisationKind.SCHOOL, LaCode.of("873"), "12345", SchoolPhase.PRIMARY, null)))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("URN");
        assertThatThrownBy(() -> register(new OrganisationProfile("Oaks", OrganisationKind.SCHOOL, LaCode.of("873"), "123456", null, null)))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("phase");
    }

    @Test
    void aPartnerAgencyNeedsItsAgencyTypeAndNeverKeepsAUrn() {
        assertThatThrownBy(() -> register(new OrganisationProfile("Youth", OrganisationKind.PARTNER_AGENCY, LaCode.of("873"), null, null, null)))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("agency type");
        Organisation agency = register(new OrganisationProfile("Youth", OrganisationKind.PARTNER_AGENCY, LaCode.of("873"), "123456", SchoolPhase.PRIMARY, AgencyType.YOUTH_SERVICE));
        assertThat(agency.profile().urn()).isNull();
        assertThat(agency.profile().phase()).isNull();
    }

    @Test
    void registeringRaisesOrganisationRegisteredScopedToItsLa() {
        Organisation school = register(new OrganisationProfile("Oaks Primary", OrganisationKind.SCHOOL, LaCode.of("873"), "123456", SchoolPhase.PRIMARY, null));
        assertThat(school.newEvents()).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("uk.org.networkcommons.organisation.organisation-registered.v1");
            assertThat(event.laCode()).isEqualTo("873");
            assertThat(event.networkId()).isNull();
        });
    }

    @Test
    void anOrganisationsKindCannotChange() {
        Organisation school = register(new OrganisationProfile("Oaks Primary", OrganisationKind.SCHOOL, LaCode.of("873"), "123456", SchoolPhase.PRIMARY, null));
        assertThatThrownBy(() -> school.update(new OrganisationProfile("Oaks", OrganisationKind.PARTNER_AGENCY, LaCode.of("873"), null, null, AgencyType.HEALTH), UserId.of("u"), clock))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("kind");
    }

    private Organisation register(OrganisationProfile profile) {
        return Organisation.register(OrganisationId.random(), profile, UserId.of("officer"), clock);
    }
}
