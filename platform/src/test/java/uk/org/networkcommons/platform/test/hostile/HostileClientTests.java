package uk.org.networkcommons.platform.test.hostile;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import uk.org.networkcommons.platform.test.security.TokenAttacks;

/**
 * The attacks every service must withstand the same way, run against each service's own endpoints by a one-line
 * subclass: hostile bodies, path and query values (jqwik generators, fixed seed; {@code -Dfuzz.seed=N} and
 * {@code -Dfuzz.tries=N} for other runs) never cause a 5xx and a 4xx is always problem+json; a body over the limit is
 * 413; forged, expired, misdirected and malformed tokens are refused on every endpoint, and keys rotate.
 */
public abstract class HostileClientTests extends HostileContext {

    public static final long SEED = Long.getLong("fuzz.seed", 20261124L);
    public static final int BODY_TRIES = Integer.getInteger("fuzz.tries", 200);
    public static final long BODY_LIMIT_BYTES = 1024 * 1024;

    /** A new set of real objects, created through the API by their owners, for the endpoints' path values. */
    protected abstract AuthorizationMatrix.Fixture freshFixture();

    /** A read endpoint every signed-in person may call: where the token attacks show a good token gets in. */
    protected abstract String probe();

    private ApiFuzzer fuzzer() {
        return new ApiFuzzer(service(), mvc, TOKENS, document, this::freshFixture, SEED);
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
        return fuzzer().oversizedBodies(BODY_LIMIT_BYTES);
    }

    @TestFactory
    Stream<DynamicTest> everyForgedOrUnfitTokenIsRefusedOnEveryEndpoint() {
        return TokenAttacks.against(service(), mvc, document, probe());
    }

    @Test
    void aKeyAddedToTheRealmIsAcceptedAndADeletedOneRefusedOnceTheKeySetIsReadAgain() {
        TokenAttacks.assertKeyRotation(mvc, probe());
    }
}
