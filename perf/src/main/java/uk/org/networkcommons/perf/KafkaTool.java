package uk.org.networkcommons.perf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of Kafka's own perf tools run as a process of its own on this JVM's classpath (the kafka-tools version is the
 * project's kafka-clients version), through {@link KafkaToolMain} so that the tool's own CPU time is known. Its
 * standard output is kept verbatim as {@code <name>.txt}, its standard error (logs and the CPU line) as
 * {@code <name>.stderr.txt}, and the command line as {@code <name>.command.txt}.
 */
final class KafkaTool {

    private static final Pattern CPU = Pattern.compile(KafkaToolMain.CPU_LINE + " before=(\\d+) after=(\\d+)");

    /**
     * @param toolCpu     the tool process's CPU time for the tool's work (JVM start-up left out)
     * @param platformCpu what the platform's parts used while the tool ran
     */
    record Run(String output, Duration wall, Duration toolCpu, ProcessCpu.Snapshot platformCpu) {
    }

    private KafkaTool() {
    }

    static Run run(ProfileRun run, Path directory, String name, String toolClass, List<String> arguments,
            Duration timeout) throws IOException, InterruptedException {
        Files.createDirectories(directory);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                        .toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                KafkaToolMain.class.getName(), toolClass));
        command.addAll(arguments);
        // the classpath is long and says nothing the pom does not; the rest is the command as run
        List<String> shown = new ArrayList<>(command);
        shown.set(3, "<the profile's classpath>");
        Files.writeString(directory.resolve(name + ".command.txt"), String.join(" ", shown) + System.lineSeparator());
        Path output = directory.resolve(name + ".txt");
        Path errors = directory.resolve(name + ".stderr.txt");
        ProcessCpu.Snapshot before = run.cpu();
        long start = System.nanoTime();
        Process tool = new ProcessBuilder(command).redirectOutput(output.toFile()).redirectError(errors.toFile())
                .start();
        if (!tool.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            tool.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new IllegalStateException(name + " did not finish within " + timeout + "; its output is in "
                    + output);
        }
        Duration wall = Duration.ofNanos(System.nanoTime() - start);
        ProcessCpu.Snapshot used = run.cpu().since(before);
        if (tool.exitValue() != 0) {
            throw new IllegalStateException(name + " exited with " + tool.exitValue() + "; see " + output + " and "
                    + errors);
        }
        Duration toolCpu = toolCpu(Files.readString(errors)).orElseThrow(() -> new IllegalStateException(name
                + " did not report its CPU time; see " + errors));
        return new Run(Files.readString(output), wall, toolCpu, used);
    }

    static Optional<Duration> toolCpu(String standardError) {
        Matcher line = CPU.matcher(standardError);
        return line.find() ? Optional.of(Duration.ofNanos(Long.parseLong(line.group(2)) - Long.parseLong(line.group(1))))
                : Optional.empty();
    }
}
