package uk.org.networkcommons.cameoservice.library;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The ids of the built-in library shipped under {@code library/v1/}, read once from the classpath. */
@Component
class ShippedLibraryItems implements LibraryItems {

    private final Map<String, ItemKind> kinds = new HashMap<>();

    ShippedLibraryItems() {
        JsonMapper json = JsonMapper.builder().build();
        index(read(json, "challenges.json").path("challenges"), ItemKind.CHALLENGE, "followUpQuestions");
        index(read(json, "cameos.json").path("cameos"), ItemKind.CAMEO, "questions");
        index(read(json, "scenarios.json").path("scenarios"), ItemKind.SCENARIO, "keyQuestions");
    }

    @Override
    public Optional<ItemKind> kindOf(String itemId) {
        return Optional.ofNullable(kinds.get(itemId));
    }

    private void index(JsonNode items, ItemKind kind, String questionsField) {
        for (JsonNode item : items) {
            kinds.put(item.path("id").asString(), kind);
            for (JsonNode question : item.path(questionsField)) {
                kinds.put(question.path("id").asString(), ItemKind.QUESTION);
            }
        }
    }

    private static JsonNode read(JsonMapper json, String file) {
        try (InputStream in = new ClassPathResource("library/v1/" + file).getInputStream()) {
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("The shipped library file " + file + " cannot be read", e);
        }
    }
}
