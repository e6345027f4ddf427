package uk.org.networkcommons.actiontracker.hostile;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import uk.org.networkcommons.platform.test.hostile.ApiFuzzer;

/**
 * Hostile bodies, path and query values for every endpoint of action-tracker (jqwik generators, fixed seed): never a
 * 5xx, always problem+json for a 4xx, 413 for a body over the limit. Run with {@code -Dfuzz.seed=N} for other inputs.
 */
class ApiFuzzTest extends HostileTestBase {

    static final long SEED = Long.getLong("fuzz.seed", 20261124L);
    static final int BODY_TRIES = Integer.getInteger("fuzz.tries", 200);

    ApiFuzzer fuzzer() {
        return new ApiFuzzer(SERVICE, mvc, TOKENS, document, fixtures::action, SEED);
    }

    @TestFactory
    Stream<DynamicTest> hostileBodiesNeverCauseA5xx() {
        return fuzzer().bodies(BODY_TRIES, 50);
    }

    @TestFactory
    Stream<DynamicTest> hostilePathAndQueryValuesNeverCauseA5xx() {
        return fuzzer().parameters(BODY_TRIES / 4);
    }

    @TestFactory
    Stream<DynamicTest> aNullInAnyFieldOrListNeverCausesA5xx() {
        return fuzzer().nulls();
    }

    @TestFactory
    Stream<DynamicTest> everyDateFieldRefusesDatesBeyondTheCalendarWith400() {
        return fuzzer().calendarDates();
    }

    @TestFactory
    Stream<DynamicTest> aBodyOverTheLimitIs413() {
        return fuzzer().oversizedBodies(1024 * 1024);
    }
}
