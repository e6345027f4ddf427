package uk.org.networkcommons.gateway.portal.library;

import java.util.List;

/**
 * A publication the library draws on ({@code GET /api/library/sources}).
 *
 * @param titleIsDescriptive the source has no title of its own; {@code title} describes it
 */
public record Source(String id, String title, boolean titleIsDescriptive, List<String> publishingBodies, Integer year,
        String format, String publisher, String isbn, String reference, String notes) {

    public Source {
        publishingBodies = publishingBodies == null ? List.of() : List.copyOf(publishingBodies);
    }
}
