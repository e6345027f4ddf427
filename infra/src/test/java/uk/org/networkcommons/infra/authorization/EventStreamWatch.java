package uk.org.networkcommons.infra.authorization;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One subscription to the gateway's live event stream ({@code GET /api/events/stream}), read on a thread of its own:
 * the data of every event delivered, and the stream position of the heartbeat the gateway sends on connecting, from
 * which a later subscription can resume (the replay path).
 */
final class EventStreamWatch implements AutoCloseable {

    static final String PATH = "/api/events/stream";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration FIRST_HEARTBEAT = Duration.ofSeconds(15);

    private final List<String> events = new CopyOnWriteArrayList<>();
    private final CountDownLatch connected = new CountDownLatch(1);
    private final int status;
    private final String contentType;
    private final InputStream body;
    private volatile String openingPosition;

    private EventStreamWatch(HttpResponse<InputStream> response) {
        this.status = response.statusCode();
        this.contentType = response.headers().firstValue("Content-Type").orElse("");
        this.body = response.body();
        if (status == 200) {
            Thread reader = new Thread(this::read, "event-stream-watch");
            reader.setDaemon(true);
            reader.start();
        } else {
            connected.countDown();
        }
    }

    /**
     * Subscribes with the bearer {@code token} (none if null), resuming after {@code lastEventId} if it is not null,
     * and waits for the opening heartbeat, so that everything published afterwards is on this stream.
     */
    static EventStreamWatch open(URI gateway, String token, String lastEventId)
            throws IOException, InterruptedException {
        String query = lastEventId == null ? ""
                : "?lastEventId=" + URLEncoder.encode(lastEventId, StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(gateway.resolve(PATH + query))
                .header("Accept", "text/event-stream");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        EventStreamWatch watch = new EventStreamWatch(HTTP.send(request.GET().build(),
                HttpResponse.BodyHandlers.ofInputStream()));
        if (!watch.connected.await(FIRST_HEARTBEAT.toSeconds(), TimeUnit.SECONDS)) {
            watch.close();
            throw new AssertionError("the event stream sent nothing within " + FIRST_HEARTBEAT.toSeconds() + " s");
        }
        return watch;
    }

    int status() {
        return status;
    }

    String contentType() {
        return contentType;
    }

    /** The body of a refused subscription. */
    String refusal() throws IOException {
        return status == 200 ? "" : new String(body.readAllBytes(), StandardCharsets.UTF_8);
    }

    /** Where the stream stood when it opened. */
    String openingPosition() {
        return openingPosition;
    }

    /** The data of each event delivered so far. */
    List<String> events() {
        return new ArrayList<>(events);
    }

    /** Whether an event containing {@code text} arrives within {@code patience}. */
    boolean awaitEventContaining(String text, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (events.stream().anyMatch(event -> event.contains(text))) {
                return true;
            }
            Thread.sleep(100);
        }
        return events.stream().anyMatch(event -> event.contains(text));
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            StringBuilder data = new StringBuilder();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("id:") && openingPosition == null) {
                    openingPosition = line.substring(3).strip();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).strip());
                } else if (line.isEmpty()) {
                    if (!data.isEmpty()) {
                        events.add(data.toString());
                        data.setLength(0);
                    }
                    connected.countDown();
                }
            }
        } catch (IOException closed) {
            // closing the watch ends the subscription, which ends this read
        } finally {
            connected.countDown();
        }
    }

    @Override
    public void close() throws IOException {
        body.close();
    }
}
