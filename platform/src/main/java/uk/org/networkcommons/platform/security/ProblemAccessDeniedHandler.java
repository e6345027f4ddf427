package uk.org.networkcommons.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandler;
import uk.org.networkcommons.platform.problem.ProblemResponseWriter;
import uk.org.networkcommons.platform.problem.Problems;

/**
 * Answers a signed-in viewer whom an authorization rule turns away: 403 with Spring's RFC 6750
 * {@code WWW-Authenticate} header and a problem+json body.
 */
public class ProblemAccessDeniedHandler implements AccessDeniedHandler {

    private final BearerTokenAccessDeniedHandler bearer = new BearerTokenAccessDeniedHandler();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
            AccessDeniedException accessDeniedException) throws IOException {
        bearer.handle(request, response, accessDeniedException);
        ProblemDetail problem = Problems.of(HttpStatus.FORBIDDEN, Problems.FORBIDDEN, "Forbidden",
                Problems.defaultDetail(HttpStatus.FORBIDDEN));
        problem.setInstance(Problems.instance(request.getRequestURI()));
        ProblemResponseWriter.write(response, problem);
    }
}
