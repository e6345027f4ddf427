package uk.org.networkcommons.actiontracker.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.org.networkcommons.events.action.ActionStatus.AGREED;
import static uk.org.networkcommons.events.action.ActionStatus.BLOCKED;
import static uk.org.networkcommons.events.action.ActionStatus.CANCELLED;
import static uk.org.networkcommons.events.action.ActionStatus.DONE;
import static uk.org.networkcommons.events.action.ActionStatus.IN_PROGRESS;
import static uk.org.networkcommons.events.action.ActionStatus.PROPOSED;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uk.org.networkcommons.events.action.ActionStatus;
import uk.org.networkcommons.platform.problem.ConflictException;

class WorkflowTest {

    @Test
    void theHappyPathRunsProposedAgreedInProgressDone() {
        assertThat(Workflow.allows(PROPOSED, AGREED)).isTrue();
        assertThat(Workflow.allows(AGREED, IN_PROGRESS)).isTrue();
        assertThat(Workflow.allows(IN_PROGRESS, DONE)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = ActionStatus.class, names = {"PROPOSED", "AGREED", "IN_PROGRESS"})
    void anyOpenStateCanBeBlockedOrCancelled(ActionStatus from) {
        assertThat(Workflow.allows(from, BLOCKED)).isTrue();
        assertThat(Workflow.allows(from, CANCELLED)).isTrue();
    }

    @Test
    void aBlockedActionGoesBackToInProgressOrIsCancelled() {
        assertThat(Workflow.next(BLOCKED)).containsExactlyInAnyOrder(IN_PROGRESS, CANCELLED);
    }

    @ParameterizedTest
    @EnumSource(value = ActionStatus.class, names = {"DONE", "CANCELLED"})
    void doneAndCancelledAreFinal(ActionStatus from) {
        assertThat(Workflow.next(from)).isEmpty();
        for (ActionStatus to : ActionStatus.values()) {
            assertThatThrownBy(() -> Workflow.requireAllowed(from, to)).isInstanceOf(ConflictException.class)
                    .hasMessageContaining(from.name()).hasMessageContaining(to.name()).hasMessageContaining("final");
        }
    }

    @Test
    void skippingAStepIsAConflictNamingBothStatesAndTheAllowedOnes() {
        assertThatThrownBy(() -> Workflow.requireAllowed(PROPOSED, DONE)).isInstanceOf(ConflictException.class)
                .hasMessage("An action cannot move from PROPOSED to DONE; from PROPOSED it can move to AGREED, "
                        + "BLOCKED, CANCELLED");
        for (var illegal : List.of(List.of(PROPOSED, IN_PROGRESS), List.of(AGREED, DONE), List.of(BLOCKED, DONE),
                List.of(BLOCKED, AGREED), List.of(IN_PROGRESS, AGREED), List.of(BLOCKED, BLOCKED))) {
            assertThat(Workflow.allows(illegal.get(0), illegal.get(1))).as(illegal.toString()).isFalse();
        }
    }

    @Test
    void exactlyTheDocumentedMovesAreAllowed() {
        int allowed = 0;
        for (ActionStatus from : ActionStatus.values()) {
            for (ActionStatus to : ActionStatus.values()) {
                allowed += Workflow.allows(from, to) ? 1 : 0;
            }
        }
        assertThat(allowed).isEqualTo(3 + 3 + 3 + 2);
        assertThat(EnumSet.allOf(ActionStatus.class).stream().filter(ActionStatus::isOpen))
                .containsExactlyInAnyOrder(PROPOSED, AGREED, IN_PROGRESS, BLOCKED);
    }

    @Test
    void eachStatusHasADefaultProgress() {
        assertThat(Workflow.defaultProgress(PROPOSED, 40)).isZero();
        assertThat(Workflow.defaultProgress(AGREED, 40)).isZero();
        assertThat(Workflow.defaultProgress(IN_PROGRESS, 0)).isEqualTo(10);
        assertThat(Workflow.defaultProgress(IN_PROGRESS, 60)).as("back from BLOCKED keeps what was done").isEqualTo(60);
        assertThat(Workflow.defaultProgress(BLOCKED, 35)).isEqualTo(35);
        assertThat(Workflow.defaultProgress(DONE, 35)).isEqualTo(100);
        assertThat(Workflow.defaultProgress(CANCELLED, 35)).isEqualTo(35);
    }
}
