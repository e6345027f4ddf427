package uk.org.networkcommons.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OptionsTest {

    @Test
    void defaultsAreTheServicesOwnDefaults() {
        Options options = Options.parse(new String[0], Map.of());

        assertThat(options.reset()).isFalse();
        assertThat(options.port(Options.MONGO)).isEqualTo(27017);
        assertThat(options.port(Options.KAFKA)).isEqualTo(9092);
        assertThat(options.port(Options.KEYCLOAK)).isEqualTo(18080);
        assertThat(options.port("network-service")).isEqualTo(8081);
        assertThat(options.port("cameo-service")).isEqualTo(8082);
        assertThat(options.externalMongoUri()).isEmpty();
    }

    @Test
    void readsResetPortsTimeoutAndAnExternalMongo() {
        Options options = Options.parse(new String[] {"--reset", "--kafka-port=19092", "--network-service-port=9081",
                "--timeout=60"}, Map.of("MONGODB_URI", "mongodb://db.example:27017"));

        assertThat(options.reset()).isTrue();
        assertThat(options.port(Options.KAFKA)).isEqualTo(19092);
        assertThat(options.port("network-service")).isEqualTo(9081);
        assertThat(options.readyTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(options.externalMongoUri()).contains("mongodb://db.example:27017");
    }

    @Test
    void readsADataDirectoryAndWhetherToSeedTheDemo() {
        Options defaults = Options.parse(new String[0], Map.of());
        assertThat(defaults.dataDirectory()).isEmpty();
        assertThat(defaults.demoData()).isTrue();

        Options options = Options.parse(new String[] {"--data-dir=/tmp/nc-test/../nc-data", "--no-demo-data"},
                Map.of());

        assertThat(options.dataDirectory()).contains(java.nio.file.Path.of("/tmp/nc-data"));
        assertThat(options.demoData()).isFalse();
        assertThatThrownBy(() -> Options.parse(new String[] {"--data-dir="}, Map.of()))
                .hasMessageContaining("directory");
    }

    @Test
    void refusesWhatItDoesNotUnderstand() {
        assertThatThrownBy(() -> Options.parse(new String[] {"--rest"}, Map.of()))
                .hasMessageContaining("--rest");
        assertThatThrownBy(() -> Options.parse(new String[] {"--postgres-port=5432"}, Map.of()))
                .hasMessageContaining("postgres");
        assertThatThrownBy(() -> Options.parse(new String[] {"--kafka-port=ninety"}, Map.of()))
                .hasMessageContaining("number");
        assertThatThrownBy(() -> Options.parse(new String[] {"--kafka-port=70000"}, Map.of()))
                .hasMessageContaining("65535");
        assertThatThrownBy(() -> Options.parse(new String[] {"--kafka-port=27017"}, Map.of()))
                .hasMessageContaining("share a port");
        assertThatThrownBy(() -> Options.parse(new String[0], Map.of("MONGODB_URI", "localhost:27017")))
                .hasMessageContaining("mongodb://");
    }

    @Test
    void usageNamesEveryServicePort() {
        assertThat(Options.usage()).contains("--network-service-port=N", "--cameo-service-port=N", "--gateway-port=N",
                "--reset", "--data-dir=PATH", "--no-demo-data");
    }
}
