package uk.org.networkcommons.platform.hostile;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import uk.org.networkcommons.platform.hostile.ToyService.Flaw;
import uk.org.networkcommons.platform.test.hostile.ApiFuzzer;
import uk.org.networkcommons.platform.test.hostile.AuthorizationMatrix.Fixture;

/** The fuzzer passes a service that answers every hostile body with a 4xx problem, and finds one that fails with 500. */
class ApiFuzzerTest {

    @Test
    void aServiceThatRefusesBadInputWithProblemsPasses() throws Throwable {
        for (DynamicTest test : fuzzer(Flaw.NONE).bodies(200, 50).toList()) {
            test.getExecutable().execute();
        }
    }

    @Test
    void aServiceThatFailsOnANullIsFoundByTheNullsAndByRandomBodies() {
        assertThatThrownBy(() -> run(fuzzer(Flaw.FAILS_ON_NULLS).nulls())).isInstanceOf(AssertionError.class)
                .hasMessageContaining("POST /api/things").hasMessageContaining("500");
        assertThatThrownBy(() -> run(fuzzer(Flaw.FAILS_ON_NULLS).bodies(300, 300)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("500");
    }

    private static ApiFuzzer fuzzer(Flaw flaw) {
        return new ApiFuzzer("toy", ToyService.mvc(flaw), person -> person.userId(), ToyService.document(),
                () -> Fixture.ownedBy(ToyService.OWNER).hidden("thingId", ToyService.THING), 42L);
    }

    private static void run(Stream<DynamicTest> tests) throws Throwable {
        List<DynamicTest> all = tests.toList();
        for (DynamicTest test : all) {
            test.getExecutable().execute();
        }
    }
}
