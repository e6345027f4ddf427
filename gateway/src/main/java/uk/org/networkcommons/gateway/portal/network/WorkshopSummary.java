package uk.org.networkcommons.gateway.portal.network;

import java.time.Instant;
import java.time.LocalDate;

/** A workshop in its network's list, as cameo-service's {@code WorkshopView.Summary} gives it. */
public record WorkshopSummary(String id, String status, String title, LocalDate date, int dimensionCount,
        int proposedActionCount, Instant completedAt) {

    public boolean isCompleted() {
        return "COMPLETED".equals(status);
    }
}
