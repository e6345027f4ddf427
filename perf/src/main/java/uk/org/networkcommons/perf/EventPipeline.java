package uk.org.networkcommons.perf;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.HdrHistogram.Histogram;

/**
 * Time from sending a command through the gateway until its event arrives on the gateway's live event stream: the
 * whole pipeline of service write, outbox relay, Kafka, the gateway's consumer and the SSE push.
 */
final class EventPipeline {

    private static final Pattern MARKER = Pattern.compile("perf-pipeline-[0-9a-f]+-(\\d+)");
    private static final Duration EVENT_TIMEOUT = Duration.ofSeconds(15);

    private final HttpClient http;
    private final String gateway;
    private final Map<String, CompletableFuture<Long>> awaited = new ConcurrentHashMap<>();

    EventPipeline(HttpClient http, String gateway) {
        this.http = http;
        this.gateway = gateway;
    }

    record Outcomes(Outcome commandToEvent, Outcome commandAnswer) {
    }

    /**
     * Comments {@code commands} times, one every {@code intervalMillis}, each with a marker to find it by, taking the
     * actions in turn: comments live in the action's document, so a thousand on one action would measure a document
     * growing far beyond any real one.
     */
    Outcomes run(String token, List<String> actionIds, int commands, int intervalMillis)
            throws IOException, InterruptedException {
        String run = Long.toHexString(System.nanoTime());
        HttpResponse<Stream<String>> stream = http.send(HttpRequest.newBuilder(URI.create(gateway + "/api/events/stream"))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").GET().build(),
                HttpResponse.BodyHandlers.ofLines());
        if (stream.statusCode() != 200) {
            throw new IllegalStateException("Event stream answered HTTP " + stream.statusCode());
        }
        Thread reader = Thread.ofVirtual().start(() -> {
            try (Stream<String> lines = stream.body()) {
                lines.filter(line -> line.startsWith("data:")).forEach(this::arrived);
            } catch (RuntimeException closed) {
                // the stream ends when the run is over and the body is closed
            }
        });
        Histogram endToEnd = Load.histogram();
        Histogram answer = Load.histogram();
        long failed = 0;
        long succeeded = 0;
        long start = System.nanoTime();
        for (int i = 0; i < commands; i++) {
            long due = start + TimeUnit.MILLISECONDS.toNanos((long) i * intervalMillis);
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            String marker = "perf-pipeline-" + run + "-" + i;
            CompletableFuture<Long> arrival = new CompletableFuture<>();
            awaited.put(marker, arrival);
            long sent = System.nanoTime();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                    URI.create(gateway + "/api/actions/" + actionIds.get(i % actionIds.size()) + "/comments")).timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"comment\":\"" + marker + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            Load.record(answer, sent);
            if (response.statusCode() != 201) {
                throw new IllegalStateException("Comment answered HTTP " + response.statusCode() + ": " + response.body());
            }
            try {
                long arrivedAt = arrival.get(EVENT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                endToEnd.recordValue(Math.max(1, (arrivedAt - sent) / 1000));
                succeeded++;
            } catch (TimeoutException | java.util.concurrent.ExecutionException lost) {
                failed++;
            } finally {
                awaited.remove(marker);
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        reader.interrupt();
        stream.body().close();
        return new Outcomes(new Outcome("pipeline-command-to-sse-event", endToEnd, commands, succeeded, failed, elapsed),
                new Outcome("pipeline-command-answer", answer, commands, commands, 0, elapsed));
    }

    private void arrived(String dataLine) {
        long now = System.nanoTime();
        Matcher marker = MARKER.matcher(dataLine);
        if (marker.find()) {
            CompletableFuture<Long> arrival = awaited.get(marker.group());
            if (arrival != null) {
                arrival.complete(now);
            }
        }
    }
}
