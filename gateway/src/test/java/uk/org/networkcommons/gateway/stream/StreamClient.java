package uk.org.networkcommons.gateway.stream;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.Disposable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client of {@code GET /api/events/stream} over a real HTTP connection to the running gateway, as a dashboard would
 * hold one: it records every frame as it arrives, and closing it drops the connection.
 */
public final class StreamClient implements AutoCloseable {

    public static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<ServerSentEvent<String>> frames = new CopyOnWriteArrayList<>();
    private final List<Throwable> errors = new CopyOnWriteArrayList<>();
    private volatile boolean completed;
    private final Disposable connection;

    private StreamClient(WebClient web, String bearer, String lastEventId) {
        connection = web.get().uri("/api/events/stream")
                .accept(MediaType.TEXT_EVENT_STREAM)
                .headers(headers -> {
                    headers.set(HttpHeaders.AUTHORIZATION, bearer);
                    if (lastEventId != null) {
                        headers.set("Last-Event-ID", lastEventId);
                    }
                })
                .retrieve()
                .bodyToFlux(new ParameterizedTypeReference<ServerSentEvent<String>>() {
                })
                .subscribe(frames::add, errors::add, () -> completed = true);
    }

    /** Connects and waits until the stream is open (its first heartbeat arrived), so what is published next is seen. */
    public static StreamClient open(int port, String bearer, String lastEventId) {
        StreamClient client = new StreamClient(WebClient.create("http://127.0.0.1:" + port), bearer, lastEventId);
        await().atMost(PATIENCE).until(() -> !client.frames.isEmpty() || !client.errors.isEmpty());
        if (!client.errors.isEmpty()) {
            client.close();
            throw new IllegalStateException("The stream did not open", client.errors.getFirst());
        }
        return client;
    }

    public static StreamClient open(int port, String bearer) {
        return open(port, bearer, null);
    }

    public List<ServerSentEvent<String>> frames() {
        return List.copyOf(frames);
    }

    /** The CloudEvents received, in order. */
    public List<JsonNode> events() {
        return frames.stream().filter(frame -> frame.data() != null).map(frame -> JSON.readTree(frame.data())).toList();
    }

    /** The CloudEvents ids received, in order. */
    public List<String> eventIds() {
        return events().stream().map(event -> event.get("id").asString()).toList();
    }

    /** Waits until every one of these events has arrived. */
    public void awaitEvents(List<Published> expected) {
        List<String> ids = expected.stream().map(Published::eventId).toList();
        await().atMost(PATIENCE).untilAsserted(() -> org.assertj.core.api.Assertions.assertThat(eventIds())
                .containsAll(ids));
    }

    /** The id of the last frame received: what a reconnecting client sends as Last-Event-ID. */
    public String lastId() {
        return frames.getLast().id();
    }

    /** Whether the server ended the stream. */
    public boolean completed() {
        return completed;
    }

    public List<Throwable> errors() {
        return List.copyOf(errors);
    }

    @Override
    public void close() {
        connection.dispose();
    }
}
