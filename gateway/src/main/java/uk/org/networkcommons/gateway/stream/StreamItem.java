package uk.org.networkcommons.gateway.stream;

/**
 * What a subscription emits: events, and heartbeats that say the stream is alive and how far it has read. Both carry
 * a resume id; resuming from a heartbeat's id skips nothing the viewer could see, so a client that saw no event for a
 * while still resumes where it was rather than at the end.
 */
public sealed interface StreamItem permits StreamedEvent, StreamItem.Heartbeat {

    /** The resume id: pass it back as {@code Last-Event-ID} to continue right after this item. */
    String id();

    /** Emitted first, as soon as the subscription is open, then every heartbeat interval. */
    record Heartbeat(String id) implements StreamItem {
    }
}
