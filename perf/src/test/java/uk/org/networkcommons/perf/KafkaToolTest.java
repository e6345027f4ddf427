package uk.org.networkcommons.perf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class KafkaToolTest {

    @Test
    void theToolsCpuIsWhatItUsedAfterItsMainBeganAmidItsLogs() {
        String standardError = "07:41:00.001 WARN  o.a.k.c.NetworkClient - something\n"
                + KafkaToolMain.CPU_LINE + " before=812000000 after=2312500000\n";

        assertThat(KafkaTool.toolCpu(standardError)).hasValue(Duration.ofNanos(1_500_500_000));
    }

    @Test
    void aToolThatDiedBeforeReportingHasNoCpuFigure() {
        assertThat(KafkaTool.toolCpu("Exception in thread \"main\" java.lang.IllegalStateException\n")).isEmpty();
    }
}
