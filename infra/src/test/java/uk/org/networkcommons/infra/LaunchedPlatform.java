package uk.org.networkcommons.infra;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole platform, started by the real launcher in a process of its own on a fresh temporary data directory and the
 * default ports (the realm lets the portal sign in only at localhost:8080), with everything that entails: Kafka,
 * the MongoDB stand-in, Keycloak with the realm, the three services, the gateway and the demo data. Obtained through
 * {@link RunningPlatform}, which starts it once per test JVM.
 */
public final class LaunchedPlatform implements AutoCloseable {

    /** How long one start may take, Keycloak's first build included, on a two-core CI machine. */
    static final Duration START_TIMEOUT = Duration.ofMinutes(5);
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(120);

    private static final String READY_LINE = "Press Ctrl-C to stop everything.";
    private static final Pattern READY_AFTER = Pattern.compile("Network Commons is ready after ([0-9.]+) s\\.");
    private static final Pattern TOTAL = Pattern.compile("^\\s+total\\s+(\\d+) MB", Pattern.MULTILINE);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path root;
    private final Path home;
    private final Path data;
    private final Options ports = Options.parse(new String[0], java.util.Map.of());
    private Process launcher;
    private Path output;
    private int starts;
    private final Thread safetyNet = new Thread(this::killOnJvmExit, "launched-platform-safety-net");

    private LaunchedPlatform(Path root, Path home) {
        this.root = root;
        this.home = home;
        this.data = home.resolve("data");
    }

    /** Starts the launcher on a new temporary data directory and waits until everything is ready and seeded. */
    static LaunchedPlatform start(Path root) throws IOException, InterruptedException {
        requirePortsFree();
        LaunchedPlatform platform = new LaunchedPlatform(root, Files.createTempDirectory("network-commons-platform"));
        Runtime.getRuntime().addShutdownHook(platform.safetyNet);
        try {
            platform.launch();
        } catch (IOException | InterruptedException | RuntimeException | AssertionError failed) {
            platform.keepLogs(failed);
            platform.close();
            throw failed;
        }
        return platform;
    }

    /** The gateway, the platform's one entrance. */
    public URI gateway() {
        return URI.create("http://" + Options.HOST + ":" + ports.port(ServiceModule.GATEWAY.module()));
    }

    /** The gateway as a browser opens it. */
    public URI portal() {
        return URI.create("http://localhost:" + ports.port(ServiceModule.GATEWAY.module()) + "/");
    }

    public String issuer() {
        return "http://" + Options.HOST + ":" + ports.port(Options.KEYCLOAK) + "/realms/" + DemoUsers.REALM;
    }

    public Path dataDirectory() {
        return data;
    }

    /** What the launcher printed in its latest run. */
    public String output() throws IOException {
        return Files.readString(output);
    }

    /** The realm's admin REST API, for tests that need people the demo realm does not have. */
    public URI realmAdministration() {
        return URI.create("http://" + Options.HOST + ":" + ports.port(Options.KEYCLOAK) + "/admin/realms/"
                + DemoUsers.REALM);
    }

    /** An access token of Keycloak's bootstrap administrator (master realm, admin-cli), for the realm's admin API. */
    public String keycloakAdministratorToken() throws IOException, InterruptedException {
        return token("http://" + Options.HOST + ":" + ports.port(Options.KEYCLOAK) + "/realms/master",
                "grant_type=password&client_id=admin-cli&username=" + Parts.KEYCLOAK_ADMIN + "&password="
                        + Parts.KEYCLOAK_ADMIN_PASSWORD);
    }

    /** A demo user's access token from Keycloak's password grant through the scripted-sign-in client. */
    public String accessToken(String username) throws IOException, InterruptedException {
        return token("grant_type=password&client_id=" + DemoUsers.CLI_CLIENT + "&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=" + DemoUsers.PASSWORD);
    }

    /** A confidential client's own access token (client credentials grant, its service account). */
    public String clientCredentialsToken(String clientId, String secret) throws IOException, InterruptedException {
        return token("grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8));
    }

    private String token(String form) throws IOException, InterruptedException {
        return token(issuer(), form);
    }

    private static String token(String realm, String form) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                        URI.create(realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError("Keycloak refused to issue a token (" + form.replaceAll("(password|secret)=[^&]*",
                    "$1=***") + "): " + response.body());
        }
        return JSON.readTree(response.body()).path("access_token").asString();
    }

    /** An answer from the gateway. */
    public record Answer(int status, JsonNode body, String raw) {
    }

    /** A call through the gateway with a bearer token; {@code json} may be null. */
    public Answer call(String token, String method, String path, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(gateway().resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json, application/problem+json");
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode body;
        try {
            body = response.body().isBlank() ? JSON.missingNode() : JSON.readTree(response.body());
        } catch (RuntimeException notJson) {
            body = JSON.missingNode();
        }
        return new Answer(response.statusCode(), body, response.body());
    }

    /**
     * Stops the launcher with SIGTERM, as Ctrl-C does, and answers every process it had started that is still alive
     * afterwards (none, when it stops cleanly). Its process files must be gone too, or the next launcher would treat
     * the stopped parts as leftovers.
     */
    public List<String> stop() throws InterruptedException, IOException {
        if (launcher == null) {
            return List.of();
        }
        List<ProcessHandle> children = launcher.toHandle().descendants().toList();
        launcher.destroy();
        boolean exited = launcher.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        List<String> left = new ArrayList<>();
        if (!exited) {
            left.add("the launcher itself (pid " + launcher.pid() + ") did not stop within " + STOP_TIMEOUT.toSeconds()
                    + " s");
            launcher.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        for (ProcessHandle child : children) {
            if (child.isAlive()) {
                left.add("pid " + child.pid() + ": " + child.info().commandLine().orElse("?"));
                child.destroyForcibly();
            }
        }
        try (Stream<Path> pidFiles = Files.exists(data.resolve("run")) ? Files.list(data.resolve("run"))
                : Stream.empty()) {
            pidFiles.filter(file -> file.toString().endsWith(".pid"))
                    .forEach(file -> left.add("process file " + file.getFileName() + " was not removed"));
        }
        launcher = null;
        return left;
    }

    /** Stops the launcher (asserting that it left nothing running) and starts it again on the same data. */
    public void restart() throws IOException, InterruptedException {
        List<String> left = stop();
        if (!left.isEmpty()) {
            throw new AssertionError("stopping the launcher left running: " + left);
        }
        launch();
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            List<String> left = stop();
            if (!left.isEmpty()) {
                throw new AssertionError("stopping the launcher left running: " + left);
            }
        } finally {
            Runtime.getRuntime().removeShutdownHook(safetyNet);
            deleteRecursively(home);
        }
    }

    private void launch() throws IOException, InterruptedException {
        starts++;
        output = home.resolve("launcher-" + starts + ".out");
        Path infraTarget = root.resolve("infra").resolve("target");
        String classpath = infraTarget.resolve("classes") + java.io.File.pathSeparator
                + infraTarget.resolve("launcher-libs").resolve("*");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms16m", "-Xmx64m", "-XX:+UseSerialGC", "-cp", classpath, Launcher.class.getName(),
                "--data-dir=" + data, "--timeout=" + START_TIMEOUT.toSeconds());
        launcher = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        awaitReady();
        record();
    }

    private void awaitReady() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.plusSeconds(30).toNanos();
        while (true) {
            String printed = Files.readString(output);
            if (printed.contains("demo-data        FAILED")) {
                throw new AssertionError("the demo data could not be seeded:\n" + printed + logsOfFailedParts());
            }
            if (printed.contains(READY_LINE)) {
                return;
            }
            if (!launcher.isAlive()) {
                throw new AssertionError("the launcher exited with code " + launcher.exitValue() + ":\n" + printed
                        + logsOfFailedParts());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the platform was not ready within " + START_TIMEOUT.toSeconds() + " s:\n"
                        + printed + logsOfFailedParts());
            }
            Thread.sleep(500);
        }
    }

    /** Appends time to ready and total memory to target/launched-platform.txt, the figures docs/benchmarks.md quotes. */
    private void record() throws IOException {
        String printed = Files.readString(output);
        Matcher ready = READY_AFTER.matcher(printed);
        Matcher total = TOTAL.matcher(printed);
        String line = "%s start %d: ready after %s s, %s MB in total%n".formatted(LocalDateTime.now().withNano(0),
                starts, ready.find() ? ready.group(1) : "?", total.find() ? total.group(1) : "?");
        Files.writeString(root.resolve("infra/target/launched-platform.txt"), line + printed.substring(
                        Math.max(0, printed.indexOf("  part "))) + System.lineSeparator(), StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    private String logsOfFailedParts() {
        return "\n(the parts' logs are kept in " + keptLogs() + ")";
    }

    /**
     * The data directory goes when a failed start is cleaned up, and with it the only record of why a part failed (a
     * 500 while seeding, say): its logs are copied to where {@link #logsOfFailedParts} says they are first.
     */
    private void keepLogs(Throwable failed) {
        Path logs = data.resolve("logs");
        if (!Files.isDirectory(logs)) {
            return;
        }
        try (Stream<Path> files = Files.list(logs)) {
            Path kept = Files.createDirectories(keptLogs());
            for (Path log : files.filter(Files::isRegularFile).toList()) {
                Files.copy(log, kept.resolve(log.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException uncopied) {
            failed.addSuppressed(uncopied);
        }
    }

    private Path keptLogs() {
        return root.resolve("infra/target/failed-start-logs").resolve(home.getFileName());
    }

    /** The test JVM is going away without having closed the platform (a timeout, Ctrl-C): leave nothing behind. */
    private void killOnJvmExit() {
        Process running = launcher;
        if (running != null && running.isAlive()) {
            running.destroy();
            try {
                running.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The ports the launcher will use must be free, or it would fail half-way; say which and why. */
    private static void requirePortsFree() {
        Options defaults = Options.parse(new String[0], java.util.Map.of());
        List<String> taken = new ArrayList<>();
        defaults.ports().forEach((part, port) -> {
            if (Supervisor.listening(port)) {
                taken.add(part + " " + port);
            }
        });
        if (!taken.isEmpty()) {
            throw new AssertionError("The launched-platform test needs the platform's default ports, but these are in "
                    + "use: " + taken + ". Is ./run.sh running? Stop it (Ctrl-C) and run the test again. (The "
                    + "default ports are needed because the realm lets the portal sign in only at localhost:8080.)");
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        Files.walkFileTree(path, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path directory, IOException failure) throws IOException {
                Files.delete(directory);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
