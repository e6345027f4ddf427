package uk.org.networkcommons.events.library;

import uk.org.networkcommons.events.EventType;
import uk.org.networkcommons.events.LaCode;
import uk.org.networkcommons.events.UserId;

/** An item was withdrawn from browsing; those who could read it still can, so workshops that used it keep their link. */
@EventType("uk.org.networkcommons.library.authored-item-retired.v1")
public record AuthoredItemRetired(String itemId, AuthoredItemKind kind, String title, Sharing sharing, UserId authorId,
        LaCode authorLaCode) implements LibraryEvent {
}
