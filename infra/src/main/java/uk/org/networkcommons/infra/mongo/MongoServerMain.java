package uk.org.networkcommons.infra.mongo;

import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the MongoDB wire protocol from mongo-java-server with its H2 backend, so the services' data survives a
 * restart in one file. It runs in its own JVM rather than inside the launcher so that it is stopped, measured and
 * logged like every other part. Arguments: {@code <host> <port> <data file>}.
 *
 * <p>No oplog: nothing in the platform reads change streams, and mongo-java-server would keep every write in it forever.
 * It has no multi-document transactions either, which the platform never needs (ADR 2).
 */
public final class MongoServerMain {

    private static final Logger log = LoggerFactory.getLogger(MongoServerMain.class);

    private MongoServerMain() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: MongoServerMain <host> <port> <data file>");
            System.exit(2);
        }
        String host = args[0];
        int port = Integer.parseInt(args[1]);
        Path file = Path.of(args[2]).toAbsolutePath();
        Files.createDirectories(file.getParent());

        MongoServer server = new MongoServer(new HelloH2Backend(file.toString()));
        // shutdown() closes the H2 store, which writes what the periodic commit has not yet written
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("Stopping; closing {}", file);
            server.shutdownNow();
        }, "mongo-shutdown"));
        server.bind(host, port);
        log.info("mongo-java-server (H2 backend, data in {}) listening on {}:{}", file, host, port);
    }
}
