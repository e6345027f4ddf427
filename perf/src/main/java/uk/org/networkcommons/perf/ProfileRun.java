package uk.org.networkcommons.perf;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;

/**
 * What every phase of the profile shares: the platform under test, where it listens, tokens, the load generator, and
 * the report. Each phase writes its own raw output (histograms, tool output) under {@link #out()}, and its summary
 * lines through {@link #say}, which all end up in {@code summary.txt}.
 */
final class ProfileRun {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String gateway;
    private final String direct;
    private final String kafka;
    private final String mongo;
    private final Tokens tokens;
    private final Load load = new Load(http);
    private final Path out;
    private final Platform platform;
    private final Platform.Ports ports;
    private final List<String> report = new ArrayList<>();

    ProfileRun(Path out, Platform platform, Platform.Ports ports) {
        this.out = out;
        this.platform = platform;
        this.ports = ports;
        this.gateway = "http://127.0.0.1:" + ports.gateway();
        this.direct = "http://127.0.0.1:" + ports.networkService();
        this.kafka = "127.0.0.1:" + ports.kafka();
        this.mongo = "mongodb://127.0.0.1:" + ports.mongo();
        this.tokens = new Tokens(http, "http://127.0.0.1:" + ports.keycloak());
    }

    /** A service's base URL by its module name, for phases that read a service straight. */
    String service(String module) {
        int port = switch (module) {
            case "network-service" -> ports.networkService();
            case "cameo-service" -> ports.cameoService();
            case "action-tracker" -> ports.actionTracker();
            default -> throw new IllegalArgumentException("No service called " + module);
        };
        return "http://127.0.0.1:" + port;
    }

    /** The platform's Keycloak realm, the issuer of its tokens. */
    String realm() {
        return "http://127.0.0.1:" + ports.keycloak() + "/realms/network-commons";
    }

    HttpClient http() {
        return http;
    }

    /** The gateway's base URL, e.g. {@code http://127.0.0.1:8080}. */
    String gateway() {
        return gateway;
    }

    /** network-service's base URL, for reads that skip the gateway. */
    String direct() {
        return direct;
    }

    /** The platform's Kafka bootstrap servers. */
    String kafka() {
        return kafka;
    }

    /** The platform's MongoDB (the launcher's stand-in unless told otherwise), for phases that need a store. */
    String mongo() {
        return mongo;
    }

    Tokens tokens() {
        return tokens;
    }

    Load load() {
        return load;
    }

    Platform platform() {
        return platform;
    }

    /** The raw output directory; a phase writes its files here (under a subdirectory of its own if it has many). */
    Path out() {
        return out;
    }

    ProcessCpu.Snapshot cpu() throws IOException {
        return platform.cpu().snapshot();
    }

    /** Prints and records one line of the summary. */
    void say(String line) {
        System.out.println(line);
        report.add(line);
    }

    /** Prints an outcome's summary line and keeps its full latency distribution as a {@code .hgrm} file. */
    Outcome keep(Outcome outcome) throws IOException {
        say(outcome.summaryLine());
        outcome.writeDistribution(out);
        return outcome;
    }

    static Outcome merged(String name, List<Outcome> outcomes) {
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

    void writeSummary() throws IOException {
        Files.write(out.resolve("summary.txt"), report);
    }
}
