package uk.org.networkcommons.cameoservice.library;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The stored shape every library item shares, shipped or authored. Both live in one collection under the same field
 * names so that browsing, searching and paging across them is one query with the visibility rule in it; shipped items
 * keep their original JSON in {@link #CONTENT}, authored items are {@link AuthoredItem} documents.
 */
final class LibraryDocuments {

    static final String ITEMS = "library_items";
    /** One document per shipped file: its library version and the description that introduces it. */
    static final String FILES = "library_files";

    static final String ID = "_id";
    static final String ORIGIN = "origin";
    static final String TYPE = "type";
    static final String CAMEO_KIND = "cameoKind";
    static final String TITLE = "title";
    static final String SUMMARY = "summary";
    static final String THEME = "theme";
    static final String CHALLENGE = "challenge";
    static final String TAGS = "tags";
    static final String OUTCOMES = "outcomes";
    /** Ids of the item's questions, so a question id can be resolved without knowing which item holds it. */
    static final String QUESTION_IDS = "questionIds";
    /** Ids of the item's other named parts (checklist entries, benefit lines, rating levels...). */
    static final String PART_IDS = "partIds";
    /** Lower-cased text a search term is matched against (a regex of the quoted term: no text index needed). */
    static final String SEARCH_TEXT = "searchText";
    /** Browse order: shipped items in file order first, then authored items by creation time. */
    static final String ORDER = "order";
    static final String LIBRARY_VERSION = "libraryVersion";
    static final String FILE = "file";
    static final String SECTION = "section";
    static final String CONTENT = "content";
    static final String DESCRIPTION = "description";
    static final String SOURCE_ID = "sourceId";

    static final String STATUS = "status";
    static final String SHARING = "sharing";
    static final String AUTHOR_ID = "authorId";
    static final String AUTHOR_LA_CODE = "authorLaCode";

    private LibraryDocuments() {
    }

    /** Search text from the given parts, lower-cased with a neutral locale so matching never depends on the server's. */
    static String searchText(Stream<String> parts) {
        return parts.filter(part -> part != null && !part.isBlank()).map(String::strip)
                .collect(Collectors.joining("\n")).toLowerCase(Locale.ROOT);
    }

    static String searchText(List<String> parts) {
        return searchText(parts.stream());
    }
}
