package uk.org.networkcommons.platform.test.reliability;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import uk.org.networkcommons.platform.messaging.CloudEventHeaders;
import uk.org.networkcommons.platform.test.TopicRecords;

/**
 * What a topic holds for each aggregate, in offset order: the aggregate version of every record, and how many records
 * repeat an event (same CloudEvents id) that is already on the topic. At-least-once delivery allows repeats; it does
 * not allow a gap, nor a version after a higher one.
 */
public final class Deliveries {

    private final Map<String, List<Long>> versionsByKey;
    private final Map<String, List<Long>> firstDeliveriesByKey;
    private final int records;
    private final int repeats;

    private Deliveries(Map<String, List<Long>> versionsByKey, Map<String, List<Long>> firstDeliveriesByKey,
            int records, int repeats) {
        this.versionsByKey = versionsByKey;
        this.firstDeliveriesByKey = firstDeliveriesByKey;
        this.records = records;
        this.repeats = repeats;
    }

    /** Reads records as {@link TopicRecords#read} returns them (partition by partition, in offset order). */
    public static Deliveries of(List<ConsumerRecord<String, byte[]>> records) {
        Map<String, List<Long>> versions = new LinkedHashMap<>();
        Map<String, List<Long>> firsts = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        int repeats = 0;
        for (ConsumerRecord<String, byte[]> record : records) {
            long version = Long.parseLong(TopicRecords.header(record, CloudEventHeaders.AGGREGATE_VERSION));
            versions.computeIfAbsent(record.key(), key -> new ArrayList<>()).add(version);
            if (seen.add(TopicRecords.header(record, CloudEventHeaders.ID))) {
                firsts.computeIfAbsent(record.key(), key -> new ArrayList<>()).add(version);
            } else {
                repeats++;
            }
        }
        return new Deliveries(versions, firsts, records.size(), repeats);
    }

    /** Every record's aggregate version, per key, in offset order. */
    public Map<String, List<Long>> versionsByKey() {
        return versionsByKey;
    }

    /** The aggregate version of each event's first record, per key, in offset order. */
    public Map<String, List<Long>> firstDeliveriesByKey() {
        return firstDeliveriesByKey;
    }

    public int records() {
        return records;
    }

    /** Records repeating an event already on the topic. */
    public int repeats() {
        return repeats;
    }

    /** 1, 2, ..., n: what an aggregate that raised n events must show once repeats are left out. */
    public static List<Long> upTo(long n) {
        List<Long> versions = new ArrayList<>();
        for (long version = 1; version <= n; version++) {
            versions.add(version);
        }
        return versions;
    }
}
