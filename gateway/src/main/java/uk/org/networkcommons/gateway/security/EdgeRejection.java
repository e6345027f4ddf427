package uk.org.networkcommons.gateway.security;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.server.ResponseStatusException;
import uk.org.networkcommons.platform.problem.Problems;

/**
 * The gateway itself refuses a request (sign-in needed, form token missing, too many requests, body too large...).
 * It carries the problem exactly as an API client should see it; the gateway's one error handler writes it as
 * problem+json for API calls and lets the portal's error page show its status for page requests.
 */
public class EdgeRejection extends ResponseStatusException {

    private final HttpHeaders headers = new HttpHeaders();

    public EdgeRejection(HttpStatusCode status, String slug, String title, String detail) {
        super(status, detail);
        getBody().setType(Problems.type(slug));
        getBody().setTitle(title);
        getBody().setDetail(detail);
    }

    /** Adds a response header, e.g. {@code Retry-After} or {@code WWW-Authenticate}. */
    public EdgeRejection header(String name, String value) {
        headers.add(name, value);
        return this;
    }

    /** Adds a problem member beside {@code type}, {@code title} and {@code status}. */
    public EdgeRejection property(String name, Object value) {
        getBody().setProperty(name, value);
        return this;
    }

    @Override
    public HttpHeaders getHeaders() {
        return headers;
    }
}
