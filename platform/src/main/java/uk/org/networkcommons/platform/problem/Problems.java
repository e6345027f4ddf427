package uk.org.networkcommons.platform.problem;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * The platform's problem types: every problem a client sees names one of these as its {@code type}, so clients can
 * branch on a stable URI instead of parsing {@code detail} text.
 */
public final class Problems {

    public static final String TYPE_BASE = "https://networkcommons.org.uk/problems/";

    public static final String VALIDATION_FAILED = "validation-failed";
    public static final String MALFORMED_REQUEST = "malformed-request";
    public static final String INVALID_PARAMETER = "invalid-parameter";
    public static final String UNAUTHENTICATED = "unauthenticated";
    public static final String INVALID_TOKEN = "invalid-token";
    public static final String FORBIDDEN = "forbidden";
    public static final String NOT_FOUND = "not-found";
    public static final String METHOD_NOT_ALLOWED = "method-not-allowed";
    public static final String NOT_ACCEPTABLE = "not-acceptable";
    public static final String CONFLICT = "conflict";
    public static final String DUPLICATE = "duplicate";
    public static final String CONCURRENT_UPDATE = "concurrent-update";
    public static final String PAYLOAD_TOO_LARGE = "payload-too-large";
    public static final String UNSUPPORTED_MEDIA_TYPE = "unsupported-media-type";
    public static final String INTERNAL_ERROR = "internal-error";
    public static final String IDENTITY_PROVIDER_UNAVAILABLE = "identity-provider-unavailable";
    /** Seconds a client is asked to wait before retrying when the identity provider could not be reached. */
    public static final int IDENTITY_PROVIDER_RETRY_SECONDS = 5;

    /** Problem property listing each rejected field: an array of {@link FieldViolation}. */
    public static final String ERRORS = "errors";
    /** Problem property of a 5xx: the id under which the failure was logged, for support requests. */
    public static final String CORRELATION_ID = "correlationId";

    /** Said instead of the exception's message, which may hold internals (queries, hosts, stack fragments). */
    public static final String INTERNAL_ERROR_DETAIL =
            "Something went wrong on our side. If it keeps happening, report it with the correlation id.";

    private Problems() {
    }

    /**
     * The answer when a token could not be checked because the identity provider's keys could not be read: the caller
     * did nothing wrong, and the same request is likely to work shortly, so 503 rather than 401 or 500.
     */
    public static ProblemDetail identityProviderUnavailable() {
        return of(org.springframework.http.HttpStatus.SERVICE_UNAVAILABLE, IDENTITY_PROVIDER_UNAVAILABLE,
                "Sign-in check unavailable", "The access token could not be checked because the identity provider "
                        + "(Keycloak) did not answer. Try again in a few seconds.");
    }

    public static URI type(String slug) {
        return URI.create(TYPE_BASE + slug);
    }

    public static ProblemDetail of(HttpStatusCode status, String slug, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type(slug));
        problem.setTitle(title);
        return problem;
    }

    /** A 5xx problem that says nothing about the cause; the caller logs the cause under the returned correlation id. */
    public static ProblemDetail internalError(HttpStatusCode status, String correlationId) {
        ProblemDetail problem = of(status, status.value() == 500 ? INTERNAL_ERROR : defaultSlug(status),
                defaultTitle(status), INTERNAL_ERROR_DETAIL);
        problem.setProperty(CORRELATION_ID, correlationId);
        return problem;
    }

    /** The problem's {@code instance} for a request path; null for a path that is not a valid URI reference. */
    public static URI instance(String path) {
        if (path == null) {
            return null;
        }
        try {
            return URI.create(path);
        } catch (IllegalArgumentException notAUri) {
            return null;
        }
    }

    public static String newCorrelationId() {
        return UUID.randomUUID().toString();
    }

    /** The slug for a problem nobody gave a more specific type, derived from its status. */
    public static String defaultSlug(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "bad-request";
            case 401 -> UNAUTHENTICATED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 500 -> INTERNAL_ERROR;
            default -> {
                HttpStatus known = HttpStatus.resolve(status.value());
                yield known == null ? "status-" + status.value() : known.name().toLowerCase(Locale.ROOT).replace('_', '-');
            }
        };
    }

    public static String defaultTitle(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known == null ? "Error " + status.value() : known.getReasonPhrase();
    }

    /** Generic wording for a status, for errors whose own message is not meant for clients. */
    public static String defaultDetail(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "The request is not valid.";
            case 401 -> "This request needs a valid bearer access token.";
            case 403 -> "You are not allowed to do this.";
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not support this HTTP method.";
            case 406 -> "The response cannot be given in any of the media types the request accepts.";
            case 413 -> "The request body is too large.";
            case 415 -> "The request body's media type is not supported here.";
            default -> status.is5xxServerError() ? INTERNAL_ERROR_DETAIL : defaultTitle(status) + ".";
        };
    }

    /**
     * The problem's members in RFC 9457 order (type, title, status, detail, instance, then the extensions), for
     * writers that serialise it themselves: the servlet error path here and the gateway's reactive error handler.
     */
    public static Map<String, Object> members(ProblemDetail problem) {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("type", String.valueOf(problem.getType()));
        members.put("title", problem.getTitle());
        members.put("status", problem.getStatus());
        if (problem.getDetail() != null) {
            members.put("detail", problem.getDetail());
        }
        if (problem.getInstance() != null) {
            members.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            problem.getProperties().forEach(members::putIfAbsent);
        }
        return members;
    }
}
