package uk.org.networkcommons.infra.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/** The hand-built Metadata request against a real KRaft broker of the Kafka version the launcher runs. */
class KafkaProbeTest {

    @Test
    void countsTheLiveBrokersOfARealBroker() throws IOException {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1);
        broker.afterPropertiesSet();
        try {
            String[] hostAndPort = broker.getBrokersAsString().split(",")[0].split(":");
            KafkaProbe probe = new KafkaProbe(hostAndPort[0], Integer.parseInt(hostAndPort[1]), 5000);

            assertThat(probe.liveBrokers()).isEqualTo(1);
            probe.check();
        } finally {
            broker.destroy();
        }
    }

    @Test
    void notReadyWhenNothingListens() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        int closed = port;
        assertThatThrownBy(() -> new KafkaProbe("127.0.0.1", closed, 500).check()).isInstanceOf(IOException.class);
    }
}
