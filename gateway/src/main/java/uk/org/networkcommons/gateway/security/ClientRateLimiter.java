package uk.org.networkcommons.gateway.security;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

/**
 * Limits each client to a burst of requests and a sustained rate (see {@link EdgeSecurityProperties.RateLimit}).
 * It sits in the security filter chain after authentication, so a signed-in client is known by its subject rather
 * than its address, and before authorization, so anonymous floods are limited before anything else is done for them.
 * Over the limit the answer is 429 with {@code Retry-After}.
 */
final class ClientRateLimiter implements WebFilter {

    static final String TOO_MANY_REQUESTS = "too-many-requests";

    private static final long SWEEP_INTERVAL_NANOS = 1_000_000_000L;

    private final EdgeSecurityProperties.RateLimit limit;
    private final List<PathPattern> exempt;
    private final LongSupplier clock;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final AtomicLong lastSweep = new AtomicLong(Long.MIN_VALUE / 2);

    ClientRateLimiter(EdgeSecurityProperties.RateLimit limit) {
        this(limit, System::nanoTime);
    }

    ClientRateLimiter(EdgeSecurityProperties.RateLimit limit, LongSupplier clock) {
        this.limit = limit;
        this.exempt = limit.exemptPaths().stream().map(PathPatternParser.defaultInstance::parse).toList();
        this.clock = clock;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!limit.enabled() || isExempt(exchange)) {
            return chain.filter(exchange);
        }
        return ClientKeys.of(exchange).flatMap(client -> {
            Duration wait = take(client);
            if (wait.isZero()) {
                return chain.filter(exchange);
            }
            long seconds = Math.max(1, (long) Math.ceil(wait.toMillis() / 1000d));
            return Mono.error(new EdgeRejection(HttpStatus.TOO_MANY_REQUESTS, TOO_MANY_REQUESTS, "Too many requests",
                    "You have sent too many requests in a short time. Wait " + seconds
                            + (seconds == 1 ? " second" : " seconds") + " and try again.")
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds)));
        });
    }

    /** Spends one of the client's requests; {@link Duration#ZERO} when allowed, else the wait until the next. */
    Duration take(String client) {
        long now = clock.getAsLong();
        long last = lastSweep.get();
        // at most one sweep a second, so a flood of new clients cannot make every request walk all the buckets
        if (buckets.size() >= limit.maxClients() && now - last >= SWEEP_INTERVAL_NANOS
                && lastSweep.compareAndSet(last, now)) {
            buckets.values().removeIf(bucket -> bucket.isFull(now));
        }
        return buckets.computeIfAbsent(client, key -> new TokenBucket(limit.capacity(), limit.refillPerSecond(), now))
                .take(now);
    }

    int clientsRemembered() {
        return buckets.size();
    }

    private boolean isExempt(ServerWebExchange exchange) {
        var path = exchange.getRequest().getPath().pathWithinApplication();
        return exempt.stream().anyMatch(pattern -> pattern.matches(path));
    }
}
