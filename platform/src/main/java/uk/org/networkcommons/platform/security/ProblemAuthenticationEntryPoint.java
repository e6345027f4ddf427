package uk.org.networkcommons.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import uk.org.networkcommons.platform.problem.ProblemResponseWriter;
import uk.org.networkcommons.platform.problem.Problems;

/**
 * Answers a request without a usable token: status and {@code WWW-Authenticate: Bearer ...} exactly as RFC 6750 and
 * Spring's {@link BearerTokenAuthenticationEntryPoint} give them, with a problem+json body instead of an empty one.
 * The body does not say why a token was rejected (expired, wrong audience, bad signature...): that is logged, and
 * the standard {@code error_description} in the header is all a legitimate client needs.
 */
public class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private static final Logger log = LoggerFactory.getLogger(ProblemAuthenticationEntryPoint.class);

    private final BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException authException) throws IOException {
        bearer.commence(request, response, authException);
        HttpStatusCode status = HttpStatusCode.valueOf(response.getStatus());
        ProblemDetail problem;
        if (authException instanceof OAuth2AuthenticationException rejected) {
            log.debug("Rejected the bearer token of {} {}: {}", request.getMethod(), request.getRequestURI(),
                    rejected.getError());
            problem = status.value() == 401
                    ? Problems.of(status, Problems.INVALID_TOKEN, "Invalid access token",
                            "The access token is not valid for this service: it may have expired or been issued "
                                    + "for another service. Sign in again to get a new one.")
                    : Problems.of(status, Problems.defaultSlug(status), Problems.defaultTitle(status),
                            "The Authorization header is not a single well-formed bearer token.");
        } else {
            problem = Problems.of(status, Problems.UNAUTHENTICATED, "Unauthenticated",
                    Problems.defaultDetail(status));
        }
        problem.setInstance(Problems.instance(request.getRequestURI()));
        ProblemResponseWriter.write(response, problem);
    }
}
