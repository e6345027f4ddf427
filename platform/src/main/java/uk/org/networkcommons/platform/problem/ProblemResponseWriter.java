package uk.org.networkcommons.platform.problem;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem straight to the servlet response, for code that runs outside Spring MVC's message conversion: the
 * security filters (401/403) and the container's error page. Produces the same members as the MVC path (properties
 * flattened beside {@code type}, {@code title}, {@code status}), so clients cannot tell which layer answered.
 */
public final class ProblemResponseWriter {

    // a private mapper keeps the problem shape independent of the service's JSON settings
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemResponseWriter() {
    }

    public static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        byte[] body = JSON.writeValueAsBytes(Problems.members(problem));
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }
}
