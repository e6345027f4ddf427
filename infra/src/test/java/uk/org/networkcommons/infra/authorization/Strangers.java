package uk.org.networkcommons.infra.authorization;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import uk.org.networkcommons.infra.LaunchedPlatform;
import uk.org.networkcommons.infra.authorization.GatewayClient.Answer;

/**
 * The people who must not see Fernmoor's objects, made for real: an officer of another LA; staff of a school of LA 901
 * that belongs to no network; and staff of a school that was a member of the north community and the south cluster and
 * has left both. Keycloak issues their tokens; their schools are registered by the platform admin, and the former
 * member is admitted and later recorded as departed by each network's co-ordinator, through the APIs. Their rows of
 * the matrix run only after the services' projections have caught up with the departures, and only after the former
 * member was seen to see the networks' objects while it belonged, which shows the departure is what hides them.
 */
final class Strangers {

    /** The labels the services' own matrices give these strangers. */
    static final String OTHER_LA_OFFICER = "officer of another LA";
    static final String UNRELATED_SCHOOL_STAFF = "staff of an unrelated school of the LA";
    static final String FORMER_MEMBER_STAFF = "staff of a former member";

    static final String OTHER_LA = "902";

    /** How long a projection may take to catch up with a change, on a busy two-core machine. */
    private static final Duration CATCH_UP = Duration.ofSeconds(60);

    final Map<String, String> tokens = new LinkedHashMap<>();
    final String unrelatedSchool = UUID.randomUUID().toString();
    final String formerMember = UUID.randomUUID().toString();

    Strangers(LaunchedPlatform platform, GatewayClient gateway, FernmoorObjects fernmoor)
            throws IOException, InterruptedException {
        RealmPeople people = new RealmPeople(platform);
        String admin = platform.accessToken("platform.admin");
        String officer = platform.accessToken("la.officer");
        String coordinator = platform.accessToken("coordinator");
        String run = UUID.randomUUID().toString().substring(0, 8);

        tokens.put(OTHER_LA_OFFICER, people.add("other-la-officer", "la-officer", UUID.randomUUID().toString(),
                OTHER_LA));
        register(gateway, admin, unrelatedSchool, "Matrix Unrelated Primary " + run);
        tokens.put(UNRELATED_SCHOOL_STAFF, people.add("unrelated-school", "member", unrelatedSchool,
                FernmoorObjects.LA));
        register(gateway, admin, formerMember, "Matrix Former Member Primary " + run);
        String former = people.add("former-member", "member", formerMember, FernmoorObjects.LA);
        tokens.put(FORMER_MEMBER_STAFF, former);

        // the north community's co-ordinator admits the school; the LA's officer co-ordinates the south cluster
        LocalDate today = LocalDate.now();
        String admission = """
                {"organisationId": "%s", "role": "MEMBER", "effectiveFrom": "%s"}""".formatted(formerMember,
                today.minusDays(1));
        gateway.post(coordinator, "/api/networks/" + fernmoor.north + "/members", admission)
                .expect(201, "admitting the school to the north community");
        gateway.post(officer, "/api/networks/" + fernmoor.south + "/members", admission)
                .expect(201, "admitting the school to the south cluster");
        List<String> whileMember = List.of("/api/networks/" + fernmoor.north,
                "/api/networks/" + fernmoor.north + "/workshops", "/api/actions/" + fernmoor.northAction,
                "/api/networks/" + fernmoor.south, "/api/actions/" + fernmoor.southAction);
        awaitAnswers(gateway, former, whileMember, Answer::isSuccess, "the member school's staff to see each network");

        String departure = """
                {"effectiveOn": "%s", "reason": "Left to check that leaving hides the network"}""".formatted(today);
        gateway.post(coordinator, "/api/networks/%s/members/%s/departure".formatted(fernmoor.north, formerMember),
                departure).expect(200, "recording the school's departure from the north community");
        gateway.post(officer, "/api/networks/%s/members/%s/departure".formatted(fernmoor.south, formerMember),
                departure).expect(200, "recording the school's departure from the south cluster");
        awaitAnswers(gateway, former, whileMember, answer -> answer.status() == 404,
                "every service to hide the networks from the former member's staff");
    }

    private static void register(GatewayClient gateway, String admin, String id, String name) {
        // a URN no real school has (they start 1 to 4) and the demo's do not use (99....)
        String urn = String.valueOf(800000 + ThreadLocalRandom.current().nextInt(100000));
        gateway.post(admin, "/api/organisations", """
                {"id": "%s", "name": "%s", "kind": "SCHOOL", "laCode": "%s", "urn": "%s", "phase": "PRIMARY"}"""
                .formatted(id, name, FernmoorObjects.LA, urn)).expect(201, "registering " + name);
    }

    /** Polls until every path answers as {@code wanted}, within {@link #CATCH_UP}. */
    private static void awaitAnswers(GatewayClient gateway, String token, List<String> paths,
            Predicate<Answer> wanted, String what) throws InterruptedException {
        long deadline = System.nanoTime() + CATCH_UP.toNanos();
        Map<String, Answer> last = new LinkedHashMap<>();
        while (true) {
            last.clear();
            paths.forEach(path -> last.put(path, gateway.get(token, path)));
            if (last.values().stream().allMatch(wanted)) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + CATCH_UP.toSeconds() + " s for " + what + "; the last answers: "
                        + last);
            }
            Thread.sleep(200);
        }
    }
}
