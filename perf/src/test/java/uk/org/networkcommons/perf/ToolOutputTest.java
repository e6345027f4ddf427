package uk.org.networkcommons.perf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ToolOutputTest {

    private static final String PRODUCER = """
            68101 records sent, 13617.5 records/sec (12.58 MB/sec), 12.4 ms avg latency, 281.0 ms max latency.
            20000 records sent, 20222.4 records/sec (18.68 MB/sec), 9.87 ms avg latency, 281.00 ms max latency, \
            4 ms 50th, 32 ms 95th, 57 ms 99th, 270 ms 99.9th.

            Metric Name                                                                     Value
            producer-metrics:batch-size-avg:{client-id=perf-producer-client}              : 15874.214
            producer-metrics:records-per-request-avg:{client-id=perf-producer-client}     : 17.035
            producer-metrics:request-latency-avg:{client-id=perf-producer-client}         : 2.512
            producer-metrics:record-error-rate:{client-id=perf-producer-client}           : NaN
            """;

    private static final String CONSUMER = """
            start.time, end.time, data.consumed.in.MB, MB.sec, data.consumed.in.nMsg, nMsg.sec, rebalance.time.ms, \
            fetch.time.ms, fetch.MB.sec, fetch.nMsg.sec
            2026-12-02 07:40:01:123, 2026-12-02 07:40:02:623, 18.4753, 12.3169, 20000, 13333.3333, 312, 1188, \
            15.5516, 16835.0168
            """;

    @Test
    void producerTotalsComeFromTheClosingLineWithPercentilesNotFromAnInterimLine() {
        ToolOutput.ProducerTotals totals = ToolOutput.producer(PRODUCER);

        assertThat(totals.records()).isEqualTo(20000);
        assertThat(totals.recordsPerSecond()).isEqualTo(20222.4);
        assertThat(totals.megabytesPerSecond()).isEqualTo(18.68);
        assertThat(totals.averageLatencyMillis()).isEqualTo(9.87);
        assertThat(totals.p50Millis()).isEqualTo(4);
        assertThat(totals.p999Millis()).isEqualTo(270);
    }

    @Test
    void producerOutputWithoutAClosingLineIsAnError() {
        assertThatThrownBy(() -> ToolOutput.producer("1000 records sent, 200.0 records/sec (0.18 MB/sec), 1.0 ms avg "
                + "latency, 3.0 ms max latency.\n")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("No closing line");
    }

    @Test
    void metricsAreFoundByGroupAndNameAndNaNIsNoFigure() {
        assertThat(ToolOutput.metric(PRODUCER, "producer-metrics", "records-per-request-avg")).hasValue(17.035);
        assertThat(ToolOutput.metric(PRODUCER, "producer-metrics", "request-latency-avg")).hasValue(2.512);
        assertThat(ToolOutput.metric(PRODUCER, "producer-metrics", "record-error-rate")).isEmpty();
        assertThat(ToolOutput.metric(PRODUCER, "producer-metrics", "no-such-metric")).isEmpty();
    }

    @Test
    void consumerTotalsAreReadByTheirHeaderNames() {
        ToolOutput.ConsumerTotals totals = ToolOutput.consumer(CONSUMER);

        assertThat(totals.records()).isEqualTo(20000);
        assertThat(totals.megabytes()).isEqualTo(18.4753);
        assertThat(totals.recordsPerSecond()).isEqualTo(13333.3333);
        assertThat(totals.rebalanceMillis()).isEqualTo(312);
        assertThat(totals.fetchMillis()).isEqualTo(1188);
        assertThat(totals.fetchRecordsPerSecond()).isEqualTo(16835.0168);
    }

    @Test
    void aConsumerRunThatTimedOutBeforeReadingEverythingIsAnError() {
        assertThatThrownBy(() -> ToolOutput.consumer("WARNING: Exiting before consuming the expected number of "
                + "messages: timeout (10000 ms) exceeded. You can use the --timeout option to increase the timeout.\n"
                + CONSUMER)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stopped before");
    }

    @Test
    void consumerOutputWithoutFiguresIsAnError() {
        assertThatThrownBy(() -> ToolOutput.consumer("nothing here\n")).isInstanceOf(IllegalArgumentException.class);
    }
}
