package uk.org.networkcommons.gateway.portal.shell;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import uk.org.networkcommons.gateway.security.CurrentViewer;
import uk.org.networkcommons.platform.security.Viewer;

/**
 * What every portal page has: the signed-in {@code viewer} and {@code viewerIsLaOfficer} for the layout's header,
 * {@code portalSection} to mark where the person is in the navigation, and one answer to a service's problem that a
 * page did not handle itself: its 404 is the portal's "Page not found", a service that is down is "Sorry, there is a
 * problem with the service" (503), anything else the page for its status.
 */
@ControllerAdvice(basePackages = "uk.org.networkcommons.gateway.portal")
public class PortalPages {

    private static final Logger log = LoggerFactory.getLogger(PortalPages.class);

    private final CurrentViewer currentViewer;

    public PortalPages(CurrentViewer currentViewer) {
        this.currentViewer = currentViewer;
    }

    @ModelAttribute
    Mono<Void> pageModel(ServerWebExchange exchange, Model model) {
        model.addAttribute("viewerIsLaOfficer", false);
        model.addAttribute("portalSection", section(exchange.getRequest().getPath().value()));
        return viewer(exchange).doOnNext(viewer -> {
            model.addAttribute("viewer", viewer);
            model.addAttribute("viewerIsLaOfficer", viewer.roles().contains(Viewer.Role.LA_OFFICER));
        }).then();
    }

    @ExceptionHandler(ServiceProblem.class)
    Mono<Rendering> serviceProblem(ServiceProblem problem, ServerWebExchange exchange) {
        HttpStatus status = statusFor(problem);
        if (status.is5xxServerError()) {
            log.warn("A portal page could not be shown: {}", problem.getMessage());
        }
        String view = switch (status.value()) {
            case 404 -> "error/404";
            case 401 -> "error/401";
            default -> status.is5xxServerError() ? "error/5xx" : "error/4xx";
        };
        String path = exchange.getRequest().getPath().value();
        return viewer(exchange).map(Optional::of).defaultIfEmpty(Optional.empty()).map(viewer -> {
            Map<String, Object> model = new HashMap<>();
            viewer.ifPresent(signedIn -> model.put("viewer", signedIn));
            model.put("viewerIsLaOfficer", viewer.map(v -> v.roles().contains(Viewer.Role.LA_OFFICER)).orElse(false));
            model.put("portalSection", section(path));
            model.put("status", status.value());
            model.put("problemTitle", problem.title());
            model.put("problemDetail", problem.detail() == null ? "" : problem.detail());
            return Rendering.view(view).status(status).model(model).build();
        });
    }

    /** The status the portal answers with: the service's, except that a service's own failure is the gateway's 502. */
    static HttpStatus statusFor(ServiceProblem problem) {
        if (problem.isUnavailable()) {
            return HttpStatus.SERVICE_UNAVAILABLE;
        }
        HttpStatus status = HttpStatus.resolve(problem.status());
        if (status == null || status.is5xxServerError()) {
            return HttpStatus.BAD_GATEWAY;
        }
        return status.is4xxClientError() ? status : HttpStatus.BAD_GATEWAY;
    }

    /** The header's navigation item a path belongs to. */
    static String section(String path) {
        if (path.startsWith("/library")) {
            return "library";
        }
        if (path.startsWith("/actions")) {
            return "actions";
        }
        if (path.startsWith("/dashboard")) {
            return "dashboard";
        }
        return "home";
    }

    private Mono<Viewer> viewer(ServerWebExchange exchange) {
        // the header can do without the name; the page's own service calls report a token that no longer works
        return currentViewer.of(exchange).onErrorResume(error -> Mono.empty());
    }
}
