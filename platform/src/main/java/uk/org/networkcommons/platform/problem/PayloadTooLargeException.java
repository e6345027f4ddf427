package uk.org.networkcommons.platform.problem;

import java.io.IOException;

/**
 * The request body went past the limit while it was being read (a chunked body declares no length to check first).
 * An {@link IOException}, so that it travels through message converters and JSON parsers like any read failure; the
 * problem handler finds it among the causes and answers 413.
 */
public class PayloadTooLargeException extends IOException {

    private final long limitBytes;

    public PayloadTooLargeException(long limitBytes) {
        super("The request body is larger than " + limitBytes + " bytes");
        this.limitBytes = limitBytes;
    }

    public long limitBytes() {
        return limitBytes;
    }
}
