package uk.org.networkcommons.events;

/** Kafka topics: one per aggregate type, keyed by aggregate id. Poison records go to the topic name plus {@link #DEAD_LETTER_SUFFIX}. */
public final class Topics {

    public static final String ORGANISATIONS = "network-commons.organisations";
    public static final String NETWORKS = "network-commons.networks";
    public static final String WORKSHOPS = "network-commons.workshops";
    public static final String LIBRARY = "network-commons.library";
    public static final String ACTIONS = "network-commons.actions";
    public static final String DEAD_LETTER_SUFFIX = ".DLT";

    private Topics() {
    }

    public static String deadLetterOf(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
