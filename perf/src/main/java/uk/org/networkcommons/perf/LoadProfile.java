package uk.org.networkcommons.perf;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The performance profile of issue 7 in one run: starts the platform with the real launcher (or measures a running one,
 * {@code -Dperf.launch=false}), runs every phase against it in order, and writes {@code summary.txt}, each phase's
 * raw output and the launcher's own start report under {@code perf.out}. Every figure is a ratio against a reference
 * measured in the same run on the same machine, so the machine's speed and whatever else it does largely cancel out.
 */
public final class LoadProfile {

    private static final OutboxRelayThroughput RELAY = new OutboxRelayThroughput();
    /** In the order they run; the rebuild replays what the relay put on the topic; growth grows the data, so last. */
    private static final List<Phase> PHASES = List.of(new GatewayCost(), new PipelineLatency(), RELAY,
            new ProjectionRebuild(RELAY), new DataGrowth());

    public static void main(String[] args) throws Exception {
        Path out = Path.of(System.getProperty("perf.out", "target/perf-results"));
        Files.createDirectories(out);
        Map<String, Phase> selected = selected(System.getProperty("perf.phases", "all"));
        boolean launch = Boolean.parseBoolean(System.getProperty("perf.launch", "true"));
        Path dataDirectory = Path.of(System.getProperty("perf.dataDir", out.resolveSibling("perf-platform").toString()))
                .toAbsolutePath();
        Platform.Ports ports = Platform.Ports.fromSystemProperties();
        try (Platform platform = launch
                ? Platform.launch(Path.of(System.getProperty("perf.launcher", "../infra/target/infra.jar")),
                        dataDirectory, out.resolve("launcher.txt"), ports)
                : Platform.running(dataDirectory)) {
            ProfileRun run = new ProfileRun(out, platform, ports);
            run.say("Network Commons load profile, started " + Instant.now());
            run.say("Machine: " + InetAddress.getLocalHost().getHostName() + ", "
                    + Runtime.getRuntime().availableProcessors() + " cores seen by the JVM, " + cpuModel()
                    + ", load average at start " + ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()
                    + "; Java " + System.getProperty("java.version"));
            run.say("Platform: " + (launch ? "started by this run from " + System.getProperty("perf.launcher")
                    + " on " + dataDirectory + " (its start report: launcher.txt)" : "already running, data in "
                    + dataDirectory));
            run.say("Phases: " + String.join(", ", selected.keySet()));
            try {
                for (Phase phase : selected.values()) {
                    run.say("");
                    Instant started = Instant.now();
                    phase.run(run);
                    run.say("(" + phase.name() + " took " + (Instant.now().getEpochSecond() - started.getEpochSecond())
                            + " s)");
                }
                run.say("");
                run.say("Finished " + Instant.now());
            } finally {
                run.writeSummary();
            }
        }
    }

    private static Map<String, Phase> selected(String names) {
        Map<String, Phase> all = new LinkedHashMap<>();
        PHASES.forEach(phase -> all.put(phase.name(), phase));
        if (names.equals("all")) {
            return all;
        }
        Set<String> wanted = Arrays.stream(names.split(",")).map(String::strip).collect(Collectors.toSet());
        if (!all.keySet().containsAll(wanted)) {
            throw new IllegalArgumentException("perf.phases names unknown phases: " + wanted + "; known: "
                    + all.keySet());
        }
        all.keySet().retainAll(wanted);
        return all;
    }

    private static String cpuModel() {
        try (var lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(line -> line.startsWith("model name")).findFirst()
                    .map(line -> line.substring(line.indexOf(':') + 1).strip()).orElse("CPU model unknown");
        } catch (IOException | RuntimeException unreadable) {
            return "CPU model unknown";
        }
    }
}
