package uk.org.networkcommons.perf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * CPU time used by the platform's processes, read from the launcher's process files ({@code <data>/run/<part>.pid})
 * and the kernel's accounting through {@link ProcessHandle.Info#totalCpuDuration()}: user plus system time of each
 * part, so that a phase's cost per request or per event is the difference between two snapshots divided by its count.
 */
final class ProcessCpu {

    /** CPU time per part at one moment, parts by their launcher names (gateway, network-service, kafka, ...). */
    record Snapshot(Map<String, Duration> byPart) {

        /** What each part used since {@code earlier}. */
        Snapshot since(Snapshot earlier) {
            Map<String, Duration> used = new TreeMap<>();
            byPart.forEach((part, now) -> used.put(part, now.minus(earlier.byPart.getOrDefault(part, Duration.ZERO))));
            return new Snapshot(used);
        }

        /** Both snapshots' time added up, for measurements taken in several windows. */
        Snapshot plus(Snapshot other) {
            Map<String, Duration> sum = new TreeMap<>(byPart);
            other.byPart.forEach((part, cpu) -> sum.merge(part, cpu, Duration::plus));
            return new Snapshot(sum);
        }

        Duration of(String part) {
            return byPart.getOrDefault(part, Duration.ZERO);
        }

        /** Milliseconds of CPU per unit of work for the given parts together, e.g. per request or per event. */
        double millisPer(long units, String... parts) {
            long nanos = 0;
            for (String part : parts) {
                nanos += of(part).toNanos();
            }
            return units == 0 ? Double.NaN : nanos / 1e6 / units;
        }

        /** Each part's CPU milliseconds per unit, for the raw output. */
        String perUnit(long units) {
            StringBuilder line = new StringBuilder();
            byPart.forEach((part, cpu) -> line.append(String.format("%s %.3f ms, ", part,
                    units == 0 ? Double.NaN : cpu.toNanos() / 1e6 / units)));
            return line.isEmpty() ? "no parts" : line.substring(0, line.length() - 2);
        }
    }

    private final Path runDirectory;

    ProcessCpu(Path runDirectory) {
        this.runDirectory = runDirectory;
    }

    /** The platform's parts now, plus this load generator's own JVM as {@code load-generator}. */
    Snapshot snapshot() throws IOException {
        Map<String, Duration> byPart = new TreeMap<>();
        try (var files = Files.list(runDirectory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".pid")).toList()) {
                String part = file.getFileName().toString().replaceFirst("\\.pid$", "");
                long pid = Long.parseLong(Files.readString(file).strip().split("\\s+")[0]);
                ProcessHandle.of(pid).flatMap(process -> process.info().totalCpuDuration())
                        .ifPresent(cpu -> byPart.put(part, cpu));
            }
        }
        ProcessHandle.current().info().totalCpuDuration().ifPresent(cpu -> byPart.put("load-generator", cpu));
        return new Snapshot(byPart);
    }

    /** The process of one part, for measurements that need its pid (e.g. the broker's). */
    long pidOf(String part) throws IOException {
        return Long.parseLong(Files.readString(runDirectory.resolve(part + ".pid")).strip().split("\\s+")[0]);
    }
}
