package uk.org.networkcommons.platform.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import uk.org.networkcommons.platform.hostile.ToyService.Flaw;
import uk.org.networkcommons.platform.test.hostile.AuthorizationMatrix;
import uk.org.networkcommons.platform.test.hostile.AuthorizationMatrix.Expectation;
import uk.org.networkcommons.platform.test.hostile.AuthorizationMatrix.Fixture;

/** The generated authorization matrix passes a service that hides its objects and fails one that leaks them. */
class AuthorizationMatrixTest {

    @Test
    void aServiceThatHidesTheThingPasses() throws Throwable {
        for (DynamicTest test : matrix(Flaw.NONE).tests().toList()) {
            test.getExecutable().execute();
        }
    }

    @Test
    void showingTheThingToAStrangerFails() {
        assertThatThrownBy(() -> run(matrix(Flaw.SHOWS_THE_THING), "GET /api/things/{thingId}"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("as a stranger").hasMessageContaining("404");
    }

    @Test
    void listingTheThingToAStrangerFails() {
        assertThatThrownBy(() -> run(matrix(Flaw.LISTS_THE_THING), "GET /api/things"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("leak of " + ToyService.THING);
    }

    @Test
    void aNotFoundThatDiffersFromTheOneForNothingFails() {
        assertThatThrownBy(() -> run(matrix(Flaw.SAYS_IT_EXISTS), "GET /api/things/{thingId}"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("answers for a hidden object and for none must not differ");
    }

    @Test
    void anEndpointTheFixtureCannotFillFails() {
        AuthorizationMatrix matrix = new AuthorizationMatrix("toy", ToyService.api(Flaw.NONE), ToyService.document(),
                () -> Fixture.ownedBy(ToyService.OWNER).stranger("a stranger", ToyService.STRANGER));

        assertThatThrownBy(() -> run(matrix, "GET /api/things/{thingId}")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("no value for {thingId}");
    }

    @Test
    void aWriteNamingNoHiddenObjectMustBeDeclared() {
        AuthorizationMatrix undeclared = new AuthorizationMatrix("toy", ToyService.api(Flaw.NONE),
                ToyService.document(), AuthorizationMatrixTest::fixture);

        assertThatThrownBy(() -> run(undeclared, "POST /api/things")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("declare the service's rule");
    }

    private static AuthorizationMatrix matrix(Flaw flaw) {
        return new AuthorizationMatrix("toy", ToyService.api(flaw), ToyService.document(),
                AuthorizationMatrixTest::fixture)
                .listing("GET /api/things")
                .expect("POST /api/things", Expectation.ALLOWED_WITHOUT_HIDDEN, "anyone may create a thing");
    }

    private static Fixture fixture() {
        return Fixture.ownedBy(ToyService.OWNER).hidden("thingId", ToyService.THING)
                .stranger("a stranger", ToyService.STRANGER);
    }

    private static void run(AuthorizationMatrix matrix, String endpoint) throws Throwable {
        List<DynamicTest> tests = matrix.tests().filter(test -> test.getDisplayName().equals(endpoint)).toList();
        assertThat(tests).hasSize(1);
        tests.getFirst().getExecutable().execute();
    }
}
