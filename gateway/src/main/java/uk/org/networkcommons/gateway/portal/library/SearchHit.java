package uk.org.networkcommons.gateway.portal.library;

import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;

/** One item found by the library search, of any kind ({@code GET /api/library/search}). */
public record SearchHit(String id, String type, String title, String summary, String origin, boolean retired,
        String href) {

    /** Where the portal shows the item; null for kinds the portal has no page for. */
    public String portalPath() {
        String segment = UriUtils.encodePathSegment(id, StandardCharsets.UTF_8);
        return switch (type == null ? "" : type) {
            case "CHALLENGE" -> "/library/challenges/" + segment;
            case "CAMEO" -> "/library/cameos/" + segment;
            case "SCENARIO" -> "/library/scenarios/" + segment;
            case "SOURCE" -> "/library/sources#" + segment;
            default -> null;
        };
    }
}
