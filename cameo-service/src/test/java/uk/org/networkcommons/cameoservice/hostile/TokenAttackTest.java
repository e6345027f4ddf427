package uk.org.networkcommons.cameoservice.hostile;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import uk.org.networkcommons.platform.test.security.TokenAttacks;

/** Forged, expired, misdirected and malformed tokens are refused on every endpoint of cameo-service. */
class TokenAttackTest extends HostileTestBase {

    static final String PROBE = "/api/library/challenges";

    @TestFactory
    Stream<DynamicTest> everyForgedOrUnfitTokenIsRefusedOnEveryEndpoint() {
        return TokenAttacks.against(SERVICE, mvc, document, PROBE);
    }

    @Test
    void aKeyAddedToTheRealmIsAcceptedAndADeletedOneRefusedOnceTheKeySetIsReadAgain() {
        TokenAttacks.assertKeyRotation(mvc, PROBE);
    }
}
