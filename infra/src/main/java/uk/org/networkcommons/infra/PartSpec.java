package uk.org.networkcommons.infra;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import uk.org.networkcommons.infra.probe.Probe;

/**
 * How to run one part of the platform as a child process and how to tell that it is ready.
 *
 * @param name        short name, also the name of its log file
 * @param summary     what it is, for the progress lines
 * @param command     the command line
 * @param environment variables added to the launcher's own environment
 * @param directory   its working directory
 * @param ports       ports it will listen on, checked to be free before it starts
 * @param probe       readiness check
 * @param stopTimeout how long it gets to stop after SIGTERM before it is killed
 * @param preparation run just before the process starts (writes configuration, formats storage)
 */
public record PartSpec(String name, String summary, List<String> command, Map<String, String> environment,
                       Path directory, List<Integer> ports, Probe probe, Duration stopTimeout,
                       Preparation preparation) {

    public PartSpec {
        command = List.copyOf(command);
        environment = Map.copyOf(environment);
        ports = List.copyOf(ports);
    }

    /** Work done before the process starts; output of anything it runs goes to the part's log. */
    @FunctionalInterface
    public interface Preparation {

        Preparation NONE = log -> { };

        void prepare(Path log) throws Exception;
    }
}
