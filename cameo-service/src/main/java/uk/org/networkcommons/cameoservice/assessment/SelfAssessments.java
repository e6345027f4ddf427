package uk.org.networkcommons.cameoservice.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import uk.org.networkcommons.cameoservice.workshop.DimensionAssessment;
import uk.org.networkcommons.cameoservice.workshop.DimensionKey;
import uk.org.networkcommons.cameoservice.workshop.Workshop;
import uk.org.networkcommons.cameoservice.workshop.Workshops;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.platform.security.Viewer;

/**
 * A network's self-assessments over time. Only completed workshops count: their records are frozen, so the history
 * does not shift while a workshop is still being recorded. A dimension is followed by its key.
 */
@Service
public class SelfAssessments {

    private final Workshops workshops;

    public SelfAssessments(Workshops workshops) {
        this.workshops = workshops;
    }

    /**
     * Every dimension the network has assessed, by key, or only one.
     *
     * @param dimension a dimension key, or a name that gives that key (see {@link DimensionKey#of}); null for all
     */
    public List<DimensionHistory> history(Viewer viewer, NetworkId networkId, String dimension) {
        String wanted = dimension == null || dimension.isBlank() ? null : DimensionKey.of(dimension);
        Map<String, List<Entry>> byKey = new TreeMap<>();
        for (Workshop workshop : workshops.completedOf(viewer, networkId)) {
            for (DimensionAssessment assessed : workshop.dimensions()) {
                if (wanted == null || wanted.equals(assessed.key())) {
                    byKey.computeIfAbsent(assessed.key(), key -> new ArrayList<>()).add(new Entry(workshop, assessed));
                }
            }
        }
        return byKey.entrySet().stream().map(entry -> history(entry.getKey(), entry.getValue())).toList();
    }

    private static DimensionHistory history(String key, List<Entry> entries) {
        List<Entry> ordered = entries.stream().sorted(Comparator.comparing((Entry e) -> e.workshop().date())
                .thenComparing(e -> e.workshop().completedAt())).toList();
        List<DimensionHistory.Assessment> assessments = new ArrayList<>();
        Integer previousCurrent = null;
        for (Entry entry : ordered) {
            Integer current = entry.assessed().now().rating();
            Integer trend = current == null || previousCurrent == null ? null : current - previousCurrent;
            assessments.add(new DimensionHistory.Assessment(entry.workshop().aggregateId(),
                    entry.workshop().plan().title(), entry.workshop().date(), entry.workshop().completedAt(), current,
                    entry.assessed().target().rating(), entry.assessed().gap(), trend));
            if (current != null) {
                previousCurrent = current;
            }
        }
        return new DimensionHistory(key, ordered.getLast().assessed().name(), assessments);
    }

    private record Entry(Workshop workshop, DimensionAssessment assessed) {
    }
}
