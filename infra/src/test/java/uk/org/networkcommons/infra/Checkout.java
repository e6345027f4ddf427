package uk.org.networkcommons.infra;

import java.nio.file.Files;
import java.nio.file.Path;

/** The checkout the tests run in: Maven runs them with the module's directory, {@code infra}, as working directory. */
final class Checkout {

    private Checkout() {
    }

    static Path root() {
        Path here = Path.of("").toAbsolutePath();
        Path root = here.getFileName().toString().equals("infra") ? here.getParent() : here;
        if (!Files.isRegularFile(root.resolve("infra").resolve("pom.xml"))) {
            throw new IllegalStateException("Run the tests from the checkout or its infra module, not " + here);
        }
        return root;
    }
}
