package uk.org.networkcommons.infra;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;

/** A part's process as started by the {@link Supervisor}, and whether and when it became ready. */
public final class RunningPart {

    private final PartSpec spec;
    private final Process process;
    private final Path log;
    private final long logOffset;
    private final long startNanos;
    private final CompletableFuture<Duration> readiness = new CompletableFuture<>();

    /** @param startNanos when starting it began, before its preparation (Kafka's formatting is part of its start) */
    RunningPart(PartSpec spec, Process process, Path log, long logOffset, long startNanos) {
        this.startNanos = startNanos;
        this.spec = spec;
        this.process = process;
        this.log = log;
        this.logOffset = logOffset;
    }

    public String name() {
        return spec.name();
    }

    public PartSpec spec() {
        return spec;
    }

    public Process process() {
        return process;
    }

    public Path log() {
        return log;
    }

    /** Completes with the time from start to ready, or exceptionally with a {@link PartFailure}. */
    public CompletableFuture<Duration> readiness() {
        return readiness;
    }

    public boolean isReady() {
        return readiness.isDone() && !readiness.isCompletedExceptionally();
    }

    Duration sinceStart() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    public OptionalLong residentBytes() {
        return ProcessMemory.residentBytes(process.toHandle());
    }

    /** The last lines this run of the part wrote to its log (earlier runs' output in the same file is skipped). */
    public String logTail(int lines) {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long length = file.length();
            long from = Math.max(logOffset, length - 64 * 1024);
            file.seek(from);
            byte[] bytes = new byte[(int) (length - from)];
            file.readFully(bytes);
            List<String> all = Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\\R"));
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException unreadable) {
            return "(cannot read " + log + ": " + unreadable.getMessage() + ")";
        }
    }
}
