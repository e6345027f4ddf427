package uk.org.networkcommons.cameoservice.library;

import uk.org.networkcommons.cameoservice.library.LibraryItems.ItemKind;

/**
 * Every kind of top-level item the library holds, shipped or authored. {@code CAMEO} and {@code QUESTION_SET} are
 * spelled like {@link uk.org.networkcommons.events.library.AuthoredItemKind}, so one query on the stored type finds
 * shipped and authored cameos alike.
 */
public enum LibraryItemType {
    SOURCE(ItemKind.OTHER),
    CHALLENGE(ItemKind.CHALLENGE),
    CAMEO(ItemKind.CAMEO),
    SCENARIO(ItemKind.SCENARIO),
    CONTINUUM_FORM(ItemKind.CONTINUUM_FORM),
    PARTNERSHIP(ItemKind.OTHER),
    BENEFIT_AREA(ItemKind.OTHER),
    SELF_ASSESSMENT_TEMPLATE(ItemKind.OTHER),
    ECM_OUTCOME(ItemKind.OTHER),
    QUESTION_SET(ItemKind.OTHER);

    private final ItemKind itemKind;

    LibraryItemType(ItemKind itemKind) {
        this.itemKind = itemKind;
    }

    /** What other features are told this item is ({@link LibraryItems#kindOf}). */
    public ItemKind itemKind() {
        return itemKind;
    }
}
