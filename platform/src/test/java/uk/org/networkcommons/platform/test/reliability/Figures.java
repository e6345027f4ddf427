package uk.org.networkcommons.platform.test.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** What a fault test measured, printed and written to {@code target/reliability/<name>.txt} (replaced each run). */
public final class Figures {

    private Figures() {
    }

    public static void record(String name, String text) {
        String figures = text.endsWith("\n") ? text : text + System.lineSeparator();
        System.out.print(figures);
        Path file = Path.of("target", "reliability", name + ".txt");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, figures, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
