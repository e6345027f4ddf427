package uk.org.networkcommons.perf;

import java.lang.reflect.InvocationTargetException;
import java.time.Duration;
import java.util.Arrays;

/**
 * Runs one of Kafka's tools (e.g. {@code org.apache.kafka.tools.ProducerPerformance}) in this process and then reports,
 * on standard error, the CPU time the process used for the tool's work alone: JVM start-up and class loading before
 * the tool began are left out, as they are for the relay and the rebuild, which run in a JVM that is already up. The
 * tool's standard output is untouched, so it can be kept verbatim.
 */
public final class KafkaToolMain {

    /** The line {@link KafkaTool} reads back: CPU nanoseconds before and after the tool's {@code main}. */
    static final String CPU_LINE = "perf-tool-cpu-nanos";

    private KafkaToolMain() {
    }

    public static void main(String[] args) throws Throwable {
        Duration before = cpu();
        try {
            Class.forName(args[0]).getMethod("main", String[].class)
                    .invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
        } catch (InvocationTargetException failed) {
            throw failed.getCause();
        }
        Duration after = cpu();
        System.out.flush();
        System.err.println(CPU_LINE + " before=" + before.toNanos() + " after=" + after.toNanos());
        // a tool may leave non-daemon threads behind (e.g. a producer's sender closing); the measurement is done
        System.exit(0);
    }

    private static Duration cpu() {
        return ProcessHandle.current().info().totalCpuDuration().orElseThrow(() -> new IllegalStateException(
                "this platform does not report a process's CPU time"));
    }
}
