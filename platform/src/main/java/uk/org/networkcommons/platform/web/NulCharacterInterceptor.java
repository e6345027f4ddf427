package uk.org.networkcommons.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.web.servlet.HandlerInterceptor;
import uk.org.networkcommons.platform.problem.InvalidRequestException;

/**
 * Refuses a request parameter that holds a NUL character with a 400 naming it. A text search becomes a MongoDB regular
 * expression, which the driver sends as a C string: a NUL in {@code ?name=} or {@code ?q=} failed every service's
 * search with a 500 (found by fuzzing). No parameter of the platform has a use for the character.
 */
public class NulCharacterInterceptor implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            for (String value : parameter.getValue()) {
                if (value != null && value.indexOf('\u0000') >= 0) {
                    throw new InvalidRequestException(parameter.getKey(), "must not contain the NUL character");
                }
            }
        }
        return true;
    }
}
