package uk.org.networkcommons.actiontracker.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RollUpTest {

    @Test
    void aParentsProgressIsTheAverageOfItsChildren() {
        assertThat(RollUp.progressOf(List.of(new RollUp.Child(0, 1), new RollUp.Child(100, 1), new RollUp.Child(50, 1))))
                .hasValue(50);
    }

    @Test
    void weightsCountTheirShare() {
        assertThat(RollUp.progressOf(List.of(new RollUp.Child(100, 3), new RollUp.Child(0, 1)))).hasValue(75);
    }

    @Test
    void theAverageIsRoundedToTheNearestPerCent() {
        assertThat(RollUp.progressOf(List.of(new RollUp.Child(10, 1), new RollUp.Child(15, 1)))).hasValue(13);
        assertThat(RollUp.progressOf(List.of(new RollUp.Child(100, 1), new RollUp.Child(0, 1), new RollUp.Child(0, 1))))
                .hasValue(33);
    }

    @Test
    void aWeightBelowOneCountsAsOne() {
        assertThat(RollUp.progressOf(List.of(new RollUp.Child(100, 0), new RollUp.Child(0, 1)))).hasValue(50);
    }

    @Test
    void noChildrenLeaveTheParentAsItIs() {
        assertThat(RollUp.progressOf(List.of())).isEmpty();
    }
}
