package uk.org.networkcommons.perf;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import uk.org.networkcommons.infra.DemoUsers;
import uk.org.networkcommons.infra.demo.DemoData;
import uk.org.networkcommons.infra.demo.DemoSeeder;

/**
 * The same read queries at 1×, 10× and 100× the demo data: the portal's reads of an LA officer through the gateway,
 * each by one client back to back (the time to answer without a queue, and the CPU the gateway, the answering service
 * and the MongoDB stand-in spend per request) and at a constant rate (open model). The platform grows by seeding copies of the demo data set through the services' own APIs, as the launcher
 * seeds the demo ({@link DemoSeeder#seedCopy}); a size is measured once every copy's organisations, networks, workshops
 * and actions can be read back and the platform has gone quiet, so that projections still catching up do not share
 * the CPU with the reads.
 */
final class DataGrowth implements Phase {

    /** The demo network whose page is read at every size: formed by the launcher, so there is exactly one. */
    static final String FIXED_NETWORK = "Fernmoor North Learning Community";

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final String LA = DemoUsers.LA_CODE;
    private static final Duration QUIET_WINDOW = Duration.ofSeconds(3);
    private static final Duration REST_WINDOW = Duration.ofSeconds(10);
    /** Below this share of one core, summed over the platform's parts, the platform counts as quiet. */
    private static final double QUIET_CORES = 0.15;

    private final int rate = Integer.getInteger("perf.growthRate", 20);
    private final int seconds = Integer.getInteger("perf.growthSeconds", 20);
    private final int warmupSeconds = Integer.getInteger("perf.growthWarmupSeconds", 3);
    private final int serialSeconds = Integer.getInteger("perf.growthSerialSeconds", 8);
    /**
     * Before the 1× size only: the services' code is still cold there (they run with C1 only), and 1× is every ratio's
     * denominator.
     */
    private final int firstWarmupSeconds = Integer.getInteger("perf.growthFirstWarmupSeconds", 10);
    private final List<Integer> factors = Arrays.stream(System.getProperty("perf.growthFactors", "10,100").split(","))
            .map(String::strip).map(Integer::valueOf).toList();
    private final int seedThreads = Integer.getInteger("perf.growthSeedThreads", 4);
    private final int catchUpSeconds = Integer.getInteger("perf.growthCatchUpSeconds", 300);

    /** One of the portal's reads, the service that answers it, and the name its raw output goes by. */
    record Query(String name, String service, String path) {
    }

    /** What the platform holds, as read through its APIs as the LA officer. */
    record Sizes(long organisations, long networks, long workshops, long actions) {

        Sizes times(int factor) {
            return new Sizes(organisations * factor, networks * factor, workshops * factor, actions * factor);
        }

        boolean reached(Sizes wanted) {
            return organisations >= wanted.organisations && networks >= wanted.networks
                    && workshops >= wanted.workshops && actions >= wanted.actions;
        }

        @Override
        public String toString() {
            return organisations + " organisations, " + networks + " networks, " + workshops + " workshops, "
                    + actions + " actions";
        }
    }

    /**
     * What the platform's parts use with nobody asking anything (outbox relays polling, consumers, the broker), per
     * second, so that a request's CPU can be told apart from the background that grows with the data too.
     */
    record Background(ProcessCpu.Snapshot used, double seconds) {

        double millisPerSecond(String part) {
            return used.of(part).toNanos() / 1e6 / seconds;
        }
    }

    /** CPU one measurement used, less the background over its duration, per request answered. */
    record Cost(ProcessCpu.Snapshot used, double seconds, long requests, Background background) {

        double millis(String... parts) {
            double millis = 0;
            for (String part : parts) {
                millis += used.of(part).toNanos() / 1e6 - background.millisPerSecond(part) * seconds;
            }
            return requests == 0 ? Double.NaN : Math.max(0, millis) / requests;
        }
    }

    /**
     * One query measured at one size: once by a single client back to back ({@code serial}: the time the platform
     * needs to answer, and the CPU it spends, with no queue; every request is answered, so CPU per request is exact),
     * then at the constant rate ({@code open}: latency as people would see it at that load).
     */
    record Measured(Query query, int factor, Outcome serial, Cost serialCost, Outcome open, Cost openCost,
            int answerCharacters) {

        /** The gateway and the service that answers, per request, from the single-client run. */
        double requestCpuMillis() {
            return serialCost.millis("gateway", query.service());
        }
    }

    @Override
    public String name() {
        return "growth";
    }

    @Override
    public void run(ProfileRun run) throws Exception {
        Path out = Files.createDirectories(run.out().resolve("growth"));
        run.say("E. Reads as the data grows: the LA dashboard's and lists' queries as la.officer through the gateway "
                + "at " + rate + "/s for " + seconds + " s after " + warmupSeconds + " s warm-up, at 1× (the demo as "
                + "launched) and at " + factors.stream().map(f -> f + "×").toList() + " (copies of the demo seeded "
                + "through the services' APIs, " + seedThreads + " at a time)");
        String token = run.tokens().forDemoUser("la.officer");
        String networkId = fixedNetworkId(run, token);
        List<Query> queries = List.of(
                new Query("networks-page", "network-service", "/api/networks"),
                new Query("network", "network-service", "/api/networks/" + networkId),
                new Query("actions-page", "action-tracker", "/api/actions"),
                new Query("actions-summary", "action-tracker", "/api/actions/summary?laCode=" + LA),
                new Query("networks-summary", "network-service", "/api/networks/summary?laCode=" + LA),
                new Query("workshops-summary", "cameo-service", "/api/workshops/summary?laCode=" + LA),
                new Query("organisations-page", "network-service",
                        "/api/organisations?laCode=" + LA + "&size=200&page=0"));
        run.say("Queries (GET, through the gateway): " + queries.stream().map(q -> q.name() + " = " + q.path()
                + " (" + q.service() + ")").toList());

        Map<Integer, Sizes> sizes = new LinkedHashMap<>();
        Map<Integer, List<Measured>> measured = new LinkedHashMap<>();
        Sizes demo = sizes(run, token);
        sizes.put(1, demo);
        run.say("Warming every query up for " + firstWarmupSeconds + " s, two clients back to back, before the first "
                + "size...");
        for (Query query : queries) {
            Outcome warm = run.load().closedLoop("warmup", URI.create(run.gateway() + query.path()), token, 2,
                    firstWarmupSeconds);
            System.out.println("   " + query.name() + ": " + warm.sent() + " requests");
        }
        measured.put(1, measureSize(run, out, queries, 1, demo));

        int copies = 1;
        try (PrintWriter seedingLog = new PrintWriter(Files.newBufferedWriter(out.resolve("seeding.log")), true);
                DemoSeeder seeder = new DemoSeeder(DemoData.shipped(), new DemoSeeder.Endpoints(run.realm(),
                        run.service("network-service"), run.service("cameo-service"), run.service("action-tracker")),
                        seedingLog::println, LocalDate.now())) {
            for (int factor : factors) {
                if (factor <= copies) {
                    throw new IllegalArgumentException("perf.growthFactors must grow: " + factors);
                }
                run.say("");
                seed(run, seeder, seedingLog, copies, factor - 1);
                copies = factor;
                Sizes reached = awaitSizes(run, demo.times(factor));
                sizes.put(factor, reached);
                measured.put(factor, measureSize(run, out, queries, factor, reached));
            }
        }

        run.say("");
        collectionSizes(run, out);
        report(run, out, queries, sizes, measured);
    }

    // ---- growing ----

    /** Seeds copies {@code from} to {@code to} on a few threads, printing progress and the rate copies go in at. */
    private void seed(ProfileRun run, DemoSeeder seeder, PrintWriter log, int from, int to) throws Exception {
        int count = to - from + 1;
        run.say("Seeding copies " + from + " to " + to + " of the demo data (" + count + " copies) on " + seedThreads
                + " threads...");
        long start = System.nanoTime();
        AtomicInteger done = new AtomicInteger();
        ProcessCpu.Snapshot before = run.cpu();
        try (ExecutorService workers = Executors.newFixedThreadPool(seedThreads)) {
            List<Future<DemoSeeder.Seeded>> seeded = new ArrayList<>();
            for (int number = from; number <= to; number++) {
                int copy = number;
                seeded.add(workers.submit(() -> {
                    long began = System.nanoTime();
                    DemoSeeder.Seeded result = seeder.seedCopy(copy);
                    int finished = done.incrementAndGet();
                    double minutes = (System.nanoTime() - start) / 6e10;
                    String line = String.format("copy %d seeded in %.1f s: %d organisations, %d networks, %d "
                                    + "workshops, %d actions (%d of %d, %.1f copies/min so far)", copy,
                            (System.nanoTime() - began) / 1e9, result.organisations(), result.networks(),
                            result.workshops(), result.actions(), finished, count, finished / minutes);
                    System.out.println(line);
                    log.println(line);
                    return result;
                }));
            }
            for (Future<DemoSeeder.Seeded> copy : seeded) {
                try {
                    copy.get();
                } catch (ExecutionException failed) {
                    workers.shutdownNow();
                    throw new IllegalStateException("Seeding a copy failed: " + failed.getCause().getMessage(),
                            failed.getCause());
                }
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        ProcessCpu.Snapshot used = run.cpu().since(before);
        run.say(String.format("Seeded %d copies in %.0f s: %.1f copies/min (%.1f s per copy per thread); CPU per copy: "
                + "%s", count, elapsed, count / (elapsed / 60), elapsed * seedThreads / count, used.perUnit(count)));
    }

    /** Waits until the APIs show every copy and the platform has gone quiet (projections and relays caught up). */
    private Sizes awaitSizes(ProfileRun run, Sizes wanted) throws Exception {
        long start = System.nanoTime();
        long deadline = start + Duration.ofSeconds(catchUpSeconds).toNanos();
        Sizes now = sizes(run, run.tokens().forDemoUser("la.officer"));
        while (!now.reached(wanted)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("After " + catchUpSeconds + " s the APIs show " + now + ", not "
                        + wanted);
            }
            Thread.sleep(2000);
            now = sizes(run, run.tokens().forDemoUser("la.officer"));
        }
        double busy;
        while ((busy = platformCores(run)) > QUIET_CORES && System.nanoTime() < deadline) {
            System.out.printf("platform still busy (%.2f cores), waiting%n", busy);
        }
        run.say(String.format("Caught up %.0f s after seeding: %s; platform at %.2f cores over %d s (quiet below "
                        + "%.2f)", (System.nanoTime() - start) / 1e9, now, busy, QUIET_WINDOW.toSeconds(),
                QUIET_CORES));
        return now;
    }

    /** Cores the platform's parts used over the quiet window, the load generator not counted. */
    private static double platformCores(ProfileRun run) throws Exception {
        ProcessCpu.Snapshot before = run.cpu();
        Thread.sleep(QUIET_WINDOW);
        ProcessCpu.Snapshot used = run.cpu().since(before);
        long nanos = used.byPart().entrySet().stream().filter(part -> !part.getKey().equals("load-generator"))
                .mapToLong(part -> part.getValue().toNanos()).sum();
        return nanos / (double) QUIET_WINDOW.toNanos();
    }

    // ---- measuring ----

    private List<Measured> measureSize(ProfileRun run, Path out, List<Query> queries, int factor, Sizes sizes)
            throws Exception {
        run.say("");
        run.say("At " + factor + "×: " + sizes + " (machine load average "
                + ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage() + ")");
        ProcessCpu.Snapshot restStart = run.cpu();
        Thread.sleep(REST_WINDOW);
        Background background = new Background(run.cpu().since(restStart), REST_WINDOW.toMillis() / 1000.0);
        run.say("   CPU at rest over " + REST_WINDOW.toSeconds() + " s (ms per second): "
                + background.used().perUnit(REST_WINDOW.toSeconds()));
        List<Measured> all = new ArrayList<>();
        for (Query query : queries) {
            awaitQuiet(run, Duration.ofSeconds(60));
            String token = run.tokens().forDemoUser("la.officer");
            URI uri = URI.create(run.gateway() + query.path());
            int characters = answer(run, uri, token).length();

            ProcessCpu.Snapshot before = run.cpu();
            Outcome serial = run.load().closedLoop(factor + "x-" + query.name() + "-serial", uri, token, 1,
                    serialSeconds);
            Cost serialCost = new Cost(run.cpu().since(before), serial.elapsedSeconds(), serial.succeeded(),
                    background);
            serial.writeDistribution(out);

            run.load().openModel("warmup", uri, token, rate, warmupSeconds);
            before = run.cpu();
            Outcome open = run.load().openModel(factor + "x-" + query.name(), uri, token, rate, seconds);
            Cost openCost = new Cost(run.cpu().since(before), open.elapsedSeconds(), open.succeeded(), background);
            open.writeDistribution(out);

            Measured one = new Measured(query, factor, serial, serialCost, open, openCost, characters);
            run.say(serial.summaryLine());
            run.say(open.summaryLine());
            run.say(String.format("   answer %d characters; CPU ms/request (one client, less the background): gateway "
                            + "%.2f + %s %.2f = %.2f; mongo %.2f", characters, serialCost.millis("gateway"),
                    query.service(), serialCost.millis(query.service()), one.requestCpuMillis(),
                    serialCost.millis("mongo")));
            all.add(one);
        }
        run.say("   failed reads by cause so far (warm-ups included): " + run.load().failures());
        return all;
    }

    /** Waits, bounded, until the platform's parts are quiet: nothing left over from the last query's queue. */
    private static void awaitQuiet(ProfileRun run, Duration patience) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        double busy;
        while ((busy = platformCores(run)) > QUIET_CORES) {
            if (System.nanoTime() > deadline) {
                run.say(String.format("   (platform still at %.2f cores after %d s; measuring anyway)", busy,
                        patience.toSeconds()));
                return;
            }
        }
    }

    // ---- reading what is there ----

    private static String fixedNetworkId(ProfileRun run, String token) throws IOException, InterruptedException {
        JsonNode found = JSON.readTree(answer(run, URI.create(run.gateway() + "/api/networks?laCode=" + LA + "&name="
                + URLEncoder.encode(FIXED_NETWORK, StandardCharsets.UTF_8)), token));
        for (JsonNode network : found) {
            if (network.path("name").asString().equals(FIXED_NETWORK)) {
                return network.path("id").asString();
            }
        }
        throw new IllegalStateException("The demo network " + FIXED_NETWORK + " is not there: " + found);
    }

    private static Sizes sizes(ProfileRun run, String token) throws IOException, InterruptedException {
        JsonNode networks = JSON.readTree(answer(run, URI.create(run.gateway() + "/api/networks/summary?laCode=" + LA),
                token));
        JsonNode workshops = JSON.readTree(answer(run, URI.create(run.gateway() + "/api/workshops/summary?laCode="
                + LA), token));
        JsonNode actions = JSON.readTree(answer(run, URI.create(run.gateway() + "/api/actions/summary?laCode=" + LA),
                token));
        long organisations = 0;
        for (int page = 0; ; page++) {
            JsonNode found = JSON.readTree(answer(run, URI.create(run.gateway() + "/api/organisations?laCode=" + LA
                    + "&size=200&page=" + page), token));
            organisations += found.size();
            if (found.size() < 200) {
                break;
            }
        }
        return new Sizes(organisations, networks.path("active").asLong() + networks.path("dissolved").asLong(),
                workshops.path("total").asLong(), actions.path("total").asLong());
    }

    /** Every collection of every database in the stand-in, with its documents and the indexes it was asked for. */
    private static void collectionSizes(ProfileRun run, Path out) throws IOException {
        List<String> lines = new ArrayList<>();
        try (MongoClient mongo = MongoClients.create(run.mongo())) {
            for (String database : mongo.listDatabaseNames()) {
                MongoDatabase db = mongo.getDatabase(database);
                for (String collection : db.listCollectionNames().into(new ArrayList<>()).stream().sorted()
                        .toList()) {
                    long documents = db.getCollection(collection).countDocuments();
                    List<String> indexes = db.getCollection(collection).listIndexes().into(new ArrayList<>()).stream()
                            .map(index -> index.get("key", Document.class).toJson()).toList();
                    lines.add(database + "." + collection + ": " + documents + " documents; indexes " + indexes);
                }
            }
        }
        Files.write(out.resolve("collections.txt"), lines);
        run.say("MongoDB stand-in at the largest size, by collection, with the indexes the services asked for (also "
                + "growth/collections.txt):");
        lines.forEach(line -> run.say("   " + line));
        // mongo-java-server keeps only _id and unique indexes: every other query is a scan of the whole collection
        Path log = run.platform().dataDirectory().resolve("logs").resolve("mongo.log");
        if (Files.isRegularFile(log)) {
            try (var logLines = Files.lines(log)) {
                List<String> ignored = logLines.filter(line -> line.contains("is not yet implemented. ignoring"))
                        .map(line -> line.replaceFirst(".*adding secondary index with keys ", ""))
                        .map(line -> line.replace(" is not yet implemented. ignoring", "")).distinct().toList();
                run.say("   of these the stand-in ignored (logs/mongo.log: \"adding secondary index ... is not yet "
                        + "implemented. ignoring\"): " + ignored);
            }
        }
    }

    private static String answer(ProfileRun run, URI uri, String token) throws IOException, InterruptedException {
        HttpResponse<String> response = run.http().send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered HTTP " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    // ---- the table ----

    private void report(ProfileRun run, Path out, List<Query> queries, Map<Integer, Sizes> sizes,
            Map<Integer, List<Measured>> measured) throws IOException {
        List<String> tsv = new ArrayList<>();
        tsv.add(String.join("\t", "query", "service", "factor", "organisations", "networks", "workshops", "actions",
                "answer_chars", "serial_requests", "serial_p50_ms", "serial_p99_ms", "open_rate", "open_sent",
                "open_ok", "open_failed", "open_p50_ms", "open_p99_ms", "open_p99.9_ms", "open_max_ms",
                "cpu_gateway_ms", "cpu_service_ms", "cpu_request_ms", "cpu_mongo_ms", "cpu_platform_ms",
                "open_cpu_request_ms_per_ok"));
        for (Map.Entry<Integer, List<Measured>> size : measured.entrySet()) {
            Sizes at = sizes.get(size.getKey());
            for (Measured one : size.getValue()) {
                Outcome serial = one.serial();
                Outcome open = one.open();
                Cost cost = one.serialCost();
                String[] platform = cost.used().byPart().keySet().stream()
                        .filter(part -> !part.equals("load-generator")).toArray(String[]::new);
                tsv.add(String.join("\t", one.query().name(), one.query().service(), String.valueOf(size.getKey()),
                        String.valueOf(at.organisations()), String.valueOf(at.networks()),
                        String.valueOf(at.workshops()), String.valueOf(at.actions()),
                        String.valueOf(one.answerCharacters()), String.valueOf(serial.succeeded()),
                        number(serial.millisAt(50)), number(serial.millisAt(99)), String.valueOf(rate),
                        String.valueOf(open.sent()), String.valueOf(open.succeeded()), String.valueOf(open.failed()),
                        number(open.millisAt(50)), number(open.millisAt(99)), number(open.millisAt(99.9)),
                        number(open.latencyMicros().getMaxValue() / 1000.0), number(cost.millis("gateway")),
                        number(cost.millis(one.query().service())), number(one.requestCpuMillis()),
                        number(cost.millis("mongo")), number(cost.millis(platform)),
                        number(one.openCost().millis("gateway", one.query().service()))));
            }
        }
        Files.write(out.resolve("growth.tsv"), tsv);

        List<Integer> factorsMeasured = List.copyOf(measured.keySet());
        List<Integer> grown = factorsMeasured.subList(1, factorsMeasured.size());
        run.say("Sizes: " + sizes.entrySet().stream().map(size -> size.getKey() + "× = " + size.getValue()).toList());
        run.say("");
        run.say("Latency at " + rate + "/s through the gateway (open model), p50 / p99 / p99.9 ms; \"ok n\" where "
                + "fewer than all " + rate * seconds + " were answered 2xx:");
        StringBuilder header = new StringBuilder(String.format("%-19s", "query"));
        factorsMeasured.forEach(factor -> header.append(String.format(" | %-32s", factor + "×")));
        grown.forEach(factor -> header.append(String.format(" | %-15s", factor + "×/1× p50, p99")));
        run.say(header.toString());
        for (int q = 0; q < queries.size(); q++) {
            StringBuilder line = new StringBuilder(String.format("%-19s", queries.get(q).name()));
            for (int factor : factorsMeasured) {
                Outcome o = measured.get(factor).get(q).open();
                line.append(String.format(" | %-32s", String.format("%.1f / %.1f / %.1f%s", o.millisAt(50),
                        o.millisAt(99), o.millisAt(99.9), o.failed() == 0 ? "" : " (ok " + o.succeeded() + ")")));
            }
            Outcome base = measured.get(1).get(q).open();
            for (int factor : grown) {
                Outcome o = measured.get(factor).get(q).open();
                line.append(String.format(" | %-15s", String.format("%.1f, %.1f", o.millisAt(50) / base.millisAt(50),
                        o.millisAt(99) / base.millisAt(99))));
            }
            run.say(line.toString());
        }
        run.say("");
        run.say("Cost per request, one client back to back: p50 ms; CPU ms per request of the gateway + the answering "
                + "service (less the background), and of the MongoDB stand-in:");
        StringBuilder costHeader = new StringBuilder(String.format("%-19s", "query"));
        costHeader.append(String.format(" | %-22s", "p50 ms " + joined(factorsMeasured)));
        costHeader.append(String.format(" | %-22s", "CPU ms " + joined(factorsMeasured)));
        costHeader.append(String.format(" | %-22s", "mongo ms " + joined(factorsMeasured)));
        grown.forEach(factor -> costHeader.append(String.format(" | %-10s", "CPU " + factor + "×/1×")));
        run.say(costHeader.toString());
        for (int q = 0; q < queries.size(); q++) {
            int query = q;
            StringBuilder line = new StringBuilder(String.format("%-19s", queries.get(q).name()));
            line.append(String.format(" | %-22s", factorsMeasured.stream().map(factor -> String.format("%.1f",
                    measured.get(factor).get(query).serial().millisAt(50))).reduce((a, b) -> a + " / " + b)
                    .orElse("")));
            line.append(String.format(" | %-22s", factorsMeasured.stream().map(factor -> String.format("%.2f",
                    measured.get(factor).get(query).requestCpuMillis())).reduce((a, b) -> a + " / " + b).orElse("")));
            line.append(String.format(" | %-22s", factorsMeasured.stream().map(factor -> String.format("%.2f",
                    measured.get(factor).get(query).serialCost().millis("mongo"))).reduce((a, b) -> a + " / " + b)
                    .orElse("")));
            double base = measured.get(1).get(q).requestCpuMillis();
            for (int factor : grown) {
                line.append(String.format(" | %-10s", String.format("%.1f", measured.get(factor).get(q)
                        .requestCpuMillis() / base)));
            }
            run.say(line.toString());
        }
        run.say("(raw: growth/growth.tsv, growth/<size>x-<query>[-serial].hgrm, growth/seeding.log, "
                + "growth/collections.txt)");
    }

    private static String joined(List<Integer> factors) {
        return String.join("/", factors.stream().map(factor -> factor + "×").toList());
    }

    private static String number(double value) {
        return String.format("%.3f", value);
    }
}
