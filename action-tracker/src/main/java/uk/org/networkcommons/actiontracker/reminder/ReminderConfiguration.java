package uk.org.networkcommons.actiontracker.reminder;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import uk.org.networkcommons.platform.outbox.AggregateStore;

/** The reminder check, run on every instance every {@code network-commons.reminders.interval} (first run after one interval). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReminderProperties.class)
class ReminderConfiguration {

    @Bean
    Reminders reminders(MongoTemplate mongo, AggregateStore store, ReminderProperties properties, Clock clock) {
        return new Reminders(mongo, store, properties, clock);
    }

    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    @ConditionalOnProperty(prefix = "network-commons.reminders", name = "enabled", matchIfMissing = true)
    static class Schedule {

        private final Reminders reminders;

        Schedule(Reminders reminders) {
            this.reminders = reminders;
        }

        @Scheduled(fixedDelayString = "${network-commons.reminders.interval:PT15M}",
                initialDelayString = "${network-commons.reminders.interval:PT15M}")
        void check() {
            reminders.run();
        }
    }
}
