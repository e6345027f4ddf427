package uk.org.networkcommons.gateway.security;

import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * Tells an API call from a page request, the one distinction the edge answers differently: an API call is never
 * redirected and every refusal or failure is {@code application/problem+json}; a page request goes to sign-in when
 * nobody is signed in and sees the portal's error pages otherwise.
 */
public final class ApiRequests {

    /** Paths served to programs rather than people. */
    public static final List<String> API_PATH_PREFIXES = List.of("/api/", "/v3/api-docs", "/actuator/");

    private ApiRequests() {
    }

    /** An API path, or a request that asks for JSON and not for HTML. */
    public static boolean isApi(ServerHttpRequest request) {
        String path = request.getPath().pathWithinApplication().value();
        if (path.equals("/api") || API_PATH_PREFIXES.stream().anyMatch(path::startsWith)) {
            return true;
        }
        List<MediaType> accepted = accepted(request);
        return accepted.stream().anyMatch(ApiRequests::isJson) && !acceptsHtml(accepted);
    }

    /** A request a browser makes to show a page: it names {@code text/html} among the types it accepts. */
    public static boolean wantsPage(ServerHttpRequest request) {
        return !isApi(request) && acceptsHtml(accepted(request));
    }

    /** Sends an access token in the {@code Authorization} header, which a browser never does by itself. */
    public static boolean hasBearerToken(ServerHttpRequest request) {
        String authorization = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    private static List<MediaType> accepted(ServerHttpRequest request) {
        try {
            return request.getHeaders().getAccept();
        } catch (IllegalArgumentException malformed) {
            return List.of();
        }
    }

    private static boolean acceptsHtml(List<MediaType> accepted) {
        return accepted.stream().anyMatch(type -> !type.isWildcardType() && type.isCompatibleWith(MediaType.TEXT_HTML));
    }

    private static boolean isJson(MediaType type) {
        return !type.isWildcardType() && !type.isWildcardSubtype()
                && (type.isCompatibleWith(MediaType.APPLICATION_JSON) || type.getSubtype().endsWith("+json"));
    }
}
