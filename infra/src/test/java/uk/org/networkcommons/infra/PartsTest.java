package uk.org.networkcommons.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartsTest {

    @TempDir
    Path root;

    @Test
    void kafkaIsOneLoopbackNodeWithSingleReplicaInternalTopics() {
        String properties = Parts.kafkaProperties(9092, 9093, root.resolve("kafka"));

        assertThat(properties).contains(
                "process.roles=broker,controller",
                "controller.quorum.voters=1@127.0.0.1:9093",
                "listeners=PLAINTEXT://127.0.0.1:9092,CONTROLLER://127.0.0.1:9093",
                "advertised.listeners=PLAINTEXT://127.0.0.1:9092",
                "log.dirs=" + root.resolve("kafka"),
                "offsets.topic.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1");
    }

    @Test
    void clusterIdsLookLikeKafkasOwn() {
        for (int i = 0; i < 50; i++) {
            assertThat(Parts.clusterId()).matches("[A-Za-z0-9_][A-Za-z0-9_-]{21}");
        }
    }

    @Test
    void servicesGetTheirOwnPortIssuerAndKafka() throws Exception {
        bootJar("network-service", "org.springframework.boot.loader.launch.JarLauncher");
        Path realm = Files.createDirectories(root.resolve("infra/keycloak")).resolve("realm-network-commons.json");
        Files.copy(Checkout.root().resolve("infra/keycloak/realm-network-commons.json"), realm);
        Options options = Options.parse(new String[] {"--keycloak-port=28080", "--network-service-port=9081"},
                Map.of());

        PartSpec spec = new Parts(new Layout(root, root), options).service(ServiceModule.ALL.getFirst());

        assertThat(spec.environment()).containsEntry("PORT", "9081")
                .containsEntry("OIDC_ISSUER_URI", "http://127.0.0.1:28080/realms/network-commons")
                .containsEntry("OIDC_JWK_SET_URI",
                        "http://127.0.0.1:28080/realms/network-commons/protocol/openid-connect/certs")
                .containsEntry("OIDC_AUDIENCE", "network-commons-api")
                .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092")
                .containsEntry("MONGODB_URI", "mongodb://127.0.0.1:27017/network-service");
        assertThat(spec.ports()).containsExactly(9081);
        assertThat(spec.command()).contains("-jar", root.resolve("network-service/target/network-service-1.0.jar")
                .toString());
    }

    @Test
    void aServiceJarThatIsNotExecutableIsNamedAsSuch() throws IOException {
        bootJar("network-service", null);
        Parts parts = new Parts(new Layout(root, root), Options.parse(new String[0], Map.of()));

        assertThatThrownBy(() -> parts.service(ServiceModule.ALL.getFirst()))
                .isInstanceOf(PartFailure.class)
                .hasMessageContaining("not an executable Spring Boot jar")
                .hasMessageContaining("repackage");
    }

    @Test
    void aMissingServiceJarSaysHowToBuildIt() {
        Parts parts = new Parts(new Layout(root, root), Options.parse(new String[0], Map.of()));

        assertThatThrownBy(() -> parts.service(ServiceModule.ALL.getFirst()))
                .isInstanceOf(PartFailure.class)
                .hasMessageContaining("no jar in network-service/target")
                .hasMessageContaining("./run.sh");
    }

    @Test
    void anExternalMongoGivesEachServiceItsOwnDatabaseThere() {
        Parts parts = new Parts(new Layout(root, root),
                Options.parse(new String[0], Map.of("MONGODB_URI", "mongodb://db.example:27017/?replicaSet=rs0")));

        assertThat(parts.mongoUri("cameo-service")).isEqualTo("mongodb://db.example:27017/cameo-service?replicaSet=rs0");
    }

    private void bootJar(String module, String mainClass) throws IOException {
        Path target = Files.createDirectories(root.resolve(module).resolve("target"));
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (mainClass != null) {
            manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass);
        }
        try (OutputStream out = Files.newOutputStream(target.resolve(module + "-1.0.jar"));
             JarOutputStream jar = new JarOutputStream(out, manifest)) {
            jar.flush();
        }
        // what the build also leaves there, and the launcher must not mistake for the service
        Files.writeString(target.resolve(module + "-1.0.jar.original"), "");
        Files.writeString(target.resolve(module + "-1.0-tests.jar"), "");
    }
}
