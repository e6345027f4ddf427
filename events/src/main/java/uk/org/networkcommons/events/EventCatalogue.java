package uk.org.networkcommons.events;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.org.networkcommons.events.action.ActionEvent;
import uk.org.networkcommons.events.library.LibraryEvent;
import uk.org.networkcommons.events.network.NetworkEvent;
import uk.org.networkcommons.events.organisation.OrganisationEvent;
import uk.org.networkcommons.events.workshop.WorkshopEvent;

/**
 * Every integration event type, by its versioned CloudEvents type name. Consumers decode with it; a type that is not
 * here is not ours to decode.
 */
public final class EventCatalogue {

    /** The event families, each published on its own topic. */
    public static final Map<String, Class<?>> FAMILIES_BY_TOPIC = Map.of(
            Topics.NETWORKS, NetworkEvent.class,
            Topics.ORGANISATIONS, OrganisationEvent.class,
            Topics.WORKSHOPS, WorkshopEvent.class,
            Topics.LIBRARY, LibraryEvent.class,
            Topics.ACTIONS, ActionEvent.class);

    private static final Map<String, Class<?>> BY_TYPE = index();

    private EventCatalogue() {
    }

    public static Optional<Class<?>> classOf(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    public static String typeOf(Class<?> eventClass) {
        EventType type = eventClass.getAnnotation(EventType.class);
        if (type == null) {
            throw new IllegalArgumentException(eventClass.getName() + " is not an integration event: it has no @EventType");
        }
        return type.value();
    }

    public static List<String> types() {
        return List.copyOf(BY_TYPE.keySet());
    }

    private static Map<String, Class<?>> index() {
        Map<String, Class<?>> index = new LinkedHashMap<>();
        FAMILIES_BY_TOPIC.values().stream()
                .flatMap(family -> Arrays.stream(family.getPermittedSubclasses()))
                .forEach(eventClass -> {
                    Class<?> previous = index.put(typeOf(eventClass), eventClass);
                    if (previous != null) {
                        throw new IllegalStateException("Two events share the type " + typeOf(eventClass));
                    }
                });
        return Map.copyOf(index);
    }
}
