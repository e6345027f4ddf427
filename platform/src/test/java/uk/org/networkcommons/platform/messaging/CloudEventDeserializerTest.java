package uk.org.networkcommons.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import uk.org.networkcommons.events.EventCatalogue;
import uk.org.networkcommons.events.LaCode;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.events.Topics;
import uk.org.networkcommons.events.UserId;
import uk.org.networkcommons.events.organisation.OrganisationKind;
import uk.org.networkcommons.events.organisation.OrganisationProfile;
import uk.org.networkcommons.events.organisation.OrganisationRegistered;
import uk.org.networkcommons.platform.outbox.OutboxEntry;

class CloudEventDeserializerTest {

    private static final Instant OCCURRED = Instant.parse("2026-11-24T09:15:30.123Z");

    private final CloudEventDeserializer deserializer = new CloudEventDeserializer();
    private final OrganisationRegistered event = new OrganisationRegistered(OrganisationId.of("org-1"),
            new OrganisationProfile("Riverside Primary", OrganisationKind.SCHOOL, LaCode.of("873"), "100001", null, null),
            UserId.of("officer-1"));
    private final ProducerRecord<String, byte[]> record = CloudEventEnvelope.forApplication("network-service")
            .toRecord(new OutboxEntry("event-1", EventCatalogue.typeOf(OrganisationRegistered.class),
                    Topics.ORGANISATIONS, "org-1", 4, OCCURRED, null, "873", EventJson.write(event)));

    @Test
    void readsWhatTheEnvelopeWrote() {
        ReceivedEvent<?> received = deserializer.deserialize(Topics.ORGANISATIONS, record.headers(), record.value());

        assertThat(received).isEqualTo(new ReceivedEvent<>("event-1",
                "uk.org.networkcommons.organisation.organisation-registered.v1", "/network-service", "org-1", OCCURRED,
                4, null, LaCode.of("873"), event));
    }

    @Test
    void acceptsFieldsItDoesNotKnowSoProducersMayAddThem() {
        byte[] withExtraField = new String(record.value(), StandardCharsets.UTF_8)
                .replaceFirst("\\{", "{\"addedLater\":true,").getBytes(StandardCharsets.UTF_8);

        assertThat(deserializer.deserialize(Topics.ORGANISATIONS, record.headers(), withExtraField).payload())
                .isEqualTo(event);
    }

    @Test
    void rejectsATypeThatIsNotInTheCatalogue() {
        Headers headers = replaced("ce_type", "uk.org.networkcommons.organisation.organisation-merged.v1");

        assertThatThrownBy(() -> deserializer.deserialize(Topics.ORGANISATIONS, headers, record.value()))
                .isInstanceOf(EventDecodingException.class)
                .hasMessageContaining("Unknown event type uk.org.networkcommons.organisation.organisation-merged.v1");
    }

    @Test
    void rejectsABodyThatIsNotTheEventsJson() {
        assertThatThrownBy(() -> deserializer.deserialize(Topics.ORGANISATIONS, record.headers(),
                "\u0000\u0001 not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(EventDecodingException.class).hasMessageContaining("does not decode");
        assertThatThrownBy(() -> deserializer.deserialize(Topics.ORGANISATIONS, record.headers(), (byte[]) null))
                .isInstanceOf(EventDecodingException.class).hasMessageContaining("has no body");
    }

    @Test
    void rejectsARecordWithoutTheHeadersItNeeds() {
        Headers withoutVersion = record.headers();
        withoutVersion.remove("ce_aggregateversion");

        assertThatThrownBy(() -> deserializer.deserialize(Topics.ORGANISATIONS, withoutVersion, record.value()))
                .isInstanceOf(EventDecodingException.class).hasMessageContaining("ce_aggregateversion");
        assertThatThrownBy(() -> deserializer.deserialize(Topics.ORGANISATIONS, record.value()))
                .isInstanceOf(EventDecodingException.class).hasMessageContaining("needs its headers");
    }

    @Test
    void rejectsAnotherSpecVersionAndMalformedAttributes() {
        assertThatThrownBy(() -> deserializer.deserialize(Topics.ORGANISATIONS, replaced("ce_specversion", "0.3"),
                record.value())).isInstanceOf(EventDecodingException.class).hasMessageContaining("spec version 0.3");
        assertThatThrownBy(() -> deserializer.deserialize(Topics.ORGANISATIONS, replaced("ce_lacode", "87"),
                record.value())).isInstanceOf(EventDecodingException.class).hasMessageContaining("three digits");
        assertThatThrownBy(() -> deserializer.deserialize(Topics.ORGANISATIONS, replaced("ce_time", "yesterday"),
                record.value())).isInstanceOf(EventDecodingException.class).hasMessageContaining("ce_time");
    }

    private Headers replaced(String name, String value) {
        Headers headers = new RecordHeaders(record.headers().toArray());
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        return headers;
    }
}
