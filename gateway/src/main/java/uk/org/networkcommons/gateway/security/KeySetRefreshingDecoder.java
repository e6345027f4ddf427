package uk.org.networkcommons.gateway.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Spring's reactive decoder keeps the realm's key set until a token names a key it does not know, so a key withdrawn
 * from Keycloak would stay accepted at the gateway indefinitely (the services' decoders forget keys after five
 * minutes). This one starts a fresh decoder, which reads the key set again, once the current one is older than
 * {@code maxAge}: a withdrawn key is refused here within the same window as in the services.
 */
final class KeySetRefreshingDecoder implements ReactiveJwtDecoder {

    static final Duration MAX_AGE = Duration.ofMinutes(5);

    private record Current(ReactiveJwtDecoder decoder, Instant builtAt) {
    }

    private final Supplier<ReactiveJwtDecoder> factory;
    private final Duration maxAge;
    private final Clock clock;
    private final AtomicReference<Current> current = new AtomicReference<>();

    KeySetRefreshingDecoder(Supplier<ReactiveJwtDecoder> factory, Duration maxAge, Clock clock) {
        this.factory = factory;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    @Override
    public Mono<Jwt> decode(String token) throws JwtException {
        // Spring's decoder reports an unreachable key set as IllegalStateException("Could not obtain the keys"),
        // which the authentication manager does not recognise and lets through as a 500; as a JwtException it becomes
        // an AuthenticationServiceException, which the security configuration answers with 503
        return current().decode(token).onErrorMap(failure -> !(failure instanceof JwtException),
                failure -> new JwtException("Could not read the realm's key set: " + failure.getMessage(), failure));
    }

    private ReactiveJwtDecoder current() {
        Instant now = clock.instant();
        Current held = current.get();
        if (held != null && held.builtAt().plus(maxAge).isAfter(now)) {
            return held.decoder();
        }
        Current fresh = new Current(factory.get(), now);
        // two requests racing at the boundary may both build one; either is as fresh as the other
        return current.compareAndSet(held, fresh) ? fresh.decoder() : current.get().decoder();
    }
}
