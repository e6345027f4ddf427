package uk.org.networkcommons.events.library;

import uk.org.networkcommons.events.EventType;
import uk.org.networkcommons.events.LaCode;
import uk.org.networkcommons.events.UserId;

/** An item became readable by those it is shared with, or its published text or sharing changed. */
@EventType("uk.org.networkcommons.library.authored-item-published.v1")
public record AuthoredItemPublished(String itemId, AuthoredItemKind kind, String title, Sharing sharing, UserId authorId,
        LaCode authorLaCode) implements LibraryEvent {
}
