package uk.org.networkcommons.gateway.portal.shell;

import java.util.List;

/**
 * A service answered a portal call with a problem (RFC 9457). Pages show it as a GOV.UK error summary, linking each
 * field error to its form field; a 404 becomes the portal's "page not found".
 *
 * @param status      the HTTP status the service answered
 * @param title       the problem's title
 * @param detail      the problem's detail, written for the person using the page
 * @param fieldErrors one entry per rejected field, in the order the service gave them
 */
public class ServiceProblem extends RuntimeException {

    private final int status;
    private final String title;
    private final String detail;
    private final List<FieldError> fieldErrors;

    public ServiceProblem(int status, String title, String detail, List<FieldError> fieldErrors) {
        super(status + " " + title + (detail == null ? "" : ": " + detail));
        this.status = status;
        this.title = title;
        this.detail = detail;
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    /** Nobody is signed in, or their sign-in no longer gives an access token. */
    public static ServiceProblem signInNeeded() {
        return new ServiceProblem(401, "Sign in", "Sign in to continue.", List.of());
    }

    /** @param field the JSON path the service named, e.g. {@code target} or {@code members[2].role} */
    public record FieldError(String field, String message) {
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    public boolean isNotFound() {
        return status == 404;
    }

    /** The service rejected what the person sent (400), or it clashes with the current state (409): show it on the form. */
    public boolean isAboutTheForm() {
        return status == 400 || status == 409 || status == 422;
    }

    /** The service could not be reached or did not answer in time. */
    public boolean isUnavailable() {
        return status == 503;
    }
}
