package uk.org.networkcommons.events.library;

import uk.org.networkcommons.events.EventType;
import uk.org.networkcommons.events.LaCode;
import uk.org.networkcommons.events.UserId;

/** An author started an item, or changed it while it is still a draft (only the author and their LA's officers see it). */
@EventType("uk.org.networkcommons.library.authored-item-drafted.v1")
public record AuthoredItemDrafted(String itemId, AuthoredItemKind kind, String title, Sharing sharing, UserId authorId,
        LaCode authorLaCode) implements LibraryEvent {
}
