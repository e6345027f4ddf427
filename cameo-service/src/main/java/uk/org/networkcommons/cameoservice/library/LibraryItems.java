package uk.org.networkcommons.cameoservice.library;

import java.util.Optional;

/**
 * What other features need to know of the library: whether an item id (challenge, cameo, scenario, question) exists
 * and what kind of item it is, so a workshop plan or a proposed action can only point at real items.
 */
public interface LibraryItems {

    /** The kind of item this id names (e.g. {@code CHALLENGE}, {@code CAMEO}, {@code SCENARIO}, {@code QUESTION}). */
    Optional<ItemKind> kindOf(String itemId);

    enum ItemKind {
        CHALLENGE, CAMEO, SCENARIO, QUESTION, CONTINUUM_FORM, OTHER
    }
}
