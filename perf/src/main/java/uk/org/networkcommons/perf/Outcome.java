package uk.org.networkcommons.perf;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.HdrHistogram.Histogram;

/** What one phase measured: latencies in microseconds, and how many requests were sent, answered 2xx, or failed. */
record Outcome(String name, Histogram latencyMicros, long sent, long succeeded, long failed, double elapsedSeconds) {

    double throughputPerSecond() {
        return succeeded / elapsedSeconds;
    }

    double millisAt(double percentile) {
        return latencyMicros.getValueAtPercentile(percentile) / 1000.0;
    }

    String summaryLine() {
        return String.format("%-40s sent=%6d ok=%6d failed=%4d  %8.1f/s  p50=%8.2f ms  p99=%8.2f ms  p99.9=%8.2f ms  max=%8.2f ms",
                name, sent, succeeded, failed, throughputPerSecond(), millisAt(50), millisAt(99), millisAt(99.9),
                latencyMicros.getMaxValue() / 1000.0);
    }

    /** The full percentile distribution as HdrHistogram prints it (values in milliseconds), kept as raw output. */
    void writeDistribution(Path directory) throws IOException {
        Files.createDirectories(directory);
        try (PrintStream out = new PrintStream(Files.newOutputStream(directory.resolve(name + ".hgrm")))) {
            out.println("# " + summaryLine());
            latencyMicros.outputPercentileDistribution(out, 1000.0);
        }
    }
}
