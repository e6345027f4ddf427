package uk.org.networkcommons.platform.access;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.org.networkcommons.platform.messaging.MessagingAutoConfiguration;
import uk.org.networkcommons.platform.messaging.VersionedProjections;

/**
 * Services other than network-service switch this on ({@code network-commons.network-access.enabled=true}) to keep
 * their own projection of network access from the networks topic.
 */
@AutoConfiguration(after = MessagingAutoConfiguration.class)
@ConditionalOnProperty(prefix = "network-commons.network-access", name = "enabled")
public class NetworkAccessAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean({MongoTemplate.class, VersionedProjections.class})
    NetworkAccessProjection networkAccessProjection(MongoTemplate mongo, VersionedProjections projections) {
        return new NetworkAccessProjection(mongo, projections);
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(NetworkAccessProjection.class)
    NetworkAccessListener networkAccessListener(NetworkAccessProjection projection) {
        return new NetworkAccessListener(projection);
    }
}
