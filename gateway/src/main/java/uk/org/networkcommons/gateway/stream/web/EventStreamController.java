package uk.org.networkcommons.gateway.stream.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import uk.org.networkcommons.gateway.security.CurrentViewer;
import uk.org.networkcommons.gateway.stream.EventStream;
import uk.org.networkcommons.gateway.stream.EventStreamProperties;
import uk.org.networkcommons.gateway.stream.InvalidStreamPosition;
import uk.org.networkcommons.gateway.stream.StreamItem;
import uk.org.networkcommons.gateway.stream.StreamedEvent;
import uk.org.networkcommons.gateway.stream.TooManyStreams;
import uk.org.networkcommons.platform.problem.Problems;
import uk.org.networkcommons.platform.security.ViewerJwtConverter;

/**
 * {@code GET /api/events/stream}: the viewer's {@link EventStream} as Server-Sent Events. Each event is one SSE event
 * whose {@code data} is the CloudEvent in JSON structured mode and whose {@code id} is its resume id; heartbeats are
 * SSE comments that carry the resume id too. The stream ends when the access token it was opened with expires, so a
 * client reconnects (with {@code Last-Event-ID}, losing nothing) under a current token and current permissions.
 */
@RestController
class EventStreamController {

    static final String PATH = "/api/events/stream";
    static final String LAST_EVENT_ID = "Last-Event-ID";
    static final String INVALID_POSITION = "invalid-last-event-id";
    static final String TOO_MANY_STREAMS = "too-many-streams";

    private final CurrentViewer viewers;
    private final EventStream events;
    private final EventStreamProperties properties;

    EventStreamController(CurrentViewer viewers, EventStream events, EventStreamProperties properties) {
        this.viewers = viewers;
        this.events = events;
        this.properties = properties;
    }

    /**
     * @param lastEventIdHeader where to resume, as browsers send it on reconnecting
     * @param lastEventIdParam  the same as a query parameter, for a first connection that cannot set headers (a
     *                          browser's EventSource); the header wins when both are there
     */
    @GetMapping(path = PATH, produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Flux<ServerSentEvent<String>> stream(ServerWebExchange exchange,
            @RequestHeader(name = LAST_EVENT_ID, required = false) String lastEventIdHeader,
            @RequestParam(name = "lastEventId", required = false) String lastEventIdParam) {
        Optional<String> from = Stream.of(lastEventIdHeader, lastEventIdParam)
                .filter(id -> id != null && !id.isBlank()).findFirst();
        // nginx and its kin would otherwise hold events back to fill a buffer
        exchange.getResponse().getHeaders().set("X-Accel-Buffering", "no");
        return viewers.accessToken(exchange)
                .switchIfEmpty(Mono.error(NotSignedIn::new))
                .flatMapMany(token -> events.items(ViewerJwtConverter.toViewer(token), from)
                        .takeUntilOther(expiryOf(token)))
                .map(this::toServerSentEvent);
    }

    private ServerSentEvent<String> toServerSentEvent(StreamItem item) {
        return switch (item) {
            case StreamedEvent event -> ServerSentEvent.<String>builder().id(event.id())
                    .data(event.cloudEventJson()).build();
            case StreamItem.Heartbeat heartbeat -> ServerSentEvent.<String>builder().id(heartbeat.id())
                    .retry(properties.reconnectDelay()).comment("heartbeat").build();
        };
    }

    private static Mono<Long> expiryOf(Jwt token) {
        Instant expiresAt = token.getExpiresAt();
        return expiresAt == null ? Mono.never()
                : Mono.delay(Duration.between(Instant.now(), expiresAt).isNegative() ? Duration.ZERO
                        : Duration.between(Instant.now(), expiresAt));
    }

    @ExceptionHandler(InvalidStreamPosition.class)
    ResponseEntity<ProblemDetail> invalidPosition(InvalidStreamPosition invalid, ServerWebExchange exchange) {
        return problem(exchange, HttpStatus.BAD_REQUEST, INVALID_POSITION, "Invalid Last-Event-ID",
                invalid.getMessage(), new HttpHeaders());
    }

    @ExceptionHandler(TooManyStreams.class)
    ResponseEntity<ProblemDetail> tooMany(TooManyStreams tooMany, ServerWebExchange exchange) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(properties.reconnectDelay().toSeconds()));
        ProblemDetail problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, TOO_MANY_STREAMS, "Too many event streams",
                tooMany.getMessage());
        problem.setProperty("limit", tooMany.limit());
        problem.setInstance(Problems.instance(exchange.getRequest().getPath().value()));
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).headers(headers)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(NotSignedIn.class)
    ResponseEntity<ProblemDetail> notSignedIn(NotSignedIn notSignedIn, ServerWebExchange exchange) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        return problem(exchange, HttpStatus.UNAUTHORIZED, Problems.UNAUTHENTICATED, "Unauthorized",
                Problems.defaultDetail(HttpStatus.UNAUTHORIZED), headers);
    }

    private static ResponseEntity<ProblemDetail> problem(ServerWebExchange exchange, HttpStatus status, String slug,
            String title, String detail, HttpHeaders headers) {
        ProblemDetail problem = Problems.of(status, slug, title, detail);
        problem.setInstance(Problems.instance(exchange.getRequest().getPath().value()));
        return ResponseEntity.status(status).headers(headers).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** Nobody is signed in: no stream is opened without a viewer. */
    static final class NotSignedIn extends RuntimeException {

        NotSignedIn() {
            super("No viewer", null, false, false);
        }
    }
}
