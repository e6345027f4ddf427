package uk.org.networkcommons.networkservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.org.networkcommons.platform.test.api.Api.Response;
import uk.org.networkcommons.platform.test.api.Person;

/**
 * The platform admin may register an organisation under an id of their choosing, so that the identity provider's
 * {@code org_id} attributes and the demo data can name an organisation before it is registered.
 */
class OrganisationIdChoiceIntegrationTest extends IntegrationTestBase {

    static final String LA = "874";

    @Test
    void thePlatformAdminRegistersAnOrganisationUnderTheIdTheyChose() {
        String id = UUID.randomUUID().toString();

        Response created = api.post(Person.admin(), "/api/organisations", school(id, "Chosen Id Primary", "874001"))
                .expect(201);

        assertThat(created.field("$.id")).isEqualTo(id);
        assertThat(created.field("$.version")).isEqualTo("1");
        Response read = api.get(Person.staffOf(id, LA), "/api/organisations/" + id).expect(200);
        assertThat(read.field("$.name")).isEqualTo("Chosen Id Primary");
    }

    @Test
    void registeringTheSameOrganisationAgainAnswersTheRegisteredOneAndChangesNothing() {
        String id = UUID.randomUUID().toString();
        api.post(Person.admin(), "/api/organisations", school(id, "Repeated Primary", "874002")).expect(201);

        Response again = api.post(Person.admin(), "/api/organisations", school(id, "Repeated Primary", "874002"))
                .expect(200);

        assertThat(again.field("$.id")).isEqualTo(id);
        assertThat(again.field("$.version")).isEqualTo("1");
        assertThat(api.get(Person.admin(), "/api/organisations?name=Repeated&laCode=" + LA)
                .<List<String>>read("$[*].id")).containsExactly(id);
    }

    @Test
    void aDifferentOrganisationUnderATakenIdIsAConflictThatKeepsTheFirst() {
        String id = UUID.randomUUID().toString();
        api.post(Person.admin(), "/api/organisations", school(id, "First Primary", "874003")).expect(201);

        Response clash = api.post(Person.admin(), "/api/organisations", school(id, "Second Primary", "874004"))
                .expect(409);

        assertThat(clash.contentType()).startsWith("application/problem+json");
        assertThat(clash.field("$.detail")).contains(id, "First Primary");
        assertThat(api.get(Person.admin(), "/api/organisations/" + id).field("$.name")).isEqualTo("First Primary");
    }

    @Test
    void aTakenUrnUnderANewIdIsStillAConflict() {
        api.post(Person.admin(), "/api/organisations", school(UUID.randomUUID().toString(), "Urn Owner", "874005"))
                .expect(201);
        String id = UUID.randomUUID().toString();

        Response clash = api.post(Person.admin(), "/api/organisations", school(id, "Urn Borrower", "874005"))
                .expect(409);

        assertThat(clash.field("$.detail")).contains("874005");
        api.get(Person.admin(), "/api/organisations/" + id).expect(404);
    }

    @Test
    void onlyThePlatformAdminMayChooseTheId() {
        String id = UUID.randomUUID().toString();

        api.post(Person.laOfficer(LA), "/api/organisations", school(id, "Officer's Choice Primary", "874006"))
                .expect(403);

        api.get(Person.admin(), "/api/organisations/" + id).expect(404);
    }

    @Test
    void anIdThatIsNotALowerCaseUuidIsRejectedNamingTheField() {
        Response response = api.post(Person.admin(), "/api/organisations",
                school("school-1", "Badly Named Primary", "874007")).expect(400);

        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).contains("id");
    }

    private static String school(String id, String name, String urn) {
        return """
                {"id": "%s", "name": "%s", "kind": "SCHOOL", "laCode": "%s", "urn": "%s", "phase": "PRIMARY"}
                """.formatted(id, name, LA, urn);
    }
}
