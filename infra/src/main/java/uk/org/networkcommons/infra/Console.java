package uk.org.networkcommons.infra;

import java.io.PrintStream;
import java.util.Locale;

/**
 * The launcher's own output: one line per event, each prefixed with the seconds since the launcher started, written
 * whole even when parts become ready at the same moment on different threads.
 */
public final class Console {

    private final PrintStream out;
    private final long startNanos = System.nanoTime();

    public Console(PrintStream out) {
        this.out = out;
    }

    public synchronized void part(String part, String text) {
        out.printf(Locale.ROOT, "[%6.1f s] %-16s %s%n", secondsSinceStart(), part, text);
        out.flush();
    }

    public synchronized void line(String text) {
        out.println(text);
        out.flush();
    }

    public double secondsSinceStart() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    public static String seconds(double seconds) {
        return String.format(Locale.ROOT, "%.1f s", seconds);
    }
}
