package uk.org.networkcommons.gateway.portal.home;

import java.time.LocalDate;
import java.util.List;

/** An action as action-tracker's list gives it ({@code GET /api/actions}: {@code items[]}). */
record ActionRow(String id, String title, String networkId, String laCode, String status, int progress,
        String priority, LocalDate dueDate, String ownerOrganisationId, List<String> partyOrganisationIds) {

    boolean isOpen() {
        return !"DONE".equals(status) && !"CANCELLED".equals(status);
    }

    /** A page of the list, with the cursor of the next (null on the last). */
    record Page(List<ActionRow> items, String nextCursor) {

        Page {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }
}
