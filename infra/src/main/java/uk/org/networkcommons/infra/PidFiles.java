package uk.org.networkcommons.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One file per running part, naming its process. The parts run in sessions of their own (so that Ctrl-C reaches only
 * the launcher, which then stops them in order); if the launcher itself is killed outright they live on, and the next
 * launcher finds them here and stops them before it starts anything, instead of failing on ports that are taken.
 * A process counts as ours only if both its id and its start time match, since ids are reused.
 */
public final class PidFiles {

    /** A process an earlier launcher started and did not stop. */
    public record Leftover(String part, ProcessHandle process) {
    }

    private final Path directory;

    public PidFiles(Path directory) {
        this.directory = directory;
    }

    public void record(String part, ProcessHandle process) throws IOException {
        Files.createDirectories(directory);
        long started = process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
        Files.writeString(file(part), process.pid() + " " + started + System.lineSeparator());
    }

    public void remove(String part) {
        try {
            Files.deleteIfExists(file(part));
        } catch (IOException ignored) {
            // a stale file is harmless: the next launcher checks the start time before touching the process
        }
    }

    /** The recorded processes that are still running; files of processes that are gone are deleted. */
    public List<Leftover> leftovers() throws IOException {
        List<Leftover> leftovers = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return leftovers;
        }
        List<Path> files;
        try (Stream<Path> entries = Files.list(directory)) {
            files = entries.filter(path -> path.getFileName().toString().endsWith(".pid")).sorted().toList();
        }
        for (Path file : files) {
            String part = file.getFileName().toString().replaceFirst("\\.pid$", "");
            Optional<ProcessHandle> process = alive(Files.readString(file).trim());
            if (process.isPresent()) {
                leftovers.add(new Leftover(part, process.get()));
            } else {
                Files.deleteIfExists(file);
            }
        }
        return leftovers;
    }

    private static Optional<ProcessHandle> alive(String content) {
        String[] fields = content.split("\\s+");
        if (fields.length != 2) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(fields[0]);
            long started = Long.parseLong(fields[1]);
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(handle -> handle.info().startInstant().map(Instant::toEpochMilli).orElse(-1L) == started);
        } catch (NumberFormatException corrupt) {
            return Optional.empty();
        }
    }

    private Path file(String part) {
        return directory.resolve(part + ".pid");
    }
}
