package uk.org.networkcommons.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import uk.org.networkcommons.platform.problem.ProblemResponseWriter;
import uk.org.networkcommons.platform.problem.Problems;

/**
 * Decides what a failed bearer-token check answers. A token that is wrong goes to the entry point (401). A token that
 * could not be checked at all, because the key set could not be fetched from Keycloak, gets 503 with
 * {@code Retry-After}: Spring's default rethrows that failure, which ends as a 500 and tells the client nothing useful.
 */
public class IdentityProviderOutageHandler implements AuthenticationFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(IdentityProviderOutageHandler.class);

    private final AuthenticationEntryPoint entryPoint;

    public IdentityProviderOutageHandler(AuthenticationEntryPoint entryPoint) {
        this.entryPoint = entryPoint;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException failure) throws IOException, jakarta.servlet.ServletException {
        if (!(failure instanceof AuthenticationServiceException)) {
            entryPoint.commence(request, response, failure);
            return;
        }
        log.warn("Could not check the bearer token of {} {}: {}", request.getMethod(), request.getRequestURI(),
                failure.getMessage());
        ProblemDetail problem = Problems.identityProviderUnavailable();
        problem.setInstance(Problems.instance(request.getRequestURI()));
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Problems.IDENTITY_PROVIDER_RETRY_SECONDS));
        ProblemResponseWriter.write(response, problem);
    }
}
