package uk.org.networkcommons.perf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;
import uk.org.networkcommons.platform.outbox.OutboxProperties;
import uk.org.networkcommons.platform.outbox.OutboxRelay;

class OutboxRelayThroughputTest {

    @Test
    void theToolIsGivenTheRelaysOwnProducerSettingsButNotItsSerializers() {
        Map<String, Object> relayConfig = OutboxRelay.producerFactory(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                "127.0.0.1:9192"), OutboxProperties.defaults().withTimeouts(Duration.ofSeconds(8),
                Duration.ofSeconds(30))).getConfigurationProperties();

        assertThat(OutboxRelayThroughput.toolProducerProperties(relayConfig))
                .contains("bootstrap.servers=127.0.0.1:9192", "acks=all", "enable.idempotence=true", "linger.ms=0",
                        "max.in.flight.requests.per.connection=5", "delivery.timeout.ms=8000")
                .noneMatch(setting -> setting.startsWith("key.serializer") || setting.startsWith("value.serializer"))
                .isSorted();
    }
}
