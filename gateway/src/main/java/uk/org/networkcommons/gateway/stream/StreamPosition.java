package uk.org.networkcommons.gateway.stream;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.CRC32;

/**
 * Where a subscription stands: for every partition of every event topic, the offset of the next record it has not yet
 * passed on. Within a partition Kafka keeps order, so this vector is all a new subscription needs to continue exactly
 * where an old one stopped, whatever happened on other partitions meanwhile.
 *
 * <p>Its text form, the SSE {@code id}, is base64url (no padding) of: a format byte ({@value #FORMAT}); per topic, in
 * name order, the topic (a byte 0 and the name without the {@value #COMMON_PREFIX} prefix, or a byte 1 and the whole
 * name, as a varint length and UTF-8), a varint count of partitions and per partition a varint number and a varint
 * offset; and a CRC-32 of all that, so a garbled id is told apart from a real one rather than resumed from the wrong
 * place. Under 200 characters for five topics of three partitions at offsets in the millions.
 */
public record StreamPosition(SortedMap<Partition, Long> offsets) {

    static final int FORMAT = 1;
    static final String COMMON_PREFIX = "network-commons.";
    private static final int MAX_ID_LENGTH = 4096;
    private static final int CHECKSUM_BYTES = 4;

    /** One partition of one topic; ordered by topic name, then number. */
    public record Partition(String topic, int number) implements Comparable<Partition> {

        public Partition {
            if (topic == null || topic.isEmpty() || number < 0) {
                throw new IllegalArgumentException("A partition needs a topic and a number of 0 or more");
            }
        }

        @Override
        public int compareTo(Partition other) {
            int byTopic = topic.compareTo(other.topic);
            return byTopic != 0 ? byTopic : Integer.compare(number, other.number);
        }

        @Override
        public String toString() {
            return topic + "-" + number;
        }
    }

    public StreamPosition {
        offsets.forEach((partition, offset) -> {
            if (offset == null || offset < 0) {
                throw new IllegalArgumentException("Offset of " + partition + " must be 0 or more, was " + offset);
            }
        });
        offsets = Collections.unmodifiableSortedMap(new TreeMap<>(offsets));
    }

    public static StreamPosition of(Map<Partition, Long> offsets) {
        return new StreamPosition(new TreeMap<>(offsets));
    }

    /** The next offset to read on the partition; empty if this position does not cover it (a partition added since). */
    public Optional<Long> offset(Partition partition) {
        return Optional.ofNullable(offsets.get(partition));
    }

    public String encode() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128);
        out.write(FORMAT);
        Map<String, List<Map.Entry<Partition, Long>>> byTopic = new TreeMap<>();
        offsets.entrySet().forEach(entry ->
                byTopic.computeIfAbsent(entry.getKey().topic(), topic -> new ArrayList<>()).add(entry));
        byTopic.forEach((topic, partitions) -> {
            boolean common = topic.startsWith(COMMON_PREFIX) && topic.length() > COMMON_PREFIX.length();
            out.write(common ? 0 : 1);
            byte[] name = (common ? topic.substring(COMMON_PREFIX.length()) : topic).getBytes(StandardCharsets.UTF_8);
            writeVarint(out, name.length);
            out.writeBytes(name);
            writeVarint(out, partitions.size());
            partitions.forEach(entry -> {
                writeVarint(out, entry.getKey().number());
                writeVarint(out, entry.getValue());
            });
        });
        CRC32 crc = new CRC32();
        crc.update(out.toByteArray());
        out.writeBytes(ByteBuffer.allocate(CHECKSUM_BYTES).putInt((int) crc.getValue()).array());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
    }

    /** Reads an id {@link #encode()} wrote; anything else is an {@link InvalidStreamPosition}. */
    public static StreamPosition decode(String id) {
        if (id == null || id.isBlank() || id.length() > MAX_ID_LENGTH) {
            throw invalid("it is empty or too long");
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(id.strip());
        } catch (IllegalArgumentException notBase64) {
            throw invalid("it is not base64url");
        }
        if (bytes.length < 1 + CHECKSUM_BYTES) {
            throw invalid("it is too short");
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - CHECKSUM_BYTES);
        int expected = ByteBuffer.wrap(bytes, bytes.length - CHECKSUM_BYTES, CHECKSUM_BYTES).getInt();
        if ((int) crc.getValue() != expected) {
            throw invalid("its checksum does not match");
        }
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, bytes.length - CHECKSUM_BYTES);
        if (in.get() != FORMAT) {
            throw invalid("it is in a format this gateway does not know");
        }
        SortedMap<Partition, Long> offsets = new TreeMap<>();
        try {
            while (in.hasRemaining()) {
                int kind = in.get();
                if (kind != 0 && kind != 1) {
                    throw invalid("it names a topic in an unknown way");
                }
                int length = Math.toIntExact(readVarint(in));
                if (length == 0 || length > in.remaining()) {
                    throw invalid("a topic name is cut short");
                }
                byte[] name = new byte[length];
                in.get(name);
                String topic = (kind == 0 ? COMMON_PREFIX : "") + new String(name, StandardCharsets.UTF_8);
                long count = readVarint(in);
                if (count == 0 || count > in.remaining()) {
                    throw invalid("a topic lists no partitions");
                }
                for (long i = 0; i < count; i++) {
                    Partition partition = new Partition(topic, Math.toIntExact(readVarint(in)));
                    if (offsets.put(partition, readVarint(in)) != null) {
                        throw invalid("it lists " + partition + " twice");
                    }
                }
            }
        } catch (java.nio.BufferUnderflowException | ArithmeticException cutShort) {
            throw invalid("it is cut short");
        }
        // an empty position is real: issued while no event topic existed, so everything since is new
        return new StreamPosition(offsets);
    }

    private static InvalidStreamPosition invalid(String why) {
        return new InvalidStreamPosition("The Last-Event-ID is not a stream position this gateway issued: " + why
                + ". Connect without it to start from now.");
    }

    private static void writeVarint(ByteArrayOutputStream out, long value) {
        long rest = value;
        while ((rest & ~0x7FL) != 0) {
            out.write((int) ((rest & 0x7F) | 0x80));
            rest >>>= 7;
        }
        out.write((int) rest);
    }

    /** Unsigned LEB128, at most 9 bytes so the value stays a non-negative long. */
    private static long readVarint(ByteBuffer in) {
        long value = 0;
        for (int shift = 0; shift < 63; shift += 7) {
            byte next = in.get();
            value |= (long) (next & 0x7F) << shift;
            if ((next & 0x80) == 0) {
                return value;
            }
        }
        throw invalid("a number in it is too long");
    }
}
