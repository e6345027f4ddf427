package uk.org.networkcommons.gateway.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import uk.org.networkcommons.events.ActionId;
import uk.org.networkcommons.events.EventCatalogue;
import uk.org.networkcommons.events.LaCode;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.events.UserId;
import uk.org.networkcommons.events.WorkshopId;
import uk.org.networkcommons.events.action.ActionProgressed;
import uk.org.networkcommons.events.action.ActionStatus;
import uk.org.networkcommons.events.network.MemberJoined;
import uk.org.networkcommons.events.network.MembershipRole;
import uk.org.networkcommons.events.network.NetworkAccess;

class EventDescriptionsTest {

    static final NetworkId NETWORK = NetworkId.of("network-1");
    static final OrganisationId SCHOOL = OrganisationId.of("school-1");
    static final ActionId ACTION = ActionId.of("action-1");
    static final NetworkAccess ACCESS = new NetworkAccess(NETWORK, LaCode.of("873"), Set.of(SCHOOL), Set.of(), Set.of(),
            false);

    /** Names as the directory would know them once the naming events have been read. */
    static final Names KNOWN = names(Map.of(NETWORK.value(), "Fernmoor North Cluster", SCHOOL.value(),
            "Fernmoor Primary", ACTION.value(), "Agree transition plan", "workshop-1", "Transition to secondary"));
    static final Names NONE_KNOWN = names(Map.of());

    @Test
    void everyEventTypeInTheCatalogueHasItsOwnSentence() {
        for (String type : EventCatalogue.types()) {
            Object event = sample(EventCatalogue.classOf(type).orElseThrow());
            for (Names names : List.of(KNOWN, NONE_KNOWN)) {
                String sentence = EventDescriptions.describe(event, names);
                assertThat(sentence).as(type).isNotEqualTo(EventDescriptions.UNKNOWN).doesNotContain("null")
                        .endsWith(".").doesNotContain("uk.org.networkcommons");
                assertThat(Character.isUpperCase(sentence.charAt(0))).as(type + ": " + sentence).isTrue();
            }
        }
    }

    @Test
    void aMemberJoiningIsToldWithTheNamesOfTheSchoolAndTheNetwork() {
        MemberJoined joined = new MemberJoined(NETWORK, SCHOOL, MembershipRole.MEMBER, LocalDate.of(2027, 3, 12), null,
                UserId.of("officer"), ACCESS);

        assertThat(EventDescriptions.describe(joined, KNOWN)).isEqualTo("Fernmoor Primary joined Fernmoor North Cluster.");
        assertThat(EventDescriptions.describe(joined, NONE_KNOWN))
                .isEqualTo("Organisation school-1 joined network network-1.");
    }

    @Test
    void anActionMovingOnIsToldWithItsTitleAndNewStatus() {
        ActionProgressed progressed = new ActionProgressed(ACTION, NETWORK, LaCode.of("873"), SCHOOL, Set.of(),
                ActionStatus.IN_PROGRESS, 40, UserId.of("head"));

        assertThat(EventDescriptions.describe(progressed, KNOWN))
                .isEqualTo("Action ‘Agree transition plan’ moved to In progress (40% done).");
        assertThat(EventDescriptions.describe(progressed, NONE_KNOWN))
                .isEqualTo("Action action-1 moved to In progress (40% done).");
    }

    @Test
    void somethingThatIsNotAnEventIsStillASentence() {
        assertThat(EventDescriptions.describe("not an event", KNOWN)).isEqualTo(EventDescriptions.UNKNOWN);
        assertThat(EventDescriptions.describe(null, KNOWN)).isEqualTo(EventDescriptions.UNKNOWN);
    }

    private static Names names(Map<String, String> byId) {
        Function<String, Optional<String>> lookup = id -> Optional.ofNullable(byId.get(id));
        return new Names() {
            @Override
            public Optional<String> network(NetworkId id) {
                return lookup.apply(id.value());
            }

            @Override
            public Optional<String> organisation(OrganisationId id) {
                return lookup.apply(id.value());
            }

            @Override
            public Optional<String> action(ActionId id) {
                return lookup.apply(id.value());
            }

            @Override
            public Optional<String> workshop(WorkshopId id) {
                return lookup.apply(id.value());
            }
        };
    }

    /** An instance of any event record with plausible values in every field, ids matching the names above. */
    static Object sample(Class<?> type) {
        if (type == String.class) {
            return "Agree transition plan";
        }
        if (type == int.class || type == Integer.class) {
            return 2;
        }
        if (type == long.class || type == Long.class) {
            return 2L;
        }
        if (type == boolean.class || type == Boolean.class) {
            return false;
        }
        if (type == Instant.class) {
            return Instant.parse("2027-03-12T10:15:30Z");
        }
        if (type == LocalDate.class) {
            return LocalDate.of(2027, 3, 12);
        }
        if (type == Set.class) {
            return Set.of();
        }
        if (type == List.class) {
            return List.of();
        }
        if (type == LaCode.class) {
            return LaCode.of("873");
        }
        if (type == NetworkId.class) {
            return NETWORK;
        }
        if (type == OrganisationId.class) {
            return SCHOOL;
        }
        if (type == ActionId.class) {
            return ACTION;
        }
        if (type == WorkshopId.class) {
            return WorkshopId.of("workshop-1");
        }
        if (type == UserId.class) {
            return UserId.of("user-1");
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (type.isRecord()) {
            Class<?>[] parameters = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new);
            try {
                Constructor<?> canonical = type.getDeclaredConstructor(parameters);
                return canonical.newInstance(Arrays.stream(parameters).map(EventDescriptionsTest::sample).toArray());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot build a sample " + type.getName(), e);
            }
        }
        throw new IllegalStateException("No sample value for " + type.getName());
    }
}
