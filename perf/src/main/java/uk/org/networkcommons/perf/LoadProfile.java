package uk.org.networkcommons.perf;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;

/**
 * The performance profile of issue 7, run against a platform started with ./run.sh. The gateway is measured as a
 * ratio against network-service read straight, in the same run on the same machine, so the machine's own speed and
 * whatever else it is doing largely cancel out. Results go to perf.out: summary.txt and one .hgrm per phase.
 */
public final class LoadProfile {

    private static final Pattern FIRST_ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String gateway = System.getProperty("perf.gateway", "http://127.0.0.1:8080");
    private final String direct = System.getProperty("perf.direct", "http://127.0.0.1:8081");
    private final Tokens tokens = new Tokens(http, System.getProperty("perf.keycloak", "http://127.0.0.1:18080"));
    private final int rate = Integer.getInteger("perf.rate", 25);
    private final int seconds = Integer.getInteger("perf.seconds", 30);
    private final int warmupSeconds = Integer.getInteger("perf.warmupSeconds", 10);
    private final int rounds = Integer.getInteger("perf.rounds", 2);
    private final int capacityWorkers = Integer.getInteger("perf.capacityWorkers", 8);
    private final int capacitySeconds = Integer.getInteger("perf.capacitySeconds", 15);
    private final int pipelineCommands = Integer.getInteger("perf.pipelineCommands", 300);
    private final int pipelineIntervalMillis = Integer.getInteger("perf.pipelineIntervalMillis", 200);
    private final int backgroundRate = Integer.getInteger("perf.pipelineBackgroundRate", 20);
    private final Path out = Path.of(System.getProperty("perf.out", "target/perf-results"));
    private final Load load = new Load(http);
    private final List<String> report = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        new LoadProfile().run();
    }

    private void run() throws Exception {
        Files.createDirectories(out);
        URI viaGateway = URI.create(gateway + "/api/networks");
        URI straight = URI.create(direct + "/api/networks");
        say("Network Commons load profile, started " + Instant.now());
        say("Machine: " + InetAddress.getLocalHost().getHostName() + ", " + Runtime.getRuntime().availableProcessors()
                + " cores seen by the JVM, " + cpuModel() + ", load average at start "
                + ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage() + "; Java "
                + System.getProperty("java.version"));
        say("Parameters: rate=" + rate + "/s for " + seconds + " s after " + warmupSeconds + " s warm-up, rounds="
                + rounds + ", capacity " + capacityWorkers + " closed-loop clients for " + capacitySeconds
                + " s, pipeline " + pipelineCommands + " commands every " + pipelineIntervalMillis
                + " ms under " + backgroundRate + "/s background reads");

        String token = tokens.forDemoUser("la.officer");
        say("GET /api/networks as la.officer: gateway " + describe(viaGateway, token) + ", network-service "
                + describe(straight, token));

        say("");
        say("A1. Capacity (closed loop, " + capacityWorkers + " clients back to back), alternating targets:");
        List<Outcome> capacityDirect = new ArrayList<>();
        List<Outcome> capacityGateway = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            token = tokens.forDemoUser("la.officer");
            load.closedLoop("warmup", straight, token, capacityWorkers, warmupSeconds);
            capacityDirect.add(keep(load.closedLoop("capacity-direct-round" + round, straight, token, capacityWorkers, capacitySeconds)));
            load.closedLoop("warmup", viaGateway, token, capacityWorkers, warmupSeconds);
            capacityGateway.add(keep(load.closedLoop("capacity-gateway-round" + round, viaGateway, token, capacityWorkers, capacitySeconds)));
        }
        Outcome capDirect = merged("capacity-direct-all", capacityDirect);
        Outcome capGateway = merged("capacity-gateway-all", capacityGateway);
        keep(capDirect);
        keep(capGateway);
        say(String.format("=> throughput ratio gateway/direct = %.3f (%.1f/s vs %.1f/s)",
                capGateway.throughputPerSecond() / capDirect.throughputPerSecond(), capGateway.throughputPerSecond(),
                capDirect.throughputPerSecond()));

        say("");
        say("A2. Latency at a constant " + rate + "/s (open model, latency from the intended send time), alternating targets:");
        List<Outcome> openDirect = new ArrayList<>();
        List<Outcome> openGateway = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            token = tokens.forDemoUser("la.officer");
            load.openModel("warmup", straight, token, rate, warmupSeconds);
            openDirect.add(keep(load.openModel("open-direct-round" + round, straight, token, rate, seconds)));
            load.openModel("warmup", viaGateway, token, rate, warmupSeconds);
            openGateway.add(keep(load.openModel("open-gateway-round" + round, viaGateway, token, rate, seconds)));
        }
        Outcome latDirect = keep(merged("open-direct-all", openDirect));
        Outcome latGateway = keep(merged("open-gateway-all", openGateway));
        say(String.format("=> added by the gateway: p50 %+.2f ms, p99 %+.2f ms, p99.9 %+.2f ms; ratio p50 %.2f, p99 %.2f, p99.9 %.2f",
                latGateway.millisAt(50) - latDirect.millisAt(50), latGateway.millisAt(99) - latDirect.millisAt(99),
                latGateway.millisAt(99.9) - latDirect.millisAt(99.9), latGateway.millisAt(50) / latDirect.millisAt(50),
                latGateway.millisAt(99) / latDirect.millisAt(99), latGateway.millisAt(99.9) / latDirect.millisAt(99.9)));

        say("");
        say("B. Event pipeline: comment through the gateway until its event arrives on /api/events/stream (la.officer), under "
                + backgroundRate + "/s GET /api/networks through the gateway:");
        token = tokens.forDemoUser("la.officer");
        String actionId = firstActionId(token);
        say("Action commented on: " + actionId);
        int backgroundSeconds = (int) Math.ceil(pipelineCommands * pipelineIntervalMillis / 1000.0) + 5;
        String backgroundToken = token;
        AtomicReference<Outcome> background = new AtomicReference<>();
        Thread backgroundLoad = Thread.ofPlatform().start(() -> {
            try {
                background.set(load.openModel("pipeline-background-reads", viaGateway, backgroundToken, backgroundRate,
                        backgroundSeconds));
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        });
        Thread.sleep(2000);
        EventPipeline.Outcomes pipeline = new EventPipeline(http, gateway).run(token, actionId, pipelineCommands,
                pipelineIntervalMillis);
        backgroundLoad.join();
        keep(pipeline.commandToEvent());
        keep(pipeline.commandAnswer());
        if (background.get() != null) {
            keep(background.get());
        }
        say("Failed reads by cause over the whole run (warm-ups included): " + load.failures());
        say("Finished " + Instant.now());
        Files.write(out.resolve("summary.txt"), report);
    }

    private String describe(URI uri, String token) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered HTTP " + response.statusCode() + ": " + response.body());
        }
        return "HTTP 200, " + response.body().length() + " characters";
    }

    private String firstActionId(String token) throws IOException, InterruptedException {
        HttpResponse<String> actions = http.send(HttpRequest.newBuilder(URI.create(gateway + "/api/actions"))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        Matcher id = FIRST_ID.matcher(actions.body());
        if (actions.statusCode() != 200 || !id.find()) {
            throw new IllegalStateException("No action to comment on: HTTP " + actions.statusCode() + " " + actions.body());
        }
        return id.group(1);
    }

    private Outcome keep(Outcome outcome) throws IOException {
        say(outcome.summaryLine());
        outcome.writeDistribution(out);
        return outcome;
    }

    private static Outcome merged(String name, List<Outcome> outcomes) {
        Histogram all = Load.histogram();
        long sent = 0;
        long succeeded = 0;
        long failed = 0;
        double elapsed = 0;
        for (Outcome outcome : outcomes) {
            all.add(outcome.latencyMicros());
            sent += outcome.sent();
            succeeded += outcome.succeeded();
            failed += outcome.failed();
            elapsed += outcome.elapsedSeconds();
        }
        return new Outcome(name, all, sent, succeeded, failed, elapsed);
    }

    private void say(String line) {
        System.out.println(line);
        report.add(line);
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
