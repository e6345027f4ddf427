package uk.org.networkcommons.cameoservice.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.org.networkcommons.platform.test.api.Api.Response;
import uk.org.networkcommons.platform.test.hostile.AuthorizationMatrix.Fixture;

/** What the fuzz tests found, kept as plain regression tests: each was a 500 before its fix. */
class FoundByFuzzingTest extends HostileTestBase {

    @Test
    void aWorkshopOrProposalDateBeyondFourDigitYearsIsA400NamingTheField() {
        Fixture fixture = fixtures.workshopAndAuthoredItems();
        String networkId = fixture.values("").get("networkId");
        String workshopId = fixture.values("").get("workshopId");

        Response workshop = api.post(fixture.owner(""), "/api/networks/%s/workshops".formatted(networkId),
                "{\"title\": \"Forever\", \"date\": \"+999999999-12-31\"}");
        Response proposal = api.post(fixture.owner(""), "/api/workshops/%s/proposed-actions".formatted(workshopId),
                "{\"title\": \"Forever\", \"ownerOrganisationId\": \"%s\", \"dueDate\": \"-999999999-01-01\"}"
                        .formatted(fixture.fields().get("ownerOrganisationId")));

        assertThat(workshop.status()).as(workshop.body()).isEqualTo(400);
        assertThat(workshop.contentType()).startsWith("application/problem+json");
        assertThat(workshop.body()).contains("date");
        assertThat(proposal.status()).as(proposal.body()).isEqualTo(400);
        assertThat(proposal.body()).contains("dueDate");
    }

    @Test
    void aSearchForTextWithANulCharacterIsA400NamingTheParameter() {
        Fixture fixture = fixtures.workshopAndAuthoredItems();
        assertNulRefused(fixture, "/api/library/search", "q");
        assertNulRefused(fixture, "/api/library/cameos", "q");
    }

    private void assertNulRefused(Fixture fixture, String path, String parameter) {
        Response response = api.get(fixture.owner(path), path + "?" + parameter + "=a\0b");
        assertThat(response.status()).as("%s?%s with NUL: %s", path, parameter, response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.<List<String>>read("$.errors[*].field")).containsExactly(parameter);
    }
}
