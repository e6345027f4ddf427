package uk.org.networkcommons.events.library;

import uk.org.networkcommons.events.LaCode;
import uk.org.networkcommons.events.UserId;

/**
 * An event of one authored library item. Each carries what a consumer needs to list the item and decide who may see it
 * (kind, title, sharing, author and the author's LA) as of that change, so the newest event alone is enough.
 */
public sealed interface LibraryEvent permits AuthoredItemDrafted, AuthoredItemPublished, AuthoredItemRetired {

    String itemId();

    AuthoredItemKind kind();

    String title();

    Sharing sharing();

    UserId authorId();

    LaCode authorLaCode();
}
