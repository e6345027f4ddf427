package uk.org.networkcommons.cameoservice.library;

import static uk.org.networkcommons.cameoservice.library.LibraryDocuments.CAMEO_KIND;
import static uk.org.networkcommons.cameoservice.library.LibraryDocuments.CHALLENGE;
import static uk.org.networkcommons.cameoservice.library.LibraryDocuments.CONTENT;
import static uk.org.networkcommons.cameoservice.library.LibraryDocuments.DESCRIPTION;
import static uk.org.networkcommons.cameoservice.library.LibraryDocuments.FILE;
import static uk.org.networkcommons.cameoservice.library.LibraryDocuments.ID;
import static uk.org.networkcommons.cameoservice.library.LibraryDocuments.LIBRARY_VERSION;
import static uk.org.networkcommons.cameoservice.library.LibraryDocuments.ORDER;
import static uk.org.networkcommons.cameoservice.library.LibraryDocuments.ORIGIN;
import static uk.org.networkcommons.cameoservice.library.LibraryDocuments.OUTCOMES;
import static uk.org.networkcommons.cameoservice.library.LibraryDocuments.PART_IDS;
import static uk.org.networkcommons.cameoservice.library.LibraryDocuments.QUESTION_IDS;
import static uk.org.networkcommons.cameoservice.library.LibraryDocuments.SEARCH_TEXT;
import static uk.org.networkcommons.cameoservice.library.LibraryDocuments.SECTION;
import static uk.org.networkcommons.cameoservice.library.LibraryDocuments.SOURCE_ID;
import static uk.org.networkcommons.cameoservice.library.LibraryDocuments.SUMMARY;
import static uk.org.networkcommons.cameoservice.library.LibraryDocuments.TAGS;
import static uk.org.networkcommons.cameoservice.library.LibraryDocuments.THEME;
import static uk.org.networkcommons.cameoservice.library.LibraryDocuments.TITLE;
import static uk.org.networkcommons.cameoservice.library.LibraryDocuments.TYPE;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bson.Document;
import org.springframework.core.io.ClassPathResource;
import uk.org.networkcommons.events.EcmOutcome;

/**
 * The library content shipped with the service, read from one classpath folder as its manifest lists it and turned into
 * the documents the loader stores: one per top-level item, keyed by the item's stable id, holding the item's original
 * JSON and the fields browsing and searching need.
 */
public final class ShippedLibrary {

    /** The folder of the library this build ships. */
    public static final String CURRENT = "library/v1/";

    /** Where a file keeps its items ({@code path} null: the whole file is one item), and which field holds questions. */
    private record Part(String file, String path, LibraryItemType type, String questionsField) {
    }

    private static final List<Part> PARTS = List.of(
            new Part("sources.json", "sources", LibraryItemType.SOURCE, null),
            new Part("challenges.json", "challenges", LibraryItemType.CHALLENGE, "followUpQuestions"),
            new Part("cameos.json", "cameos", LibraryItemType.CAMEO, "questions"),
            new Part("scenarios.json", "scenarios", LibraryItemType.SCENARIO, "keyQuestions"),
            new Part("federation-continuum.json", "forms", LibraryItemType.CONTINUUM_FORM, null),
            new Part("partnership.json", "reasons", LibraryItemType.PARTNERSHIP, null),
            new Part("partnership.json", "dividend", LibraryItemType.PARTNERSHIP, null),
            new Part("partnership.json", "formQuestions", LibraryItemType.PARTNERSHIP, "items"),
            new Part("partnership.json", "checklist", LibraryItemType.PARTNERSHIP, null),
            new Part("benefits.json", "areas", LibraryItemType.BENEFIT_AREA, null),
            new Part("self-assessment-template.json", null, LibraryItemType.SELF_ASSESSMENT_TEMPLATE, null),
            new Part("ecm-outcomes.json", "outcomes", LibraryItemType.ECM_OUTCOME, null));

    /** Room for this many items per file in the browse order, so files never interleave. */
    private static final long ORDER_PER_FILE = 10_000;

    /** Enum-like codes (CASE_STUDY, ENJOY_AND_ACHIEVE): not words anyone searches for. */
    private static final Pattern CODE = Pattern.compile("[A-Z0-9_]+");

    private static final Set<String> ECM_KEYS = Arrays.stream(EcmOutcome.values()).map(Enum::name)
            .collect(Collectors.toUnmodifiableSet());

    private final int version;
    private final List<Document> items;
    private final List<Document> files;

    private ShippedLibrary(int version, List<Document> items, List<Document> files) {
        this.version = version;
        this.items = List.copyOf(items);
        this.files = List.copyOf(files);
    }

    /**
     * Reads the library in a classpath folder such as {@link #CURRENT}.
     *
     * @throws IllegalStateException if a file cannot be read, disagrees with the manifest's version, or is of a shape
     *                               this class does not know (shipped content must never be dropped silently)
     */
    public static ShippedLibrary fromClasspath(String folder) {
        Document manifest = read(folder, "manifest.json");
        int version = manifest.getInteger(LIBRARY_VERSION);
        List<Document> items = new ArrayList<>();
        List<Document> files = new ArrayList<>();
        List<String> names = manifest.getList("files", String.class);
        for (int fileIndex = 0; fileIndex < names.size(); fileIndex++) {
            String name = names.get(fileIndex);
            Document file = read(folder, name);
            Integer fileVersion = file.getInteger(LIBRARY_VERSION);
            if (fileVersion == null || fileVersion != version) {
                throw new IllegalStateException("%s%s is library version %s but its manifest says %d"
                        .formatted(folder, name, fileVersion, version));
            }
            List<Part> parts = PARTS.stream().filter(part -> part.file().equals(name)).toList();
            if (parts.isEmpty()) {
                throw new IllegalStateException("The shipped library file %s%s is not one this service knows how to load"
                        .formatted(folder, name));
            }
            String stem = name.replaceFirst("\\.json$", "");
            long order = fileIndex * ORDER_PER_FILE;
            for (Part part : parts) {
                for (Item item : itemsOf(folder, file, part)) {
                    items.add(document(item.content(), part, stem, item.section(), order++, version));
                }
            }
            Document fileDocument = new Document(ID, stem).append(LIBRARY_VERSION, version);
            putIfPresent(fileDocument, DESCRIPTION, file.getString(DESCRIPTION));
            putIfPresent(fileDocument, SOURCE_ID, file.getString(SOURCE_ID));
            files.add(fileDocument);
        }
        return new ShippedLibrary(version, items, files);
    }

    /** The version every item of this library is stored with; a newer one replaces the stored items. */
    public int version() {
        return version;
    }

    /** One document per top-level item, in file order. */
    public List<Document> items() {
        return items;
    }

    /** One document per shipped file, keyed by its name without {@code .json}. */
    public List<Document> files() {
        return files;
    }

    private record Item(Document content, String section) {
    }

    private static List<Item> itemsOf(String folder, Document file, Part part) {
        if (part.path() == null) {
            Document whole = new Document(file);
            whole.remove(LIBRARY_VERSION);
            return List.of(new Item(whole, null));
        }
        Object value = file.get(part.path());
        if (value instanceof List<?> list) {
            return list.stream().map(element -> new Item((Document) element, null)).toList();
        }
        if (value instanceof Document section) {
            return List.of(new Item(section, part.path()));
        }
        throw new IllegalStateException("%s%s has no '%s'".formatted(folder, part.file(), part.path()));
    }

    private static Document document(Document content, Part part, String file, String section, long order,
            int version) {
        String id = content.getString("id");
        if (id == null || id.isBlank()) {
            throw new IllegalStateException("An item of %s has no id".formatted(part.file()));
        }
        List<String> questionIds = new ArrayList<>();
        List<String> questionTexts = new ArrayList<>();
        if (part.questionsField() != null) {
            for (Document question : content.getList(part.questionsField(), Document.class, List.of())) {
                questionIds.add(question.getString("id"));
                questionTexts.add(question.getString("text"));
            }
        }
        List<String> partIds = new ArrayList<>();
        collectIds(content, partIds);
        partIds.remove(id);
        partIds.removeAll(questionIds);
        List<String> tags = content.getList(TAGS, String.class, List.of());

        Document stored = new Document(ID, id)
                .append(ORIGIN, Origin.SHIPPED.name())
                .append(TYPE, part.type().name())
                .append(LIBRARY_VERSION, version)
                .append(FILE, file)
                .append(ORDER, order);
        putIfPresent(stored, SECTION, section);
        putIfPresent(stored, TITLE, content.getString(TITLE));
        putIfPresent(stored, SUMMARY, summaryOf(content));
        if (part.type() == LibraryItemType.CAMEO) {
            putIfPresent(stored, CAMEO_KIND, content.getString("kind"));
            putIfPresent(stored, THEME, content.getString("group"));
            putIfPresent(stored, CHALLENGE, content.getString("challenge"));
        }
        stored.append(TAGS, tags.stream().filter(tag -> !ECM_KEYS.contains(tag)).toList())
                .append(OUTCOMES, tags.stream().filter(ECM_KEYS::contains).toList())
                .append(QUESTION_IDS, questionIds)
                .append(PART_IDS, partIds)
                .append(SEARCH_TEXT, part.type() == LibraryItemType.CAMEO
                        // what people mean by a cameo's text: its title, its summary and its questions
                        ? LibraryDocuments.searchText(Stream.concat(
                                Stream.of(content.getString(TITLE), content.getString(SUMMARY)), questionTexts.stream()))
                        : LibraryDocuments.searchText(words(content)))
                .append(CONTENT, content);
        return stored;
    }

    /** The line a list of results shows under an item's title. */
    private static String summaryOf(Document content) {
        for (String field : List.of(SUMMARY, "mainQuestion", DESCRIPTION, "notes")) {
            String value = content.getString(field);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private static void collectIds(Object value, List<String> ids) {
        if (value instanceof Document document) {
            if (document.get("id") instanceof String id) {
                ids.add(id);
            }
            document.values().forEach(child -> collectIds(child, ids));
        } else if (value instanceof List<?> list) {
            list.forEach(child -> collectIds(child, ids));
        }
    }

    /** Every piece of prose in an item: not its ids, references, tags or codes. */
    private static Stream<String> words(Object value) {
        if (value instanceof Document document) {
            return document.entrySet().stream()
                    .filter(entry -> !isReference(entry.getKey()))
                    .flatMap(entry -> words(entry.getValue()));
        }
        if (value instanceof List<?> list) {
            return list.stream().flatMap(ShippedLibrary::words);
        }
        if (value instanceof String text && !CODE.matcher(text).matches()) {
            return Stream.of(text);
        }
        return Stream.empty();
    }

    private static boolean isReference(String key) {
        return key.equals("id") || key.endsWith("Id") || key.equals(TAGS) || key.equals("usedBy");
    }

    private static void putIfPresent(Document document, String field, Object value) {
        if (value != null) {
            document.append(field, value);
        }
    }

    private static Document read(String folder, String name) {
        try {
            return Document.parse(new ClassPathResource(folder + name).getContentAsString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("The shipped library file %s%s cannot be read".formatted(folder, name), e);
        }
    }
}
