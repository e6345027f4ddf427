package uk.org.networkcommons.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --reset deletes everything in the data directory, so the launcher only ever takes a directory that is its own. */
class LauncherDataDirectoryTest {

    @TempDir
    Path somewhere;

    @Test
    void aDirectoryHoldingSomeoneElsesFilesIsRefusedAndLeftAlone() throws IOException {
        Path precious = Files.writeString(somewhere.resolve("thesis.odt"), "years of work");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Options options = Options.parse(new String[] {"--reset", "--data-dir=" + somewhere}, Map.of());

        int exit = new Launcher(new Layout(Checkout.root(), Checkout.root(), somewhere), options,
                new Console(new PrintStream(printed, true, StandardCharsets.UTF_8))).run();

        assertThat(exit).isEqualTo(1);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("Will not use", "empty or new directory");
        assertThat(precious).hasContent("years of work");
        try (var entries = Files.list(somewhere)) {
            assertThat(entries).containsExactly(precious);
        }
    }
}
