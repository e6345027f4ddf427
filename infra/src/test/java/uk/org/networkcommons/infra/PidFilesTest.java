package uk.org.networkcommons.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PidFilesTest {

    @TempDir
    Path directory;

    @Test
    void aRecordedProcessThatStillRunsIsALeftover() throws IOException {
        PidFiles files = new PidFiles(directory);
        files.record("kafka", ProcessHandle.current());

        assertThat(files.leftovers()).singleElement().satisfies(leftover -> {
            assertThat(leftover.part()).isEqualTo("kafka");
            assertThat(leftover.process().pid()).isEqualTo(ProcessHandle.current().pid());
        });

        files.remove("kafka");
        assertThat(files.leftovers()).isEmpty();
    }

    @Test
    void aProcessIdNowUsedByAnotherProcessIsNotOurs() throws IOException {
        Files.writeString(directory.resolve("keycloak.pid"), ProcessHandle.current().pid() + " 12345\n");
        Files.writeString(directory.resolve("mongo.pid"), "not a pid file\n");

        assertThat(new PidFiles(directory).leftovers()).isEmpty();
        assertThat(directory).isEmptyDirectory();
    }
}
