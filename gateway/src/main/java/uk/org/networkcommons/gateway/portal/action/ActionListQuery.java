package uk.org.networkcommons.gateway.portal.action;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.web.util.UriBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the actions list shows: the filters the person chose and where they are in the pages. action-tracker pages
 * forward only, with an opaque cursor; to go back, each link carries the cursors of the pages before ({@code prev},
 * comma-separated, {@value #FIRST_PAGE} for the first page), so paging works with plain links and no session state.
 *
 * @param network  a network id, or null for any
 * @param status   a status code, or null for any
 * @param outcome  an ECM outcome code, or null for any
 * @param cursor   the cursor of the page shown, or null for the first
 * @param previous the cursors of the pages before it, oldest first ({@value #FIRST_PAGE} for the first page)
 */
record ActionListQuery(boolean mine, boolean organisation, String network, String status, String outcome,
        boolean overdue, String cursor, List<String> previous) {

    static final String FIRST_PAGE = "start";
    private static final int MAX_TRAIL = 200;

    ActionListQuery {
        network = blankToNull(network);
        status = ActionLabels.LABELS.statuses().contains(status) ? status : null;
        outcome = ActionLabels.LABELS.outcomes().contains(outcome) ? outcome : null;
        cursor = blankToNull(cursor);
        previous = previous == null ? List.of() : List.copyOf(previous);
    }

    /** From the list page's query parameters; values no filter offers (a hand-edited address) are left out. */
    static ActionListQuery of(boolean mine, boolean organisation, String network, String status, String outcome,
            boolean overdue, String cursor, String prev) {
        List<String> trail = new ArrayList<>();
        if (prev != null) {
            for (String entry : prev.split(",")) {
                if (!entry.isBlank() && trail.size() < MAX_TRAIL) {
                    trail.add(entry.strip());
                }
            }
        }
        return new ActionListQuery(mine, organisation, network, status, outcome, overdue, cursor, trail);
    }

    /** The filters as action-tracker's query parameters (they have the same names as the page's). */
    UriBuilder filters(UriBuilder uri) {
        if (mine) {
            uri.queryParam("mine", true);
        }
        if (organisation) {
            uri.queryParam("organisation", true);
        }
        if (network != null) {
            uri.queryParam("network", network);
        }
        if (status != null) {
            uri.queryParam("status", status);
        }
        if (outcome != null) {
            uri.queryParam("outcome", outcome);
        }
        if (overdue) {
            uri.queryParam("overdue", true);
        }
        return uri;
    }

    Optional<String> cursorParam() {
        return Optional.ofNullable(cursor);
    }

    public boolean filtered() {
        return mine || organisation || network != null || status != null || outcome != null || overdue;
    }

    /** The first page with these filters. */
    String firstPageHref() {
        return link("/actions", null, List.of());
    }

    /** The same filters as CSV, every matching action. */
    String csvHref() {
        return link("/actions/export.csv", null, List.of());
    }

    String nextHref(String nextCursor) {
        List<String> trail = new ArrayList<>(previous);
        trail.add(cursor == null ? FIRST_PAGE : cursor);
        return link("/actions", nextCursor, trail);
    }

    public boolean hasPrevious() {
        return !previous.isEmpty();
    }

    String previousHref() {
        if (previous.isEmpty()) {
            return null;
        }
        String back = previous.getLast();
        return link("/actions", FIRST_PAGE.equals(back) ? null : back, previous.subList(0, previous.size() - 1));
    }

    public int pageNumber() {
        return previous.size() + 1;
    }

    private String link(String path, String pageCursor, List<String> trail) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        filters(uri);
        if (pageCursor != null) {
            uri.queryParam("cursor", pageCursor);
        }
        if (!trail.isEmpty()) {
            uri.queryParam("prev", String.join(",", trail));
        }
        return uri.encode().build().toUriString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
