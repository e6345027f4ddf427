package uk.org.networkcommons.gateway.stream;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import uk.org.networkcommons.events.LaCode;
import uk.org.networkcommons.events.NetworkId;

/**
 * One domain event as the stream hands it to a viewer who may see it.
 *
 * @param id               the resume id: pass it back as {@code Last-Event-ID} to continue right after this event
 * @param eventId          the CloudEvents {@code id}, the same however often and wherever the event is delivered
 * @param type             the versioned CloudEvents type, e.g. {@code uk.org.networkcommons.action.action-progressed.v1}
 * @param source           the service that published it, e.g. {@code /action-tracker}
 * @param subject          the id of the aggregate (network, organisation, workshop, action, library item) it belongs to
 * @param time             when it happened
 * @param aggregateVersion its position in its aggregate's history (1, 2, 3...)
 * @param networkId        the network it concerns, or null
 * @param laCode           the local authority it concerns, or null
 * @param data             the event's JSON exactly as published (do not modify: it is shared)
 * @param payload          the event decoded into its record from the {@code events} module, e.g. {@code ActionProgressed}
 * @param description      one plain-English sentence for people, e.g. "Action ‘Agree transition plan’ moved to In progress."
 */
public record StreamedEvent(String id, String eventId, String type, String source, String subject, Instant time,
        long aggregateVersion, NetworkId networkId, LaCode laCode, JsonNode data, Object payload, String description)
        implements StreamItem {

    public static final String SPEC_VERSION = "1.0";
    public static final String DATA_CONTENT_TYPE = "application/json";

    /**
     * The event in CloudEvents 1.0 JSON structured mode: the required attributes, {@code subject}, {@code time},
     * {@code datacontenttype}, the platform's extensions ({@code aggregateversion}, and {@code networkid} and
     * {@code lacode} where the event has them) and {@code data}.
     */
    public ObjectNode cloudEvent() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("specversion", SPEC_VERSION);
        json.put("id", eventId);
        json.put("source", source);
        json.put("type", type);
        json.put("subject", subject);
        if (time != null) {
            json.put("time", DateTimeFormatter.ISO_INSTANT.format(time));
        }
        json.put("datacontenttype", DATA_CONTENT_TYPE);
        json.put("aggregateversion", aggregateVersion);
        if (networkId != null) {
            json.put("networkid", networkId.value());
        }
        if (laCode != null) {
            json.put("lacode", laCode.value());
        }
        json.set("data", data);
        return json;
    }

    /** {@link #cloudEvent()} as one line of JSON, as an SSE {@code data} field carries it. */
    public String cloudEventJson() {
        return cloudEvent().toString();
    }
}
