package uk.org.networkcommons.perf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the figures out of what Kafka's perf tools print (as of kafka-tools 4.1). */
final class ToolOutput {

    /** kafka-producer-perf-test's closing line, the one with percentiles; the interim lines have none. */
    private static final Pattern PRODUCER_TOTAL = Pattern.compile("(\\d+) records sent, ([\\d.]+) records/sec "
            + "\\(([\\d.]+) MB/sec\\), ([\\d.]+) ms avg latency, ([\\d.]+) ms max latency, (\\d+) ms 50th, (\\d+) ms "
            + "95th, (\\d+) ms 99th, (\\d+) ms 99.9th\\.");
    /** A line of {@code --print-metrics}: {@code group:name:{tags} : value}, padded to line up. */
    private static final Pattern METRIC = Pattern.compile("(?m)^([\\w-]+):([\\w-]+):\\{[^}]*}\\s*:\\s*(\\S+)\\s*$");
    private static final String CONSUMER_HEADER = "start.time, end.time";
    private static final String CONSUMER_TIMEOUT = "WARNING: Exiting before consuming the expected number of messages";

    private ToolOutput() {
    }

    /** kafka-producer-perf-test's totals; MB there are 2^20 bytes of record values. */
    record ProducerTotals(long records, double recordsPerSecond, double megabytesPerSecond, double averageLatencyMillis,
            double maxLatencyMillis, int p50Millis, int p95Millis, int p99Millis, int p999Millis) {
    }

    /**
     * kafka-consumer-perf-test's totals. {@code recordsPerSecond} is over the whole run, the group join included;
     * {@code fetchRecordsPerSecond} is over the time after the join ({@code fetch.time.ms}).
     */
    record ConsumerTotals(long records, double megabytes, double recordsPerSecond, double megabytesPerSecond,
            long rebalanceMillis, long fetchMillis, double fetchRecordsPerSecond, double fetchMegabytesPerSecond) {
    }

    static ProducerTotals producer(String output) {
        Matcher total = PRODUCER_TOTAL.matcher(output);
        ProducerTotals last = null;
        while (total.find()) {
            last = new ProducerTotals(Long.parseLong(total.group(1)), Double.parseDouble(total.group(2)),
                    Double.parseDouble(total.group(3)), Double.parseDouble(total.group(4)),
                    Double.parseDouble(total.group(5)), Integer.parseInt(total.group(6)),
                    Integer.parseInt(total.group(7)), Integer.parseInt(total.group(8)),
                    Integer.parseInt(total.group(9)));
        }
        if (last == null) {
            throw new IllegalArgumentException("No closing line of kafka-producer-perf-test in its output:\n" + output);
        }
        return last;
    }

    static ConsumerTotals consumer(String output) {
        if (output.contains(CONSUMER_TIMEOUT)) {
            throw new IllegalArgumentException("kafka-consumer-perf-test stopped before it had every record:\n"
                    + output);
        }
        List<String> lines = output.lines().toList();
        for (int i = 0; i < lines.size() - 1; i++) {
            if (lines.get(i).startsWith(CONSUMER_HEADER)) {
                String[] names = lines.get(i).split(",\\s*");
                String[] values = lines.get(i + 1).split(",\\s*");
                if (names.length != values.length) {
                    throw new IllegalArgumentException("kafka-consumer-perf-test's figures do not match its header:\n"
                            + lines.get(i) + "\n" + lines.get(i + 1));
                }
                Map<String, String> byName = new HashMap<>();
                for (int column = 0; column < names.length; column++) {
                    byName.put(names[column].strip(), values[column].strip());
                }
                return new ConsumerTotals(Long.parseLong(required(byName, "data.consumed.in.nMsg")),
                        Double.parseDouble(required(byName, "data.consumed.in.MB")),
                        Double.parseDouble(required(byName, "nMsg.sec")), Double.parseDouble(required(byName, "MB.sec")),
                        Long.parseLong(required(byName, "rebalance.time.ms")),
                        Long.parseLong(required(byName, "fetch.time.ms")),
                        Double.parseDouble(required(byName, "fetch.nMsg.sec")),
                        Double.parseDouble(required(byName, "fetch.MB.sec")));
            }
        }
        throw new IllegalArgumentException("No figures of kafka-consumer-perf-test in its output:\n" + output);
    }

    /** One metric of a tool's {@code --print-metrics} listing by group and name, e.g. producer-metrics, batch-size-avg. */
    static OptionalDouble metric(String output, String group, String name) {
        Matcher metric = METRIC.matcher(output);
        while (metric.find()) {
            if (metric.group(1).equals(group) && metric.group(2).equals(name)) {
                try {
                    double value = Double.parseDouble(metric.group(3));
                    // a metric nothing was recorded for prints NaN
                    return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
                } catch (NumberFormatException notANumber) {
                    return OptionalDouble.empty();
                }
            }
        }
        return OptionalDouble.empty();
    }

    private static String required(Map<String, String> byName, String name) {
        String value = byName.get(name);
        if (value == null) {
            throw new IllegalArgumentException("kafka-consumer-perf-test printed no " + name + ": " + byName);
        }
        return value;
    }
}
