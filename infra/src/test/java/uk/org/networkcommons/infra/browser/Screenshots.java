package uk.org.networkcommons.infra.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/** Numbered screenshots of each step under {@code target/}, so a failed journey can be looked at afterwards. */
final class Screenshots {

    private final Path directory;
    private final AtomicInteger step = new AtomicInteger();

    Screenshots(Path directory) {
        this.directory = directory;
    }

    Path take(WebDriver driver, String name) {
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve(String.format("%02d-%s.png", step.incrementAndGet(), name));
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot save the screenshot " + name, e);
        }
    }
}
