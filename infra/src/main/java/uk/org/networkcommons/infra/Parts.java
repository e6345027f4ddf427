package uk.org.networkcommons.infra;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import uk.org.networkcommons.infra.mongo.MongoServerMain;
import uk.org.networkcommons.infra.probe.HttpProbe;
import uk.org.networkcommons.infra.probe.KafkaProbe;
import uk.org.networkcommons.infra.probe.MongoProbe;

/**
 * What each part runs: command line, environment, configuration written before it starts, and its readiness check.
 * Every Java child runs on the launcher's own JDK with a bounded heap, the serial collector and the C1 compiler only:
 * on a two-core laptop running eight JVMs at once, start-up time and memory matter far more than peak throughput.
 */
public final class Parts {

    static final String KEYCLOAK_ADMIN = "admin";
    static final String KEYCLOAK_ADMIN_PASSWORD = "admin";

    private static final List<String> SMALL_JVM = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "-XX:+ExitOnOutOfMemoryError");
    private static final int PROBE_TIMEOUT_MILLIS = 2000;

    private final Layout layout;
    private final Options options;
    private final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    public Parts(Layout layout, Options options) {
        this.layout = layout;
        this.options = options;
    }

    public String kafkaBootstrap() {
        return Options.HOST + ":" + options.port(Options.KAFKA);
    }

    public String issuer() {
        return "http://" + Options.HOST + ":" + options.port(Options.KEYCLOAK) + "/realms/" + DemoUsers.REALM;
    }

    public String mongoUri(String database) {
        return options.externalMongoUri()
                .map(base -> MongoUris.withDatabase(base, database))
                .orElse("mongodb://" + Options.HOST + ":" + options.port(Options.MONGO) + "/" + database);
    }

    /** mongo-java-server with the H2 backend; the data of every service's database is in one H2 file. */
    public PartSpec mongo() throws PartFailure {
        Path libs = requireDirectory(Options.MONGO, layout.mongoLibs());
        int port = options.port(Options.MONGO);
        Path file = layout.partData(Options.MONGO).resolve("network-commons.mv");
        List<String> command = new ArrayList<>(List.of(java, "-Xms16m", "-Xmx192m"));
        command.addAll(SMALL_JVM);
        command.addAll(List.of(
                "-Dlogback.configurationFile=uk/org/networkcommons/infra/child-logback.xml",
                "-cp", layout.launcherCode() + File.pathSeparator + libs.resolve("*"),
                MongoServerMain.class.getName(), Options.HOST, Integer.toString(port), file.toString()));
        return new PartSpec(Options.MONGO,
                "mongo-java-server " + version(libs, "mongo-java-server-core-") + " with H2 file "
                        + layout.show(file) + ", on " + Options.HOST + ":" + port,
                command, Map.of(), layout.root(), List.of(port),
                new MongoProbe(Options.HOST, port, PROBE_TIMEOUT_MILLIS), Duration.ofSeconds(15),
                PartSpec.Preparation.NONE);
    }

    /**
     * A single KRaft node that is both broker and controller, run from the {@code kafka_2.13} jars. Its configuration
     * is written afresh on every start (so port options take effect); its log directory is formatted only once, which
     * is what keeps topics and offsets between runs.
     */
    public PartSpec kafka() throws PartFailure {
        Path libs = requireDirectory(Options.KAFKA, layout.kafkaLibs());
        int port = options.port(Options.KAFKA);
        int controllerPort = options.port(Options.KAFKA_CONTROLLER);
        Path home = layout.partData(Options.KAFKA);
        Path properties = home.resolve("server.properties");
        Path logback = home.resolve("logback.xml");
        Path logDir = home.resolve("data");
        String classpath = libs.resolve("*").toString();

        List<String> jvm = new ArrayList<>(List.of(java, "-Xms64m", "-Xmx384m"));
        jvm.addAll(SMALL_JVM);
        jvm.addAll(List.of("-Djava.awt.headless=true", "-Dlogback.configurationFile=" + logback, "-cp", classpath));
        List<String> command = new ArrayList<>(jvm);
        command.addAll(List.of("kafka.Kafka", properties.toString()));

        PartSpec.Preparation prepare = log -> {
            Files.createDirectories(logDir);
            Files.writeString(properties, kafkaProperties(port, controllerPort, logDir));
            try (InputStream config = Parts.class.getResourceAsStream("child-logback.xml")) {
                Files.copy(config, logback, StandardCopyOption.REPLACE_EXISTING);
            }
            if (!Files.exists(logDir.resolve("meta.properties"))) {
                List<String> format = new ArrayList<>(jvm);
                format.addAll(List.of("kafka.tools.StorageTool", "format", "-t", clusterId(), "-c",
                        properties.toString()));
                Process formatting = new ProcessBuilder(format).directory(home.toFile()).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
                int exit = formatting.waitFor();
                if (exit != 0) {
                    throw new IOException("formatting " + logDir + " failed with exit code " + exit);
                }
            }
        };
        return new PartSpec(Options.KAFKA,
                "Kafka " + version(libs, "kafka_2.13-") + " (KRaft, broker and controller), data in "
                        + layout.show(logDir) + ", on " + kafkaBootstrap(),
                command, Map.of(), home, List.of(port, controllerPort),
                new KafkaProbe(Options.HOST, port, PROBE_TIMEOUT_MILLIS), Duration.ofSeconds(30), prepare);
    }

    static String kafkaProperties(int port, int controllerPort, Path logDir) {
        String host = Options.HOST;
        return """
                # Written by the Network Commons launcher on every start; edit Parts.kafkaProperties instead.
                process.roles=broker,controller
                node.id=1
                controller.quorum.voters=1@%1$s:%3$d
                listeners=PLAINTEXT://%1$s:%2$d,CONTROLLER://%1$s:%3$d
                advertised.listeners=PLAINTEXT://%1$s:%2$d
                controller.listener.names=CONTROLLER
                inter.broker.listener.name=PLAINTEXT
                listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
                log.dirs=%4$s
                # one broker: every internal topic has one replica
                offsets.topic.replication.factor=1
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                share.coordinator.state.topic.replication.factor=1
                share.coordinator.state.topic.min.isr=1
                # fewer offset partitions than the default 50: one developer's consumer groups, faster first start
                offsets.topic.num.partitions=10
                # consumers join at once instead of waiting three seconds for others that will never come
                group.initial.rebalance.delay.ms=0
                """.formatted(host, port, controllerPort, logDir.toString().replace("\\", "/"));
    }

    /** A Kafka cluster id: 16 random bytes, base64url without padding, not starting with '-' (as Kafka makes them). */
    static String clusterId() {
        SecureRandom random = new SecureRandom();
        while (true) {
            byte[] bytes = new byte[16];
            random.nextBytes(bytes);
            String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            if (!id.startsWith("-")) {
                return id;
            }
        }
    }

    /**
     * Keycloak in development mode from the unpacked distribution, with the realm imported on first start. Its H2
     * database lives under {@code .data/keycloak} (not in the unpacked distribution, which a clean build deletes), so
     * users and sessions survive both a restart and a rebuild; an existing realm is never re-imported.
     */
    public PartSpec keycloak() throws PartFailure {
        Path home;
        try {
            home = layout.keycloakHome().orElseThrow(() -> new PartFailure(Options.KEYCLOAK,
                    "Keycloak is not unpacked under " + layout.show(layout.infraTarget())
                            + "/keycloak; build with ./run.sh (its Maven build passes -Plaunch, which unpacks it)",
                    null, ""));
        } catch (IOException unreadable) {
            throw new PartFailure(Options.KEYCLOAK, "cannot look for Keycloak: " + unreadable.getMessage(), null, "");
        }
        int port = options.port(Options.KEYCLOAK);
        Path data = layout.partData(Options.KEYCLOAK);
        Path realm = layout.realmFile();
        if (!Files.isRegularFile(realm)) {
            throw new PartFailure(Options.KEYCLOAK, "the realm file " + realm + " is missing", null, "");
        }
        String base = "http://" + Options.HOST + ":" + port;
        List<String> command = List.of(home.resolve("bin").resolve("kc.sh").toString(), "start-dev",
                "--http-host=" + Options.HOST, "--http-port=" + port,
                // one issuer however Keycloak is reached (localhost or 127.0.0.1): the services accept exactly one
                "--hostname=" + base,
                "--import-realm");
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        environment.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx320m");
        environment.put("KC_DB_URL_PATH", data.toString());
        environment.put("KC_BOOTSTRAP_ADMIN_USERNAME", KEYCLOAK_ADMIN);
        environment.put("KC_BOOTSTRAP_ADMIN_PASSWORD", KEYCLOAK_ADMIN_PASSWORD);
        PartSpec.Preparation prepare = log -> {
            Files.createDirectories(data);
            Path imports = Files.createDirectories(home.resolve("data").resolve("import"));
            Files.copy(realm, imports.resolve(realm.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        };
        return new PartSpec(Options.KEYCLOAK,
                home.getFileName().toString().replace("keycloak-", "Keycloak ")
                        + " (development mode; the first start also builds it), database in "
                        + layout.show(data) + ", on " + base,
                command, environment, home, List.of(port),
                new HttpProbe(URI.create(issuer() + "/.well-known/openid-configuration")), Duration.ofSeconds(30),
                prepare);
    }

    public String serviceUri(ServiceModule service) {
        return "http://" + Options.HOST + ":" + options.port(service.module());
    }

    /** What every service and the gateway are pointed at; the portal's secret is the one in the realm file. */
    public ServiceModule.Wiring wiring() throws PartFailure {
        String secret;
        try {
            secret = Realm.read(layout.realmFile()).clientSecret(ServiceModule.PORTAL_CLIENT);
        } catch (IllegalArgumentException unreadable) {
            throw new PartFailure(ServiceModule.GATEWAY.module(), unreadable.getMessage(), null, "");
        }
        Map<String, String> uris = new LinkedHashMap<>();
        ServiceModule.ALL.forEach(service -> uris.put(service.module(), serviceUri(service)));
        return new ServiceModule.Wiring(kafkaBootstrap(), issuer(), secret, uris);
    }

    /** A service (or the gateway) from the executable jar its module's build produced, pointed at the parts above. */
    public PartSpec service(ServiceModule service) throws PartFailure {
        Path jar = serviceJar(service);
        int port = options.port(service.module());
        List<String> command = new ArrayList<>(List.of(java, "-Xms32m", "-Xmx320m"));
        command.addAll(SMALL_JVM);
        command.addAll(List.of("-jar", jar.toString()));
        Map<String, String> environment = service.environment(wiring(), mongoUri(service.module()), port);
        return new PartSpec(service.module(),
                layout.show(jar) + ", database " + service.module() + ", on " + serviceUri(service),
                command, environment, layout.root(), List.of(port),
                new HttpProbe(URI.create("http://" + Options.HOST + ":" + port + "/actuator/health/readiness")),
                Duration.ofSeconds(20), PartSpec.Preparation.NONE);
    }

    Path serviceJar(ServiceModule service) throws PartFailure {
        List<Path> jars;
        try {
            jars = layout.moduleJars(service.module());
        } catch (IOException unreadable) {
            throw new PartFailure(service.module(), "cannot look for its jar: " + unreadable.getMessage(), null, "");
        }
        if (jars.size() != 1) {
            throw new PartFailure(service.module(), (jars.isEmpty() ? "no jar" : "more than one jar " + jars)
                    + " in " + service.module() + "/target; build it with ./run.sh (or ./mvnw -pl infra -am package)",
                    null, "");
        }
        Path jar = jars.getFirst();
        try (JarFile file = new JarFile(jar.toFile())) {
            String main = file.getManifest() == null ? null
                    : file.getManifest().getMainAttributes().getValue("Main-Class");
            if (main == null || !main.startsWith("org.springframework.boot.loader")) {
                throw new PartFailure(service.module(), jar + " is not an executable Spring Boot jar (Main-Class "
                        + main + "); the module needs spring-boot-maven-plugin with its repackage goal", null, "");
            }
        } catch (IOException unreadable) {
            throw new PartFailure(service.module(), "cannot read " + jar + ": " + unreadable.getMessage(), null, "");
        }
        return jar;
    }

    private Path requireDirectory(String part, Path directory) throws PartFailure {
        if (!Files.isDirectory(directory)) {
            throw new PartFailure(part, layout.show(directory) + " is missing; build with ./run.sh "
                    + "(or ./mvnw -pl infra -am package)", null, "");
        }
        return directory;
    }

    /** The version in the name of the jar starting with {@code prefix}, e.g. 4.1.2 for kafka_2.13-4.1.2.jar. */
    static String version(Path libs, String prefix) {
        try (Stream<Path> jars = Files.list(libs)) {
            Optional<String> name = jars.map(jar -> jar.getFileName().toString())
                    .filter(jar -> jar.startsWith(prefix) && jar.endsWith(".jar"))
                    .findFirst();
            return name.map(jar -> jar.substring(prefix.length(), jar.length() - ".jar".length())).orElse("");
        } catch (IOException unreadable) {
            return "";
        }
    }
}
