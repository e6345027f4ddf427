package uk.org.networkcommons.infra;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where things are in a checkout: the build output the launcher starts (under each module's {@code target}) and the
 * {@code .data} directory it keeps between runs. Everything is resolved from the checkout's root, never from the current
 * directory, so the launcher behaves the same wherever it is started from.
 *
 * @param root         the checkout (the directory holding the root {@code pom.xml})
 * @param launcherCode the launcher's own jar or classes directory, which the MongoDB stand-in's process runs from
 * @param data         what is kept between runs: {@code <root>/.data} unless {@code --data-dir} names another place
 */
public record Layout(Path root, Path launcherCode, Path data) {

    public Layout {
        root = root.toAbsolutePath().normalize();
        launcherCode = launcherCode.toAbsolutePath().normalize();
        data = data.toAbsolutePath().normalize();
    }

    /** The checkout's own {@code .data} directory. */
    public Layout(Path root, Path launcherCode) {
        this(root, launcherCode, root.resolve(".data"));
    }

    /**
     * The layout of the checkout this launcher was built in: it runs from {@code <root>/infra/target/infra.jar}.
     *
     * @param dataDirectory the data directory asked for, or empty for the checkout's {@code .data}
     */
    public static Layout ofRunningLauncher(Optional<Path> dataDirectory) {
        try {
            Path code = Path.of(Layout.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            // infra/target/infra.jar and infra/target/classes are both three levels below the root
            Path root = code.getParent().getParent().getParent();
            return new Layout(root, code, dataDirectory.orElse(root.resolve(".data")));
        } catch (URISyntaxException impossible) {
            throw new IllegalStateException("Cannot tell where the launcher runs from", impossible);
        }
    }

    /** A path as the user would like to read it: relative to the checkout when it is inside it, else absolute. */
    public String show(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(root) ? root.relativize(absolute).toString() : absolute.toString();
    }

    /** Whether the demo data was seeded completely into this data directory (its record, written last). */
    public Path demoDataRecord() {
        return data.resolve("demo-data.seeded");
    }

    public Path logs() {
        return data().resolve("logs");
    }

    public Path log(String part) {
        return logs().resolve(part + ".log");
    }

    /** Lock and process-id files of the launcher that is running; kept by {@code --reset}. */
    public Path run() {
        return data().resolve("run");
    }

    public Path partData(String part) {
        return data().resolve(part);
    }

    public Path infraTarget() {
        return root.resolve("infra").resolve("target");
    }

    public Path kafkaLibs() {
        return infraTarget().resolve("kafka-libs");
    }

    public Path mongoLibs() {
        return infraTarget().resolve("mongo-libs");
    }

    public Path realmFile() {
        return root.resolve("infra").resolve("keycloak").resolve("realm-network-commons.json");
    }

    /** The unpacked {@code keycloak-<version>} directory, if the build has unpacked one. */
    public Optional<Path> keycloakHome() throws IOException {
        Path unpacked = infraTarget().resolve("keycloak");
        if (!Files.isDirectory(unpacked)) {
            return Optional.empty();
        }
        try (Stream<Path> entries = Files.list(unpacked)) {
            return entries.filter(Files::isDirectory)
                    .filter(dir -> dir.getFileName().toString().startsWith("keycloak-"))
                    .filter(dir -> Files.isRegularFile(dir.resolve("bin").resolve("kc.sh")))
                    .sorted()
                    .reduce((first, second) -> second);
        }
    }

    /** The jars a module's build left in its {@code target} directory, without sources, javadoc or test jars. */
    public List<Path> moduleJars(String module) throws IOException {
        Path target = root.resolve(module).resolve("target");
        if (!Files.isDirectory(target)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(target)) {
            return entries.filter(Files::isRegularFile)
                    .filter(file -> {
                        String name = file.getFileName().toString();
                        return name.startsWith(module + "-") && name.endsWith(".jar")
                                && !name.endsWith("-sources.jar") && !name.endsWith("-javadoc.jar")
                                && !name.endsWith("-tests.jar") && !name.endsWith("-plain.jar");
                    })
                    .sorted()
                    .toList();
        }
    }
}
