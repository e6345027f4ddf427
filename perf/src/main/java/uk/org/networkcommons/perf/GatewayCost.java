package uk.org.networkcommons.perf;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * What the gateway adds to a read: {@code GET /api/networks} as the LA officer through the gateway (JWT checked there
 * and again at the service) against network-service read straight, alternating targets round by round so that drift
 * in the machine's speed hits both alike. Capacity in a closed loop, then latency at a constant rate (open model), and
 * the CPU both cost per request.
 */
final class GatewayCost implements Phase {

    private final int rate = Integer.getInteger("perf.rate", 25);
    private final int seconds = Integer.getInteger("perf.seconds", 30);
    private final int warmupSeconds = Integer.getInteger("perf.warmupSeconds", 10);
    private final int rounds = Integer.getInteger("perf.rounds", 2);
    private final int capacityWorkers = Integer.getInteger("perf.capacityWorkers", 8);
    private final int capacitySeconds = Integer.getInteger("perf.capacitySeconds", 15);

    @Override
    public String name() {
        return "gateway";
    }

    @Override
    public void run(ProfileRun run) throws Exception {
        URI viaGateway = URI.create(run.gateway() + "/api/networks");
        URI straight = URI.create(run.direct() + "/api/networks");
        run.say("A. Gateway cost. Parameters: rate=" + rate + "/s for " + seconds + " s after " + warmupSeconds
                + " s warm-up, rounds=" + rounds + ", capacity " + capacityWorkers + " closed-loop clients for "
                + capacitySeconds + " s");
        String token = run.tokens().forDemoUser("la.officer");
        run.say("GET /api/networks as la.officer: gateway " + describe(run, viaGateway, token) + ", network-service "
                + describe(run, straight, token));

        run.say("");
        run.say("A1. Capacity (closed loop, " + capacityWorkers + " clients back to back), alternating targets:");
        Measured capacity = alternate(run, straight, viaGateway, (name, target, bearer) -> run.load().closedLoop(name,
                target, bearer, capacityWorkers, capacitySeconds), (target, bearer) -> run.load().closedLoop("warmup",
                target, bearer, capacityWorkers, warmupSeconds), "capacity");
        run.say(String.format("=> throughput ratio gateway/direct = %.3f (%.1f/s vs %.1f/s)",
                capacity.gateway().throughputPerSecond() / capacity.direct().throughputPerSecond(),
                capacity.gateway().throughputPerSecond(), capacity.direct().throughputPerSecond()));
        capacity.sayCpu(run);

        run.say("");
        run.say("A2. Latency at a constant " + rate + "/s (open model, latency from the intended send time), alternating "
                + "targets:");
        Measured open = alternate(run, straight, viaGateway, (name, target, bearer) -> run.load().openModel(name,
                target, bearer, rate, seconds), (target, bearer) -> run.load().openModel("warmup", target, bearer, rate,
                warmupSeconds), "open");
        Outcome latDirect = open.direct();
        Outcome latGateway = open.gateway();
        run.say(String.format("=> added by the gateway: p50 %+.2f ms, p99 %+.2f ms, p99.9 %+.2f ms; ratio p50 %.2f, "
                        + "p99 %.2f, p99.9 %.2f", latGateway.millisAt(50) - latDirect.millisAt(50),
                latGateway.millisAt(99) - latDirect.millisAt(99), latGateway.millisAt(99.9) - latDirect.millisAt(99.9),
                latGateway.millisAt(50) / latDirect.millisAt(50), latGateway.millisAt(99) / latDirect.millisAt(99),
                latGateway.millisAt(99.9) / latDirect.millisAt(99.9)));
        open.sayCpu(run);
        run.say("Failed reads by cause so far (warm-ups included): " + run.load().failures());
    }

    @FunctionalInterface
    private interface Measurement {
        Outcome measure(String name, URI target, String token) throws InterruptedException;
    }

    @FunctionalInterface
    private interface Warmup {
        void warm(URI target, String token) throws InterruptedException;
    }

    /** Both targets' merged outcomes and the CPU their measured windows (not the warm-ups) used. */
    private record Measured(Outcome direct, Outcome gateway, ProcessCpu.Snapshot directCpu,
            ProcessCpu.Snapshot gatewayCpu) {

        void sayCpu(ProfileRun run) {
            double straight = directCpu.millisPer(direct.sent(), "network-service");
            double routed = gatewayCpu.millisPer(gateway.sent(), "gateway", "network-service");
            run.say(String.format("=> CPU per request: direct %.3f ms (network-service), through the gateway %.3f ms "
                            + "(gateway %.3f + network-service %.3f); ratio %.2f", straight, routed,
                    gatewayCpu.millisPer(gateway.sent(), "gateway"),
                    gatewayCpu.millisPer(gateway.sent(), "network-service"), routed / straight));
            run.say("   all parts per direct request: " + directCpu.perUnit(direct.sent()));
            run.say("   all parts per gateway request: " + gatewayCpu.perUnit(gateway.sent()));
        }
    }

    private Measured alternate(ProfileRun run, URI straight, URI viaGateway, Measurement measurement, Warmup warmup,
            String label) throws Exception {
        List<Outcome> direct = new ArrayList<>();
        List<Outcome> gateway = new ArrayList<>();
        ProcessCpu.Snapshot directCpu = null;
        ProcessCpu.Snapshot gatewayCpu = null;
        for (int round = 1; round <= rounds; round++) {
            String token = run.tokens().forDemoUser("la.officer");
            warmup.warm(straight, token);
            ProcessCpu.Snapshot before = run.cpu();
            direct.add(run.keep(measurement.measure(label + "-direct-round" + round, straight, token)));
            directCpu = add(directCpu, run.cpu().since(before));
            warmup.warm(viaGateway, token);
            before = run.cpu();
            gateway.add(run.keep(measurement.measure(label + "-gateway-round" + round, viaGateway, token)));
            gatewayCpu = add(gatewayCpu, run.cpu().since(before));
        }
        return new Measured(run.keep(ProfileRun.merged(label + "-direct-all", direct)),
                run.keep(ProfileRun.merged(label + "-gateway-all", gateway)), directCpu, gatewayCpu);
    }

    private static ProcessCpu.Snapshot add(ProcessCpu.Snapshot sum, ProcessCpu.Snapshot more) {
        return sum == null ? more : sum.plus(more);
    }

    private static String describe(ProfileRun run, URI uri, String token) throws IOException, InterruptedException {
        HttpResponse<String> response = run.http().send(HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered HTTP " + response.statusCode() + ": " + response.body());
        }
        return "HTTP 200, " + response.body().length() + " characters";
    }
}
