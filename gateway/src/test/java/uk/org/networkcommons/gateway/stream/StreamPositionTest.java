package uk.org.networkcommons.gateway.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.org.networkcommons.events.EventCatalogue;

class StreamPositionTest {

    @Test
    void aPositionOverEveryEventTopicSurvivesTheRoundTripAndStaysShort() {
        Map<StreamPosition.Partition, Long> offsets = new HashMap<>();
        Random random = new Random(7);
        EventCatalogue.FAMILIES_BY_TOPIC.keySet().forEach(topic -> {
            for (int partition = 0; partition < 3; partition++) {
                offsets.put(new StreamPosition.Partition(topic, partition), (long) random.nextInt(5_000_000));
            }
        });
        StreamPosition position = StreamPosition.of(offsets);

        String id = position.encode();

        assertThat(StreamPosition.decode(id)).isEqualTo(position);
        assertThat(id).matches("[A-Za-z0-9_-]+").hasSizeLessThan(200);
    }

    @Test
    void topicsOutsideTheCommonPrefixZeroOffsetsAndHugeOffsetsRoundTrip() {
        StreamPosition position = StreamPosition.of(Map.of(
                new StreamPosition.Partition("other.topic", 11), 0L,
                new StreamPosition.Partition("network-commons.actions", 0), Long.MAX_VALUE,
                new StreamPosition.Partition("network-commons.", 2), 5L));

        assertThat(StreamPosition.decode(position.encode())).isEqualTo(position);
        assertThat(StreamPosition.decode(position.encode()).offset(new StreamPosition.Partition("other.topic", 11)))
                .contains(0L);
    }

    @Test
    void aPositionIssuedBeforeAnyTopicExistedIsEmptyAndResumesFromTheBeginningOfEverything() {
        StreamPosition empty = StreamPosition.of(Map.of());

        assertThat(StreamPosition.decode(empty.encode())).isEqualTo(empty);
        assertThat(empty.offset(new StreamPosition.Partition("network-commons.actions", 0))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage", "", "   ", "!!!!", "AQ", "AAAAAAAAAAAA", "eyJhbGciOiJIUzI1NiJ9"})
    void anythingThatIsNotAnIssuedIdIsRejected(String id) {
        assertThatThrownBy(() -> StreamPosition.decode(id)).isInstanceOf(InvalidStreamPosition.class)
                .hasMessageContaining("Last-Event-ID");
    }

    @Test
    void aGarbledOrTruncatedIdIsRejectedRatherThanResumedFromTheWrongPlace() {
        String id = StreamPosition.of(Map.of(new StreamPosition.Partition("network-commons.actions", 1), 1234L,
                new StreamPosition.Partition("network-commons.networks", 0), 99L)).encode();
        byte[] bytes = Base64.getUrlDecoder().decode(id);

        for (int i = 0; i < bytes.length; i++) {
            byte[] flipped = bytes.clone();
            flipped[i] ^= 0x10;
            String garbled = Base64.getUrlEncoder().withoutPadding().encodeToString(flipped);
            assertThatThrownBy(() -> StreamPosition.decode(garbled)).as("byte %d flipped", i)
                    .isInstanceOf(InvalidStreamPosition.class);
        }
        for (int length = 0; length < id.length(); length++) {
            String truncated = id.substring(0, length);
            assertThatThrownBy(() -> StreamPosition.decode(truncated)).as("cut to %d", length)
                    .isInstanceOf(InvalidStreamPosition.class);
        }
        assertThatThrownBy(() -> StreamPosition.decode("x".repeat(5000))).isInstanceOf(InvalidStreamPosition.class);
    }
}
