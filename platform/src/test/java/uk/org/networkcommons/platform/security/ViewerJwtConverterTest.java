package uk.org.networkcommons.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import uk.org.networkcommons.events.LaCode;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.events.UserId;
import uk.org.networkcommons.platform.security.Viewer.Role;

class ViewerJwtConverterTest {

    private final ViewerJwtConverter converter = new ViewerJwtConverter();

    @Test
    void rolesComeFromRealmAccessAndRealmRolesThePlatformDoesNotKnowAreIgnored() {
        Viewer viewer = viewer(claims -> claims.claim("realm_access",
                Map.of("roles", List.of("la-officer", "member", "offline_access", "uma_authorization"))));

        assertThat(viewer.roles()).containsExactlyInAnyOrder(Role.LA_OFFICER, Role.MEMBER);
    }

    @Test
    void everyPlatformRoleIsRecognised() {
        Viewer viewer = viewer(claims -> claims.claim("realm_access",
                Map.of("roles", List.of("platform-admin", "la-officer", "member"))));

        assertThat(viewer.roles()).containsExactlyInAnyOrder(Role.values());
        assertThat(viewer.isPlatformAdmin()).isTrue();
    }

    @Test
    void subjectOrganisationAndLaCodeComeFromTheirClaims() {
        Viewer viewer = viewer(claims -> claims.claim("org_id", "org-42").claim("la_code", "873")
                .claim("realm_access", Map.of("roles", List.of("la-officer"))));

        assertThat(viewer.userId()).isEqualTo(UserId.of("user-1"));
        assertThat(viewer.organisationId()).isEqualTo(OrganisationId.of("org-42"));
        assertThat(viewer.laCode()).isEqualTo(LaCode.of("873"));
        assertThat(viewer.isLaOfficerOf(LaCode.of("873"))).isTrue();
    }

    @Test
    void invalidLaCodeIsIgnoredRatherThanFailingTheRequest() {
        Viewer viewer = viewer(claims -> claims.claim("org_id", "org-42").claim("la_code", "87A"));

        assertThat(viewer.laCode()).isNull();
        assertThat(viewer.organisationId()).isEqualTo(OrganisationId.of("org-42"));
    }

    @Test
    void missingOptionalClaimsLeaveTheirFieldsEmpty() {
        Viewer viewer = viewer(claims -> { });

        assertThat(viewer.organisationId()).isNull();
        assertThat(viewer.laCode()).isNull();
        assertThat(viewer.roles()).isEmpty();
    }

    @Test
    void blankClaimsCountAsMissing() {
        Viewer viewer = viewer(claims -> claims.claim("org_id", " ").claim("la_code", "").claim("name", ""));

        assertThat(viewer.organisationId()).isNull();
        assertThat(viewer.laCode()).isNull();
        assertThat(viewer.displayName()).isEqualTo("user-1");
    }

    @Test
    void realmAccessOfTheWrongShapeGivesNoRoles() {
        assertThat(viewer(claims -> claims.claim("realm_access", "platform-admin")).roles()).isEmpty();
        assertThat(viewer(claims -> claims.claim("realm_access", Map.of("roles", "platform-admin"))).roles())
                .isEmpty();
        assertThat(viewer(claims -> claims.claim("realm_access", Map.of("roles", List.of(42)))).roles()).isEmpty();
    }

    @Test
    void displayNameIsTheNameThenTheUsernameThenTheSubject() {
        assertThat(viewer(claims -> claims.claim("name", "Ada Lovelace").claim("preferred_username", "ada"))
                .displayName()).isEqualTo("Ada Lovelace");
        assertThat(viewer(claims -> claims.claim("preferred_username", "ada")).displayName()).isEqualTo("ada");
        assertThat(viewer(claims -> { }).displayName()).isEqualTo("user-1");
    }

    @Test
    void attributeSentAsASingleElementArrayIsRead() {
        Viewer viewer = viewer(claims -> claims.claim("org_id", List.of("org-42")).claim("la_code", List.of("873")));

        assertThat(viewer.organisationId()).isEqualTo(OrganisationId.of("org-42"));
        assertThat(viewer.laCode()).isEqualTo(LaCode.of("873"));
    }

    @Test
    void authenticationHasTheViewerAsPrincipalAndTheRolesAsAuthorities() {
        Jwt jwt = jwt(claims -> claims.claim("realm_access", Map.of("roles", List.of("platform-admin", "member"))));

        ViewerAuthentication authentication = converter.convert(jwt);

        assertThat(authentication.getPrincipal()).isInstanceOf(Viewer.class);
        assertThat(authentication.getName()).isEqualTo("user-1");
        assertThat(authentication.isAuthenticated()).isTrue();
        assertThat(authentication.getToken()).isSameAs(jwt);
        assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_PLATFORM_ADMIN", "ROLE_MEMBER");
    }

    @Test
    void tokenWithoutSubjectIsAnInvalidTokenNotAServerError() {
        Jwt jwt = Jwt.withTokenValue("token").header("alg", "RS256").claim("name", "nobody")
                .issuedAt(Instant.now()).build();

        assertThatThrownBy(() -> converter.convert(jwt)).isInstanceOf(InvalidBearerTokenException.class);
    }

    private Viewer viewer(Consumer<Jwt.Builder> claims) {
        return converter.convert(jwt(claims)).viewer();
    }

    private static Jwt jwt(Consumer<Jwt.Builder> claims) {
        Jwt.Builder builder = Jwt.withTokenValue("token").header("alg", "RS256").subject("user-1")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(300));
        claims.accept(builder);
        return builder.build();
    }
}
