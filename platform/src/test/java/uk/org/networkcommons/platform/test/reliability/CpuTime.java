package uk.org.networkcommons.platform.test.reliability;

import java.lang.management.ManagementFactory;
import java.time.Duration;

/**
 * CPU time this test JVM has used, for figures that do not depend on what else the machine is running: on a shared
 * two-core machine a test's wall time says more about the other builds than about the test.
 */
public final class CpuTime {

    private CpuTime() {
    }

    /** CPU time used by this process so far, all threads (the in-JVM broker and Mongo stand-in included). */
    public static Duration ofThisProcess() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return Duration.ofNanos(os.getProcessCpuTime());
        }
        return Duration.ZERO;
    }
}
