package uk.org.networkcommons.networkservice.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.org.networkcommons.platform.test.api.Api.Response;
import uk.org.networkcommons.platform.test.hostile.AuthorizationMatrix.Fixture;

/** What the fuzz tests found, kept as plain regression tests: each was a 500 before its fix. */
class FoundByFuzzingTest extends HostileTestBase {

    @Test
    void anAgreementWithANullServiceLineIsA400NamingIt() {
        Fixture fixture = fixtures.network();
        String path = "/api/networks/%s/agreement".formatted(
                fixture.values("POST /api/networks/{networkId}/agreement").get("networkId"));

        Response response = api.post(fixture.owner(path), path, """
                {"basedOnVersion": 1, "jointObjectives": "Share CPD", "serviceLevelAgreements": [null],
                 "withdrawalTerms": "A term's notice"}""");

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).contains("serviceLevelAgreements[0]");
    }

    @Test
    void aDateBeyondFourDigitYearsIsA400NamingTheField() {
        Fixture fixture = fixtures.network();
        String networkId = fixture.values("POST /api/networks/{networkId}/dissolution").get("networkId");

        Response dissolution = api.post(fixture.owner(""), "/api/networks/%s/dissolution".formatted(networkId),
                "{\"dissolvedOn\": \"-999999999-01-01\", \"reason\": \"Objectives met\"}");
        Response endsOn = api.post(fixture.owner(""), "/api/networks", """
                {"laCode": "873", "details": {"name": "Forever", "type": "CLUSTER", "basis": "GEOGRAPHIC",
                 "focus": ["SCHOOL_IMPROVEMENT"], "continuumForm": "LOOSE_COLLABORATION",
                 "governanceModel": "ALLIANCE", "endsOn": "+999999999-12-31"}}""");

        assertThat(dissolution.status()).as(dissolution.body()).isEqualTo(400);
        assertThat(dissolution.body()).contains("dissolvedOn");
        assertThat(endsOn.status()).as(endsOn.body()).isEqualTo(400);
        assertThat(endsOn.body()).contains("details.endsOn");
    }

    @Test
    void aSearchForTextWithANulCharacterIsA400NamingTheParameter() {
        Fixture fixture = fixtures.network();
        assertNulRefused(fixture, "/api/networks", "name");
        assertNulRefused(fixture, "/api/organisations", "name");
    }

    private void assertNulRefused(Fixture fixture, String path, String parameter) {
        Response response = api.get(fixture.owner(path), path + "?" + parameter + "=a\0b");
        assertThat(response.status()).as("%s?%s with NUL: %s", path, parameter, response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.<List<String>>read("$.errors[*].field")).containsExactly(parameter);
    }
}
