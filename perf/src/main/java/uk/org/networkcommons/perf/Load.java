package uk.org.networkcommons.perf;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/** Reads one endpoint under load: an open model at a constant arrival rate, or a closed loop to find capacity. */
final class Load {

    private static final long HIGHEST_MICROS = TimeUnit.SECONDS.toMicros(60);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http;
    /** Why requests failed, over the whole run (e.g. HTTP 429 from the gateway's per-client rate limit). */
    private final Map<String, LongAdder> failures = new ConcurrentSkipListMap<>();

    Load(HttpClient http) {
        this.http = http;
    }

    /**
     * Sends at a constant rate whatever the answers do (open model). Each latency runs from the moment the request was
     * due, not when it left, so a stalled server shows in the figures instead of slowing the load down (no coordinated
     * omission).
     */
    Outcome openModel(String name, URI uri, String token, int perSecond, int seconds) throws InterruptedException {
        Histogram latencies = histogram();
        AtomicLong succeeded = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long total = (long) perSecond * seconds;
        long intervalNanos = TimeUnit.SECONDS.toNanos(1) / perSecond;
        long start = System.nanoTime();
        try (ExecutorService requests = Executors.newVirtualThreadPerTaskExecutor()) {
            for (long i = 0; i < total; i++) {
                long due = start + i * intervalNanos;
                long wait;
                while ((wait = due - System.nanoTime()) > 0) {
                    LockSupport.parkNanos(wait);
                }
                requests.submit(() -> read(uri, token, due, latencies, succeeded, failed));
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        return new Outcome(name, latencies, total, succeeded.get(), failed.get(), elapsed);
    }

    /** As many requests as {@code workers} concurrent clients manage back to back: the endpoint's throughput here. */
    Outcome closedLoop(String name, URI uri, String token, int workers, int seconds) throws InterruptedException {
        Histogram latencies = histogram();
        AtomicLong succeeded = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(seconds);
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int w = 0; w < workers; w++) {
                clients.submit(() -> {
                    while (System.nanoTime() < end) {
                        read(uri, token, System.nanoTime(), latencies, succeeded, failed);
                    }
                });
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        return new Outcome(name, latencies, succeeded.get() + failed.get(), succeeded.get(), failed.get(), elapsed);
    }

    private void read(URI uri, String token, long dueNanos, Histogram latencies, AtomicLong succeeded, AtomicLong failed) {
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT)
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            record(latencies, dueNanos);
            if (response.statusCode() / 100 == 2) {
                succeeded.incrementAndGet();
            } else {
                failed.incrementAndGet();
                failures.computeIfAbsent("HTTP " + response.statusCode(), status -> new LongAdder()).increment();
            }
        } catch (Exception timeoutOrRefused) {
            record(latencies, dueNanos);
            failed.incrementAndGet();
            failures.computeIfAbsent(timeoutOrRefused.getClass().getSimpleName(), kind -> new LongAdder()).increment();
        }
    }

    String failures() {
        return failures.isEmpty() ? "none" : failures.toString();
    }

    static Histogram histogram() {
        return new ConcurrentHistogram(1, HIGHEST_MICROS, 3);
    }

    static void record(Histogram latencies, long sinceNanos) {
        long micros = Math.max(1, (System.nanoTime() - sinceNanos) / 1000);
        latencies.recordValue(Math.min(micros, HIGHEST_MICROS));
    }
}
