package uk.org.networkcommons.cameoservice.workshop;

import java.util.List;
import java.util.Objects;

/**
 * One half of the self-assessment template for a dimension: "where we are now" or "where we want to be", each rated on
 * the {@link RatingScale} with a narrative and the evidence for it. Blank evidence lines are dropped, so a form that
 * sends all seven slots, some empty, records only what was written.
 *
 * @param rating null until the participants agree one
 */
public record Position(Integer rating, String narrative, List<String> evidence) {

    /** The template's sheet has seven evidence lines under each heading. */
    public static final int EVIDENCE_SLOTS = 7;

    public Position {
        evidence = evidence == null ? List.of() : evidence.stream().filter(Objects::nonNull).map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
        narrative = narrative == null || narrative.isBlank() ? null : narrative.strip();
    }

    public static Position blank() {
        return new Position(null, null, List.of());
    }
}
