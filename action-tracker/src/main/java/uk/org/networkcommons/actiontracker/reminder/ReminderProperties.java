package uk.org.networkcommons.actiontracker.reminder;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code network-commons.reminders.*}: how often each instance looks for overdue and stalled actions, after how many
 * days without an update an open action counts as stalled, and whether the scheduled check runs at all.
 */
@ConfigurationProperties("network-commons.reminders")
public record ReminderProperties(Duration interval, Integer stalledAfterDays, Boolean enabled) {

    public ReminderProperties {
        interval = interval == null ? Duration.ofMinutes(15) : interval;
        stalledAfterDays = stalledAfterDays == null ? 14 : stalledAfterDays;
        enabled = enabled == null || enabled;
    }

    public Duration stalledAfter() {
        return Duration.ofDays(stalledAfterDays);
    }
}
