package uk.org.networkcommons.networkservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.mock.web.MockHttpServletResponse;
import uk.org.networkcommons.platform.test.security.TestJwtIssuer;
import uk.org.networkcommons.platform.test.security.TestJwtIssuer.Token;
import uk.org.networkcommons.platform.test.security.TestUsers;

/** network-service itself refuses every forged or unfit token with 401 problem+json, on its real validation path. */
class TokenValidationIntegrationTest extends IntegrationTestBase {

    static final Map<String, UnaryOperator<Token>> ATTACKS = Map.of(
            "wrong issuer", token -> token.issuer("https://evil.example/realms/network-commons"),
            "wrong audience", token -> token.audience("some-other-api"),
            "no audience", Token::noAudience,
            "expired", Token::expired,
            "not yet valid", Token::notYetValid,
            "bad signature", Token::signedByUnknownKey,
            "tampered claims", Token::tampered,
            "alg none", Token::unsigned,
            "HS256 signed with the public key", Token::hs256WithPublicKey);

    @TestFactory
    Stream<DynamicTest> everyUnfitTokenIsRefusedWith401Problem() {
        return ATTACKS.entrySet().stream().map(attack -> DynamicTest.dynamicTest(attack.getKey(), () -> {
            String token = attack.getValue().apply(TestJwtIssuer.instance().token(TestUsers.platformAdmin())).encode();

            MockHttpServletResponse response = mvc.perform(get("/api/networks").header("Authorization", "Bearer " + token))
                    .andReturn().getResponse();

            assertThat(response.getStatus()).isEqualTo(401);
            assertThat(response.getContentType()).startsWith("application/problem+json");
            assertThat(response.getHeader("WWW-Authenticate")).startsWith("Bearer");
        }));
    }

    @Test
    void theSameTokenUntamperedIsAccepted() throws Exception {
        String token = TestJwtIssuer.instance().token(TestUsers.platformAdmin()).encode();
        assertThat(mvc.perform(get("/api/networks").header("Authorization", "Bearer " + token)).andReturn()
                .getResponse().getStatus()).isEqualTo(200);
    }
}
