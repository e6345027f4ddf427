package uk.org.networkcommons.infra;

import java.nio.file.Path;

/** A part that could not be started or did not become ready: which one, why, and where its log is. */
public final class PartFailure extends Exception {

    private final String part;
    private final transient Path log;
    private final String logTail;

    public PartFailure(String part, String reason, Path log, String logTail) {
        super(reason);
        this.part = part;
        this.log = log;
        this.logTail = logTail;
    }

    public String part() {
        return part;
    }

    public Path log() {
        return log;
    }

    public String logTail() {
        return logTail;
    }
}
