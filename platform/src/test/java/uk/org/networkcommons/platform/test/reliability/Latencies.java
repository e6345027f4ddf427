package uk.org.networkcommons.platform.test.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Durations measured in a test, reported as figures (nearest-rank percentiles) rather than asserted: a time limit on a
 * shared two-core machine would fail for reasons that have nothing to do with the code.
 */
public final class Latencies {

    private final String what;
    private final List<Duration> samples = new ArrayList<>();

    public Latencies(String what) {
        this.what = what;
    }

    public synchronized void add(Duration sample) {
        samples.add(sample);
    }

    public synchronized int count() {
        return samples.size();
    }

    /** The nearest-rank percentile: the smallest sample that at least {@code percent}% of the samples do not exceed. */
    public synchronized Duration percentile(double percent) {
        if (samples.isEmpty()) {
            throw new IllegalStateException("no samples of " + what);
        }
        List<Duration> sorted = sorted();
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    public synchronized Duration max() {
        return sorted().getLast();
    }

    /** One line: the count, p50, p99 and max in milliseconds. */
    public synchronized String summary() {
        return "%s: n=%d p50=%d ms p99=%d ms max=%d ms".formatted(what, count(), percentile(50).toMillis(),
                percentile(99).toMillis(), max().toMillis());
    }

    /**
     * Prints the summary and writes it, with every sample in the order measured, to {@code file} (one run per file,
     * replaced each run) and appends the summary to {@code history} (every run, dated), both under {@code target/}.
     */
    public synchronized void report(Path file, Path history) {
        String summary = summary();
        System.out.println(summary);
        String samplesMs = samples.stream().map(sample -> Long.toString(sample.toMillis()))
                .collect(Collectors.joining(" "));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, "%s%nsamples (ms, in order): %s%n".formatted(summary, samplesMs),
                    StandardCharsets.UTF_8);
            Files.createDirectories(history.toAbsolutePath().getParent());
            Files.writeString(history, "%s %s%n".formatted(Instant.now(), summary), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Duration> sorted() {
        return samples.stream().sorted(Comparator.naturalOrder()).toList();
    }
}
