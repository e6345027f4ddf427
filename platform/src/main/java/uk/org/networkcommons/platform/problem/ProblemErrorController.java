package uk.org.networkcommons.platform.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * The servlet container's error page, replacing Boot's whitelabel page and JSON. Errors that never reach a controller
 * advice end up here: exceptions thrown by filters, {@code sendError} calls, requests the security firewall rejects.
 * Answers problem+json whatever the client asked for, since every client of these services is an API client.
 */
@Controller
@RequestMapping("${spring.web.error.path:${error.path:/error}}")
public class ProblemErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    private final ErrorAttributes errorAttributes;

    public ProblemErrorController(ErrorAttributes errorAttributes) {
        this.errorAttributes = errorAttributes;
    }

    @RequestMapping
    public void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpStatusCode status = status(request);
        String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        ProblemDetail problem;
        if (status.is5xxServerError()) {
            String correlationId = Problems.newCorrelationId();
            Throwable error = errorAttributes.getError(new ServletWebRequest(request));
            log.error("Unexpected failure {} answering {} {}", correlationId, request.getMethod(), path, error);
            problem = Problems.internalError(status, correlationId);
        } else {
            // the container's message for a 4xx may be its own wording or a filter's internals, so it is not echoed
            problem = Problems.of(status, Problems.defaultSlug(status), Problems.defaultTitle(status),
                    Problems.defaultDetail(status));
        }
        problem.setInstance(Problems.instance(path));
        ProblemResponseWriter.write(response, problem);
    }

    private static HttpStatusCode status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code instanceof Integer value && value >= 400 && value < 600) {
            return HttpStatusCode.valueOf(value);
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }
}
