package uk.org.networkcommons.cameoservice.library;

/**
 * One item found by a search across the whole library.
 *
 * @param summary the line to show under the title (a summary, main question or description), if the item has one
 * @param status  where an authored item stands; null for shipped items
 */
public record SearchHit(String id, LibraryItemType type, String title, String summary, Origin origin,
        AuthoredItem.Status status) {
}
