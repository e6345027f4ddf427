package uk.org.networkcommons.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MongoUrisTest {

    @Test
    void addsTheDatabaseToAServerAddress() {
        assertThat(MongoUris.withDatabase("mongodb://db.example:27017", "network-service"))
                .isEqualTo("mongodb://db.example:27017/network-service");
        assertThat(MongoUris.withDatabase("mongodb://db.example:27017/", "network-service"))
                .isEqualTo("mongodb://db.example:27017/network-service");
    }

    @Test
    void replacesTheDatabaseAndKeepsHostsAndOptions() {
        assertThat(MongoUris.withDatabase("mongodb://a:27017,b:27017/shared?replicaSet=rs0&w=majority",
                "cameo-service"))
                .isEqualTo("mongodb://a:27017,b:27017/cameo-service?replicaSet=rs0&w=majority");
        assertThat(MongoUris.withDatabase("mongodb+srv://cluster.example/?retryWrites=true", "cameo-service"))
                .isEqualTo("mongodb+srv://cluster.example/cameo-service?retryWrites=true");
    }

    @Test
    void credentialsKeepBeingCheckedWhereTheyWereDefined() {
        assertThat(MongoUris.withDatabase("mongodb://app:secret@db.example/", "network-service"))
                .isEqualTo("mongodb://app:secret@db.example/network-service?authSource=admin");
        assertThat(MongoUris.withDatabase("mongodb://app:secret@db.example/users?tls=true", "network-service"))
                .isEqualTo("mongodb://app:secret@db.example/network-service?tls=true&authSource=users");
        assertThat(MongoUris.withDatabase("mongodb://app:secret@db.example/?authSource=ldap", "network-service"))
                .isEqualTo("mongodb://app:secret@db.example/network-service?authSource=ldap");
    }

    @Test
    void refusesWhatIsNotAMongoUriWithoutPrintingItsPassword() {
        assertThatThrownBy(() -> MongoUris.withDatabase("postgres://app:secret@db.example/x", "network-service"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("secret");
    }

    @Test
    void redactsThePassword() {
        assertThat(MongoUris.redact("mongodb://app:secret@db.example/x")).isEqualTo("mongodb://app:***@db.example/x");
        assertThat(MongoUris.redact("mongodb://db.example/x")).isEqualTo("mongodb://db.example/x");
    }
}
