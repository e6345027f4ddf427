package uk.org.networkcommons.platform.messaging;

/**
 * Kafka header names of the CloudEvents 1.0 Kafka protocol binding (binary mode) as this platform uses them. Producer
 * and consumer both read them from here so that the two sides cannot disagree on a name.
 */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION_1_0 = "1.0";
    public static final String APPLICATION_JSON = "application/json";

    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String SUBJECT = "ce_subject";
    public static final String TIME = "ce_time";
    public static final String SPEC_VERSION = "ce_specversion";
    /** The binding maps {@code datacontenttype} to the plain {@code content-type} header, not to a {@code ce_} one. */
    public static final String CONTENT_TYPE = "content-type";

    /** Extension: the position of the event in its aggregate's history; consumers apply only newer versions. */
    public static final String AGGREGATE_VERSION = "ce_aggregateversion";
    /** Extension: the network the event concerns, so consumers can filter without parsing the body. */
    public static final String NETWORK_ID = "ce_networkid";
    /** Extension: the local authority the event concerns. */
    public static final String LA_CODE = "ce_lacode";

    private CloudEventHeaders() {
    }
}
