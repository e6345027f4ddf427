package uk.org.networkcommons.gateway.portal.shell;

import java.net.URI;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Base URLs of the services, keyed by {@link Service#configName()}: the same addresses the API routes forward to.
 *
 * @param services e.g. {@code network-service: http://127.0.0.1:8081}
 */
@ConfigurationProperties("network-commons")
public record ServiceEndpoints(Map<String, URI> services) {

    public URI of(Service service) {
        URI uri = services == null ? null : services.get(service.configName());
        if (uri == null) {
            throw new IllegalStateException("No base URL configured for " + service.configName()
                    + " (network-commons.services." + service.configName() + ")");
        }
        return uri;
    }
}
