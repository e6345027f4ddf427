package uk.org.networkcommons.infra.probe;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** The hand-built ping against a real mongo-java-server: the same server code the launcher's stand-in runs. */
class MongoProbeTest {

    @Test
    void readyWhenTheServerAnswersPing() {
        MongoServer server = new MongoServer(new MemoryBackend());
        try {
            int port = server.bind().getPort();
            assertThatCode(() -> new MongoProbe("127.0.0.1", port, 2000).check()).doesNotThrowAnyException();
        } finally {
            server.shutdownNow();
        }
    }

    @Test
    void notReadyWhenNothingListens() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        int closed = port;
        assertThatThrownBy(() -> new MongoProbe("127.0.0.1", closed, 500).check()).isInstanceOf(IOException.class);
    }

    @Test
    void notReadyWhenSomethingElseAnswers() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            Thread.ofVirtual().start(() -> {
                try (var client = socket.accept()) {
                    client.getInputStream().readNBytes(8);
                    client.getOutputStream().write("HTTP/1.1 400 Bad Request\r\n\r\n".getBytes());
                } catch (IOException ignored) {
                    // the probe has given up
                }
            });
            assertThatThrownBy(() -> new MongoProbe("127.0.0.1", socket.getLocalPort(), 1000).check())
                    .isInstanceOf(IOException.class);
        }
    }
}
