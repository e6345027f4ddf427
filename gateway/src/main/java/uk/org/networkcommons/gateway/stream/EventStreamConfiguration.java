package uk.org.networkcommons.gateway.stream;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(EventStreamProperties.class)
class EventStreamConfiguration {
}
