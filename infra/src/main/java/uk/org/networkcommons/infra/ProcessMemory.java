package uk.org.networkcommons.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * Resident memory of a part, read from {@code /proc/<pid>/status} on Linux. A part's own children are counted too,
 * because Keycloak's {@code kc.sh} keeps a shell in front of the JVM until its first build is done.
 */
public final class ProcessMemory {

    private ProcessMemory() {
    }

    /** RSS in bytes of the process and its descendants; empty where {@code /proc} is not available. */
    public static OptionalLong residentBytes(ProcessHandle process) {
        long total = 0;
        boolean any = false;
        for (ProcessHandle handle : Stream.concat(Stream.of(process), process.descendants()).toList()) {
            OptionalLong rss = vmRss(handle.pid());
            if (rss.isPresent()) {
                total += rss.getAsLong();
                any = true;
            }
        }
        return any ? OptionalLong.of(total) : OptionalLong.empty();
    }

    /** RSS in bytes of this one process. */
    public static OptionalLong vmRss(long pid) {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        try (Stream<String> lines = Files.lines(status)) {
            return lines.filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> line.substring("VmRSS:".length()).trim().split("\\s+")[0])
                    .mapToLong(kilobytes -> Long.parseLong(kilobytes) * 1024)
                    .findFirst();
        } catch (IOException | RuntimeException unavailable) {
            return OptionalLong.empty();
        }
    }

    public static String describe(OptionalLong bytes) {
        return bytes.isPresent() ? (bytes.getAsLong() + 512 * 1024) / (1024 * 1024) + " MB" : "n/a";
    }
}
