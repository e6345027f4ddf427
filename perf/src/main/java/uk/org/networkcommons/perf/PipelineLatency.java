package uk.org.networkcommons.perf;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The event pipeline end to end: a comment sent through the gateway until its event arrives on the gateway's SSE
 * stream, while background reads go through the gateway at a constant rate; with the CPU all parts used per command.
 */
final class PipelineLatency implements Phase {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final int commands = Integer.getInteger("perf.pipelineCommands", 300);
    private final int intervalMillis = Integer.getInteger("perf.pipelineIntervalMillis", 200);
    private final int backgroundRate = Integer.getInteger("perf.pipelineBackgroundRate", 20);

    @Override
    public String name() {
        return "pipeline";
    }

    @Override
    public void run(ProfileRun run) throws Exception {
        URI viaGateway = URI.create(run.gateway() + "/api/networks");
        run.say("B. Event pipeline: comment through the gateway until its event arrives on /api/events/stream "
                + "(la.officer), " + commands + " commands every " + intervalMillis + " ms, under " + backgroundRate
                + "/s GET /api/networks through the gateway:");
        String token = run.tokens().forDemoUser("la.officer");
        List<String> actionIds = actionIds(run, token);
        run.say("Actions commented on in turn: " + actionIds.size());
        int backgroundSeconds = (int) Math.ceil(commands * intervalMillis / 1000.0) + 5;
        AtomicReference<Outcome> background = new AtomicReference<>();
        Thread backgroundLoad = Thread.ofPlatform().start(() -> {
            try {
                background.set(run.load().openModel("pipeline-background-reads", viaGateway, token, backgroundRate,
                        backgroundSeconds));
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        });
        Thread.sleep(2000);
        ProcessCpu.Snapshot before = run.cpu();
        EventPipeline.Outcomes pipeline = new EventPipeline(run.http(), run.gateway()).run(token, actionIds, commands,
                intervalMillis);
        ProcessCpu.Snapshot used = run.cpu().since(before);
        backgroundLoad.join();
        run.keep(pipeline.commandToEvent());
        run.keep(pipeline.commandAnswer());
        if (background.get() != null) {
            run.keep(background.get());
        }
        run.say("=> CPU over the commands' window, background reads included, per command: "
                + used.perUnit(commands));
    }

    /** The actions on the LA officer's first page of up to 50. */
    private static List<String> actionIds(ProfileRun run, String token) throws IOException, InterruptedException {
        HttpResponse<String> actions = run.http().send(HttpRequest.newBuilder(URI.create(run.gateway()
                        + "/api/actions?size=50")).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode page = JSON.readTree(actions.body());
        JsonNode items = page.path("items");
        List<String> ids = new ArrayList<>();
        items.forEach(action -> ids.add(action.path("id").asString()));
        if (actions.statusCode() != 200 || ids.isEmpty()) {
            throw new IllegalStateException("No action to comment on: HTTP " + actions.statusCode() + " "
                    + actions.body());
        }
        return ids;
    }
}
