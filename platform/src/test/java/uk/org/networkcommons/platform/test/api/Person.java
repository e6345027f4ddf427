package uk.org.networkcommons.platform.test.api;

import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import uk.org.networkcommons.platform.security.Viewer.Role;

/** Someone the tests act as: the claims their Keycloak token would carry. */
public record Person(String userId, String organisationId, String laCode, Set<Role> roles) {

    public static Person admin() {
        return new Person("admin-" + Ids.next(), null, null, Set.of(Role.PLATFORM_ADMIN));
    }

    public static Person laOfficer(String laCode) {
        return new Person("officer-" + Ids.next(), "la-" + laCode, laCode, Set.of(Role.LA_OFFICER));
    }

    public static Person staffOf(String organisationId, String laCode) {
        return new Person("staff-" + Ids.next(), organisationId, laCode, Set.of(Role.MEMBER));
    }

    /** Ids unique within the test JVM, because all test classes share one database. */
    public static final class Ids {
        private static final AtomicLong NEXT = new AtomicLong();

        private Ids() {
        }

        public static long next() {
            return NEXT.incrementAndGet();
        }
    }
}
