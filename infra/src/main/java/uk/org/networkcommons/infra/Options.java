package uk.org.networkcommons.infra;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the launcher was asked to do. Every part listens on the loopback address only: the platform runs with
 * published demo passwords and Keycloak's {@code admin}/{@code admin}, which must never be reachable from another
 * machine.
 *
 * @param reset            delete the data of earlier runs before starting
 * @param ports            the port of each part, by part name (see {@link #usage()})
 * @param externalMongoUri a real MongoDB to use instead of starting the stand-in ({@code MONGODB_URI})
 * @param readyTimeout     how long one part may take to become ready before the launcher gives up
 * @param dataDirectory    where to keep data between runs instead of the checkout's {@code .data}
 * @param demoData         seed the demo data set when the data directory has none yet
 */
public record Options(boolean reset, boolean help, Map<String, Integer> ports, Optional<String> externalMongoUri,
                      Duration readyTimeout, Optional<Path> dataDirectory, boolean demoData) {

    public static final String HOST = "127.0.0.1";

    public static final String MONGO = "mongo";
    public static final String KAFKA = "kafka";
    public static final String KAFKA_CONTROLLER = "kafka-controller";
    public static final String KEYCLOAK = "keycloak";

    private static final String USAGE = """
            Usage: ./run.sh [--reset] [--no-demo-data] [--data-dir=PATH] [--<part>-port=N ...] [--timeout=SECONDS]

              --reset                     delete .data (Kafka's topics, MongoDB's data, Keycloak's database, logs) first
              --no-demo-data              do not seed the demo data (otherwise seeded once, into an empty platform)
              --data-dir=PATH             keep the data in PATH instead of .data (an empty or new directory the first
                                          time, so that --reset never deletes anything but the launcher's own data)
              --mongo-port=N              MongoDB stand-in (default 27017)
              --kafka-port=N              Kafka broker (default 9092)
              --kafka-controller-port=N   Kafka's KRaft controller listener (default 9093)
              --keycloak-port=N           Keycloak (default 18080)
            %s  --timeout=SECONDS           how long each part may take to become ready (default 300)

            Environment: MONGODB_URI=mongodb://... uses that MongoDB instead of the stand-in; each service gets its
            own database on it.
            """;

    public Options {
        ports = Map.copyOf(ports);
    }

    public static String usage() {
        StringBuilder services = new StringBuilder();
        for (ServiceModule service : ServiceModule.ALL) {
            String flag = "--" + service.module() + "-port=N";
            services.append("  ").append(flag).append(" ".repeat(Math.max(1, 28 - flag.length())))
                    .append(service.module()).append(" (default ").append(service.defaultPort()).append(")\n");
        }
        return USAGE.formatted(services);
    }

    public static Map<String, Integer> defaultPorts() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put(MONGO, 27017);
        ports.put(KAFKA, 9092);
        ports.put(KAFKA_CONTROLLER, 9093);
        ports.put(KEYCLOAK, 18080);
        ServiceModule.ALL.forEach(service -> ports.put(service.module(), service.defaultPort()));
        return ports;
    }

    /** @throws IllegalArgumentException with a message for the user when an argument is not understood */
    public static Options parse(String[] args, Map<String, String> environment) {
        boolean reset = false;
        boolean help = false;
        Map<String, Integer> ports = defaultPorts();
        Duration timeout = Duration.ofSeconds(300);
        Optional<Path> dataDirectory = Optional.empty();
        boolean demoData = true;
        for (String arg : args) {
            if (arg.equals("--reset")) {
                reset = true;
            } else if (arg.equals("--no-demo-data")) {
                demoData = false;
            } else if (arg.startsWith("--data-dir=")) {
                String path = arg.substring("--data-dir=".length());
                if (path.isBlank()) {
                    throw new IllegalArgumentException(arg + ": name a directory");
                }
                dataDirectory = Optional.of(Path.of(path).toAbsolutePath().normalize());
            } else if (arg.equals("--help") || arg.equals("-h")) {
                help = true;
            } else if (arg.startsWith("--timeout=")) {
                timeout = Duration.ofSeconds(positive(arg, arg.substring("--timeout=".length())));
            } else if (arg.startsWith("--") && arg.contains("-port=")) {
                String part = arg.substring(2, arg.indexOf("-port="));
                if (!ports.containsKey(part)) {
                    throw new IllegalArgumentException("There is no part called " + part + " (" + arg + ")");
                }
                int port = positive(arg, arg.substring(arg.indexOf('=') + 1));
                if (port > 65535) {
                    throw new IllegalArgumentException(arg + ": a port is at most 65535");
                }
                ports.put(part, port);
            } else {
                throw new IllegalArgumentException("Unknown argument " + arg);
            }
        }
        long distinct = ports.values().stream().distinct().count();
        if (distinct != ports.size()) {
            throw new IllegalArgumentException("Two parts cannot share a port: " + ports);
        }
        Optional<String> mongoUri = Optional.ofNullable(environment.get(ServiceModule.MONGODB_URI))
                .filter(uri -> !uri.isBlank());
        mongoUri.ifPresent(uri -> MongoUris.withDatabase(uri, "check"));
        return new Options(reset, help, ports, mongoUri, timeout, dataDirectory, demoData);
    }

    public int port(String part) {
        Integer port = ports.get(part);
        if (port == null) {
            throw new IllegalArgumentException("No port for " + part);
        }
        return port;
    }

    private static int positive(String arg, String value) {
        try {
            int number = Integer.parseInt(value);
            if (number <= 0) {
                throw new IllegalArgumentException(arg + ": expected a positive number");
            }
            return number;
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException(arg + ": expected a number");
        }
    }
}
