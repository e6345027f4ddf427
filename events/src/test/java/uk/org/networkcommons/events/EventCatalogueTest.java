package uk.org.networkcommons.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import uk.org.networkcommons.events.action.ActionEvent;
import uk.org.networkcommons.events.action.ActionOverdue;
import uk.org.networkcommons.events.library.AuthoredItemPublished;
import uk.org.networkcommons.events.network.MemberJoined;

class EventCatalogueTest {

    @Test
    void everyEventTypeIsVersionedPastTenseAndUnderTheProjectPrefix() {
        assertThat(EventCatalogue.types()).isNotEmpty().allSatisfy(type -> assertThat(type)
                .startsWith(EventType.PREFIX)
                .matches("uk\\.org\\.networkcommons\\.[a-z-]+\\.[a-z-]+\\.v\\d+"));
    }

    @Test
    void resolvesAClassFromItsTypeAndBack() {
        String type = EventCatalogue.typeOf(MemberJoined.class);
        assertThat(type).isEqualTo("uk.org.networkcommons.network.member-joined.v1");
        assertThat(EventCatalogue.classOf(type)).contains(MemberJoined.class);
    }

    @Test
    void libraryEventsAreDecodableFromTheLibraryTopic() {
        assertThat(EventCatalogue.FAMILIES_BY_TOPIC).containsKey(Topics.LIBRARY);
        assertThat(EventCatalogue.classOf("uk.org.networkcommons.library.authored-item-published.v1"))
                .contains(AuthoredItemPublished.class);
        assertThat(EventCatalogue.types()).contains("uk.org.networkcommons.library.authored-item-drafted.v1",
                "uk.org.networkcommons.library.authored-item-retired.v1");
    }

    @Test
    void actionEventsAreDecodableFromTheActionsTopic() {
        assertThat(EventCatalogue.FAMILIES_BY_TOPIC).containsEntry(Topics.ACTIONS, ActionEvent.class);
        assertThat(EventCatalogue.classOf("uk.org.networkcommons.action.action-overdue.v1")).contains(ActionOverdue.class);
        assertThat(EventCatalogue.types()).filteredOn(type -> type.startsWith("uk.org.networkcommons.action.")).hasSize(10);
    }

    @Test
    void knowsNothingOfAnUnknownType() {
        assertThat(EventCatalogue.classOf("uk.org.networkcommons.network.something-else.v1")).isEmpty();
    }

    @Test
    void rejectsAnLaCodeThatIsNotThreeDigits() {
        assertThatThrownBy(() -> LaCode.of("87")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("three digits");
        assertThat(LaCode.of("873").value()).isEqualTo("873");
    }
}
