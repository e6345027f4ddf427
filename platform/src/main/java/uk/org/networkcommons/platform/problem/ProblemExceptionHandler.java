package uk.org.networkcommons.platform.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.StringUtils;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import uk.org.networkcommons.platform.outbox.ConcurrentUpdateException;

/**
 * Answers every exception that reaches Spring MVC with an RFC 9457 problem. Spring's own exceptions keep the status
 * {@link ResponseEntityExceptionHandler} gives them, with the platform's type URIs and with details that name the
 * offending field; the platform's domain exceptions get their statuses here; anything else is a 500 that reveals
 * nothing but a correlation id, under which the cause is logged.
 */
@RestControllerAdvice
public class ProblemExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

    private static final Set<ElementKind> INTERNAL_NODES = EnumSet.of(ElementKind.METHOD, ElementKind.CONSTRUCTOR,
            ElementKind.PARAMETER, ElementKind.CROSS_PARAMETER, ElementKind.RETURN_VALUE);

    @ExceptionHandler(NotFoundException.class)
    public ResponseEntity<Object> handleNotFound(NotFoundException ex, WebRequest request) {
        return answer(ex, Problems.of(HttpStatus.NOT_FOUND, Problems.NOT_FOUND, "Not found", ex.getMessage()), request);
    }

    @ExceptionHandler(ForbiddenException.class)
    public ResponseEntity<Object> handleForbidden(ForbiddenException ex, WebRequest request) {
        return answer(ex, Problems.of(HttpStatus.FORBIDDEN, Problems.FORBIDDEN, "Forbidden", ex.getMessage()), request);
    }

    @ExceptionHandler(ConflictException.class)
    public ResponseEntity<Object> handleConflict(ConflictException ex, WebRequest request) {
        return answer(ex, Problems.of(HttpStatus.CONFLICT, Problems.CONFLICT, "Conflict", ex.getMessage()), request);
    }

    @ExceptionHandler(InvalidRequestException.class)
    public ResponseEntity<Object> handleInvalidRequest(InvalidRequestException ex, WebRequest request) {
        List<FieldViolation> errors = ex.fieldErrors().entrySet().stream()
                .map(error -> new FieldViolation(error.getKey(), error.getValue()))
                .sorted(Comparator.comparing(FieldViolation::field))
                .toList();
        return answer(ex, validationFailed(ex.getMessage(), errors), request);
    }

    @ExceptionHandler(ConcurrentUpdateException.class)
    public ResponseEntity<Object> handleConcurrentUpdate(ConcurrentUpdateException ex, WebRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, Problems.CONCURRENT_UPDATE,
                "Changed by someone else", ex.getMessage());
        // null when the aggregate is gone; the client then knows reloading will 404
        problem.setProperty("currentVersion", ex.currentVersion());
        return answer(ex, problem, request);
    }

    @ExceptionHandler(DuplicateKeyException.class)
    public ResponseEntity<Object> handleDuplicateKey(DuplicateKeyException ex, WebRequest request) {
        // the driver's message names the collection, the index and the clashing values: logged, not returned
        log.info("Duplicate key answering {}: {}", describe(request), ex.getMessage());
        return answer(ex, Problems.of(HttpStatus.CONFLICT, Problems.DUPLICATE, "Already exists",
                "Something with the same unique value already exists."), request);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    public ResponseEntity<Object> handleConstraintViolation(ConstraintViolationException ex, WebRequest request) {
        List<FieldViolation> errors = ex.getConstraintViolations().stream()
                .map(violation -> new FieldViolation(field(violation.getPropertyPath()), violation.getMessage()))
                .sorted(Comparator.comparing(FieldViolation::field))
                .toList();
        return answer(ex, validationFailed(summary(errors), errors), request);
    }

    /** E.g. {@link uk.org.networkcommons.platform.security.CurrentViewer#get()} on a request nobody signed in to. */
    @ExceptionHandler(AuthenticationException.class)
    public ResponseEntity<Object> handleAuthentication(AuthenticationException ex, WebRequest request) {
        return unauthenticated(ex, request);
    }

    private ResponseEntity<Object> unauthenticated(Exception ex, WebRequest request) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        ProblemDetail problem = Problems.of(HttpStatus.UNAUTHORIZED, Problems.UNAUTHENTICATED, "Unauthenticated",
                Problems.defaultDetail(HttpStatus.UNAUTHORIZED));
        return handleExceptionInternal(ex, problem, headers, HttpStatus.UNAUTHORIZED, request);
    }

    /** Method security ({@code @PreAuthorize}) denies inside MVC, where the security filters' handler cannot answer. */
    @ExceptionHandler(AccessDeniedException.class)
    public ResponseEntity<Object> handleAccessDenied(AccessDeniedException ex, WebRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return unauthenticated(ex, request);
        }
        return answer(ex, Problems.of(HttpStatus.FORBIDDEN, Problems.FORBIDDEN, "Forbidden",
                Problems.defaultDetail(HttpStatus.FORBIDDEN)), request);
    }

    /** Everything nobody planned for; {@code @ResponseStatus} on an exception class is still honoured. */
    @ExceptionHandler(Exception.class)
    public ResponseEntity<Object> handleUnexpected(Exception ex, WebRequest request) {
        ResponseStatus declared = AnnotatedElementUtils.findMergedAnnotation(ex.getClass(), ResponseStatus.class);
        if (declared != null && declared.code().is4xxClientError()) {
            HttpStatus status = declared.code();
            String detail = StringUtils.hasText(declared.reason()) ? declared.reason() : Problems.defaultDetail(status);
            return answer(ex, Problems.of(status, Problems.defaultSlug(status), Problems.defaultTitle(status), detail),
                    request);
        }
        HttpStatus status = declared != null ? declared.code() : HttpStatus.INTERNAL_SERVER_ERROR;
        return handleExceptionInternal(ex, null, new HttpHeaders(), status, request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldViolation> errors = violations(ex.getBindingResult());
        return handleExceptionInternal(ex, validationFailed(summary(errors), errors), headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldViolation> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> {
            if (result instanceof ParameterErrors parameterErrors) {
                errors.addAll(violations(parameterErrors));
            } else {
                String name = parameterName(result.getMethodParameter().getParameterName());
                result.getResolvableErrors().forEach(error -> errors.add(new FieldViolation(name,
                        error.getDefaultMessage())));
            }
        });
        return handleExceptionInternal(ex, validationFailed(summary(errors), errors), headers, status, request);
    }

    /** A body that went past the size limit while a converter read it (see {@link RequestBodyLimitFilter}). */
    @ExceptionHandler(PayloadTooLargeException.class)
    public ResponseEntity<Object> handlePayloadTooLarge(PayloadTooLargeException ex, WebRequest request) {
        return answer(ex, RequestBodyLimitFilter.problem(ex.limitBytes(), null), request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        PayloadTooLargeException tooLarge = causeOfType(ex, PayloadTooLargeException.class);
        if (tooLarge != null) {
            return handlePayloadTooLarge(tooLarge, request);
        }
        ClientMessages.BodyError error = ClientMessages.unreadableBody(ex.getCause());
        ProblemDetail problem = Problems.of(status, Problems.MALFORMED_REQUEST, "Malformed request", error.detail());
        if (error.field() != null) {
            problem.setProperty(Problems.ERRORS, ClientMessages.single(error.field(), error.detail()));
        }
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = ex instanceof MethodArgumentTypeMismatchException argument ? argument.getName()
                : ex.getPropertyName();
        String detail = ClientMessages.invalidParameter(name, ex.getValue(), ex.getRequiredType(), ex);
        ProblemDetail problem = Problems.of(status, Problems.INVALID_PARAMETER, "Invalid parameter", detail);
        problem.setProperty(Problems.ERRORS, ClientMessages.single(name, detail));
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = "Parameter '%s' is required.".formatted(ex.getParameterName());
        ProblemDetail problem = Problems.of(status, Problems.INVALID_PARAMETER, "Missing parameter", detail);
        problem.setProperty(Problems.ERRORS, ClientMessages.single(ex.getParameterName(), "is required"));
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return handleExceptionInternal(ex, noEndpoint(status, request), headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleNoHandlerFoundException(NoHandlerFoundException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return handleExceptionInternal(ex, noEndpoint(status, request), headers, status, request);
    }

    /**
     * The funnel every answer passes through: fills in the platform's type and the request path, and replaces any
     * 5xx body with one that carries only a correlation id, logging the real cause under it.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (response == null) {
            return null;
        }
        URI instance = path(request);
        if (statusCode.is5xxServerError()) {
            String correlationId = Problems.newCorrelationId();
            log.error("Unexpected failure {} answering {}", correlationId, describe(request), ex);
            ProblemDetail internal = Problems.internalError(statusCode, correlationId);
            internal.setInstance(instance);
            return ResponseEntity.status(statusCode).headers(response.getHeaders()).body(internal);
        }
        ProblemDetail problem = response.getBody() instanceof ProblemDetail detail ? detail
                : Problems.of(statusCode, Problems.defaultSlug(statusCode), Problems.defaultTitle(statusCode),
                        Problems.defaultDetail(statusCode));
        if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
            problem.setType(Problems.type(Problems.defaultSlug(statusCode)));
        }
        if (problem.getInstance() == null) {
            problem.setInstance(instance);
        }
        log.debug("Answering {} with {}: {}", describe(request), statusCode.value(), problem.getDetail());
        return ResponseEntity.status(statusCode).headers(response.getHeaders()).body(problem);
    }

    private ResponseEntity<Object> answer(Exception ex, ProblemDetail problem, WebRequest request) {
        return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatusCode.valueOf(problem.getStatus()),
                request);
    }

    private static ProblemDetail validationFailed(String detail, List<FieldViolation> errors) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, Problems.VALIDATION_FAILED, "Invalid request",
                detail);
        problem.setProperty(Problems.ERRORS, errors);
        return problem;
    }

    private static List<FieldViolation> violations(org.springframework.validation.Errors binding) {
        List<FieldViolation> errors = new ArrayList<>();
        binding.getFieldErrors().forEach(error -> errors.add(new FieldViolation(error.getField(),
                error.getDefaultMessage())));
        binding.getGlobalErrors().forEach(error -> errors.add(new FieldViolation(error.getObjectName(),
                error.getDefaultMessage())));
        errors.sort(Comparator.comparing(FieldViolation::field));
        return errors;
    }

    private static String summary(List<FieldViolation> errors) {
        if (errors.isEmpty()) {
            return Problems.defaultDetail(HttpStatus.BAD_REQUEST);
        }
        return "Invalid " + (errors.size() == 1 ? "field: " : "fields: ")
                + String.join(", ", errors.stream().map(FieldViolation::field).distinct().toList()) + ".";
    }

    /**
     * The client's name for a violated constraint: method validation reports {@code create.request.name}, of which
     * the method and parameter are Java internals; a constraint on the parameter itself is named by the parameter.
     */
    private static String field(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        int internal = 0;
        while (internal < nodes.size() && INTERNAL_NODES.contains(nodes.get(internal).getKind())) {
            internal++;
        }
        if (internal == nodes.size()) {
            return nodes.isEmpty() ? "request" : String.valueOf(nodes.getLast().getName());
        }
        String full = path.toString();
        int start = 0;
        for (int i = 0; i < internal; i++) {
            start = full.indexOf('.', start) + 1;
        }
        return full.substring(start);
    }

    private static <T extends Throwable> T causeOfType(Throwable error, Class<T> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    private static String parameterName(String name) {
        return name == null ? "request" : name;
    }

    private static ProblemDetail noEndpoint(HttpStatusCode status, WebRequest request) {
        String where = request instanceof ServletWebRequest servlet
                ? servlet.getRequest().getMethod() + " " + servlet.getRequest().getRequestURI()
                : "this address";
        return Problems.of(status, Problems.NOT_FOUND, "Not found", "There is no endpoint for " + where + ".");
    }

    private static URI path(WebRequest request) {
        return request instanceof ServletWebRequest servlet ? Problems.instance(servlet.getRequest().getRequestURI())
                : null;
    }

    private static String describe(WebRequest request) {
        if (request instanceof ServletWebRequest servlet) {
            HttpServletRequest http = servlet.getRequest();
            return http.getMethod() + " " + http.getRequestURI();
        }
        return request.getDescription(false);
    }
}
