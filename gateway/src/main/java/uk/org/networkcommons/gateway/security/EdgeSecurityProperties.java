package uk.org.networkcommons.gateway.security;

import java.net.URI;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How the gateway treats its callers ({@code network-commons.gateway.*}).
 *
 * @param signOut        where signing out sends the browser
 * @param rateLimit      how many requests each client may make
 * @param maxRequestSize largest request body accepted, with or without {@code Content-Length}
 */
@ConfigurationProperties("network-commons.gateway")
public record EdgeSecurityProperties(@DefaultValue SignOut signOut, @DefaultValue RateLimit rateLimit,
        @DefaultValue("1MB") DataSize maxRequestSize) {

    /**
     * @param endSessionUri         Keycloak's end-session endpoint as the browser reaches it, e.g.
     *                              {@code https://id.example.org/realms/network-commons/protocol/openid-connect/logout}
     * @param postLogoutRedirectUri where Keycloak sends the browser afterwards; when unset, the portal's own address
     *                              ({@code /}) as the request reached the gateway. Keycloak accepts it only if the
     *                              portal client lists it under "Valid post logout redirect URIs".
     */
    public record SignOut(URI endSessionUri, URI postLogoutRedirectUri) {
    }

    /**
     * A token bucket per client, held in this instance's memory: with N instances behind a load balancer a client
     * may get up to N times the allowance, so divide {@code capacity} and {@code refillPerSecond} by N or move the
     * buckets to a shared store.
     *
     * @param enabled         false turns limiting off
     * @param capacity        requests a client may make in a burst
     * @param refillPerSecond requests a client regains each second (its sustained rate)
     * @param exemptPaths     path patterns never limited: static files and probes, which pages pull in bulk
     * @param maxClients      clients remembered at once; idle ones (full buckets) are forgotten beyond this
     */
    public record RateLimit(@DefaultValue("true") boolean enabled, @DefaultValue("100") int capacity,
            @DefaultValue("10") double refillPerSecond,
            @DefaultValue({"/webjars/**", "/assets/**", "/*.css", "/*.js", "/favicon.ico", "/actuator/health/**"})
            List<String> exemptPaths,
            @DefaultValue("100000") int maxClients) {

        public RateLimit {
            if (capacity < 1 || refillPerSecond <= 0 || maxClients < 1) {
                throw new IllegalArgumentException("network-commons.gateway.rate-limit needs capacity >= 1, "
                        + "refill-per-second > 0 and max-clients >= 1");
            }
        }
    }
}
