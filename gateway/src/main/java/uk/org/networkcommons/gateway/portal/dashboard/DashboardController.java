package uk.org.networkcommons.gateway.portal.dashboard;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import uk.org.networkcommons.events.LaCode;
import uk.org.networkcommons.gateway.portal.shell.ServiceProblem;
import uk.org.networkcommons.gateway.security.CurrentViewer;
import uk.org.networkcommons.platform.security.Viewer;

/**
 * {@code /dashboard}: an LA's figures for its officers, and for the platform admin, who first chooses the LA. Anyone
 * else is told there is no such page (404), as the services answer for another LA's summaries. The page works
 * without JavaScript; with it, {@code /dashboard/activity} streams what happens in the LA as server-sent events,
 * each a ready-made, escaped list item that htmx puts at the top of the activity list.
 */
@Controller
class DashboardController {

    private static final Logger log = LoggerFactory.getLogger(DashboardController.class);

    /** How many of the latest activities the page shows when it loads. */
    static final int LATEST = 10;
    /** The page does not wait longer than this for the latest activity; it is shown without it instead. */
    static final Duration LATEST_WAIT = Duration.ofSeconds(2);
    /** A comment this often keeps proxies from closing a quiet stream. */
    static final Duration KEEP_ALIVE = Duration.ofSeconds(25);
    static final String EVENT = "activity";

    private final DashboardApi api;
    private final CurrentViewer currentViewer;
    private final ObjectProvider<ActivityFeed> feeds;

    DashboardController(DashboardApi api, CurrentViewer currentViewer, ObjectProvider<ActivityFeed> feeds) {
        this.api = api;
        this.currentViewer = currentViewer;
        this.feeds = feeds;
    }

    @GetMapping("/dashboard")
    Mono<Rendering> dashboard(ServerWebExchange exchange, @RequestParam(required = false) String la) {
        String entered = la == null ? "" : la.strip();
        return viewer(exchange).flatMap(viewer -> {
            if (viewer.isPlatformAdmin() && !isLaCode(entered) && (!entered.isEmpty() || !isOfficer(viewer))) {
                return Mono.just(choose(entered));
            }
            LaCode target = laOf(viewer, entered).orElseThrow(DashboardController::notFound);
            return Mono.zip(api.actions(exchange, target), api.networks(exchange, target),
                            api.workshops(exchange, target), api.organisations(exchange, target), latest(viewer, target))
                    .onErrorMap(error -> error instanceof ServiceProblem problem && problem.isNotFound(),
                            error -> notFound())
                    .map(loaded -> {
                        Map<String, Object> model = new HashMap<>();
                        model.put("dashboard", LaDashboard.of(target.value(), loaded.getT1(), loaded.getT2(),
                                loaded.getT3(), loaded.getT4()));
                        model.put("chooseAnother", viewer.isPlatformAdmin());
                        model.put("live", feeds.getIfAvailable() != null);
                        model.put("activity", loaded.getT5().stream().map(ActivityFragments::item).toList());
                        model.put("activityHref", href("/dashboard/activity", target, null));
                        model.put("refreshHref", href("/dashboard", target, "activity"));
                        return Rendering.view("dashboard/dashboard").model(model).build();
                    });
        });
    }

    @GetMapping(path = "/dashboard/activity", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Mono<ResponseEntity<Flux<ServerSentEvent<String>>>> activity(ServerWebExchange exchange,
            @RequestParam(required = false) String la,
            @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId) {
        String entered = la == null ? "" : la.strip();
        return viewer(exchange).map(viewer -> {
            LaCode target = laOf(viewer, entered).orElseThrow(DashboardController::notFound);
            ActivityFeed feed = feeds.getIfAvailable();
            if (feed == null) {
                // 204 tells the browser's EventSource not to reconnect: there is nothing to follow
                return ResponseEntity.noContent().build();
            }
            Optional<String> resumeAfter = Optional.ofNullable(lastEventId).filter(id -> !id.isBlank());
            Flux<ServerSentEvent<String>> events = feed.follow(viewer, target, resumeAfter)
                    .map(activity -> ServerSentEvent.builder(ActivityFragments.item(activity)).id(activity.id())
                            .event(EVENT).build())
                    .onErrorResume(error -> {
                        // ending the response makes the browser reconnect, resuming after the last id it saw
                        log.warn("The activity feed of LA {} failed: {}", target, error.toString());
                        return Flux.empty();
                    });
            Flux<ServerSentEvent<String>> stream = events.publish(shared -> Flux.merge(shared,
                    Flux.interval(KEEP_ALIVE).map(tick -> comment("keep-alive")).takeUntilOther(shared.then())))
                    // sent at once, so the browser knows the stream is open before anything happens
                    .startWith(comment("following LA " + target));
            return ResponseEntity.ok().contentType(MediaType.TEXT_EVENT_STREAM).body(stream);
        });
    }

    private Mono<Viewer> viewer(ServerWebExchange exchange) {
        return currentViewer.of(exchange).switchIfEmpty(Mono.error(DashboardController::notFound));
    }

    private Mono<List<Activity>> latest(Viewer viewer, LaCode la) {
        ActivityFeed feed = feeds.getIfAvailable();
        if (feed == null) {
            return Mono.just(List.of());
        }
        return feed.latest(viewer, la, LATEST).take(LATEST).collectList().timeout(LATEST_WAIT)
                .onErrorResume(error -> {
                    log.warn("The latest activity of LA {} could not be read: {}", la, error.toString());
                    return Mono.just(List.of());
                });
    }

    /**
     * The LA whose dashboard the viewer may open: an LA officer their own (also when they name it), the platform
     * admin any they name. Empty for everyone and everything else.
     */
    static Optional<LaCode> laOf(Viewer viewer, String entered) {
        if (entered.isEmpty()) {
            return isOfficer(viewer) ? Optional.of(viewer.laCode()) : Optional.empty();
        }
        if (!isLaCode(entered)) {
            return Optional.empty();
        }
        LaCode asked = LaCode.of(entered);
        return viewer.isPlatformAdmin() || viewer.isLaOfficerOf(asked) ? Optional.of(asked) : Optional.empty();
    }

    private static boolean isOfficer(Viewer viewer) {
        return viewer.roles().contains(Viewer.Role.LA_OFFICER) && viewer.laCode() != null;
    }

    private static boolean isLaCode(String text) {
        return text.matches("\\d{3}");
    }

    private static Rendering choose(String entered) {
        boolean invalid = !entered.isEmpty();
        Map<String, Object> model = new HashMap<>();
        model.put("entered", entered);
        model.put("error", invalid ? "Enter the local authority's three-digit code, for example 873" : null);
        return Rendering.view("dashboard/choose").model(model)
                .status(invalid ? HttpStatus.BAD_REQUEST : HttpStatus.OK).build();
    }

    private static String href(String path, LaCode la, String fragment) {
        return UriComponentsBuilder.fromPath(path).queryParam("la", la.value()).fragment(fragment).build()
                .toUriString();
    }

    private static ServerSentEvent<String> comment(String text) {
        return ServerSentEvent.<String>builder().comment(text).build();
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
