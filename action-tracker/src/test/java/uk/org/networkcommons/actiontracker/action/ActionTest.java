package uk.org.networkcommons.actiontracker.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.org.networkcommons.events.ActionId;
import uk.org.networkcommons.events.EcmOutcome;
import uk.org.networkcommons.events.LaCode;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.events.UserId;
import uk.org.networkcommons.events.action.ActionPriority;
import uk.org.networkcommons.events.action.ActionStatus;
import uk.org.networkcommons.platform.outbox.OutboxEntry;
import uk.org.networkcommons.platform.problem.ConflictException;
import uk.org.networkcommons.platform.problem.InvalidRequestException;

class ActionTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);
    static final OrganisationId SCHOOL = OrganisationId.of("school-1");
    static final OrganisationId POLICE = OrganisationId.of("police-1");
    static final UserId HEAD = UserId.of("head-1");

    static Action action(LocalDate due) {
        return Action.raise(ActionId.of("action-1"), NetworkId.of("network-1"), LaCode.of("873"), Origin.direct(),
                new ActionDetails("Safer routes", null, SCHOOL, null, due, ActionPriority.HIGH,
                        Set.of(EcmOutcome.STAY_SAFE), List.of(), null, 1), Set.of(POLICE), HEAD, CLOCK);
    }

    @Test
    void aNewActionIsProposedAtNoProgressWithItsRaisingLoggedAndAnnounced() {
        Action action = action(null);
        assertThat(action.status()).isEqualTo(ActionStatus.PROPOSED);
        assertThat(action.progress()).isZero();
        assertThat(action.updates()).extracting(UpdateEntry::kind).containsExactly("RAISED");
        assertThat(action.newEvents()).extracting(OutboxEntry::type)
                .containsExactly("uk.org.networkcommons.action.action-raised.v1");
        assertThat(action.newEvents().getFirst().payload()).contains("\"partyOrganisationIds\":[\"police-1\"]");
    }

    @Test
    void everyChangeAppendsOneEntryNamingEachFieldAsOldToNew() {
        Action action = action(null);
        action.moveTo(ActionStatus.AGREED, null, null, "Agreed at the meeting", null, HEAD, CLOCK);
        action.moveTo(ActionStatus.IN_PROGRESS, null, null, null, null, HEAD, CLOCK);
        action.recordProgress(45, "Half done", "https://example.org/report", HEAD, CLOCK);
        action.moveTo(ActionStatus.BLOCKED, "Waiting for funding", null, null, null, HEAD, CLOCK);

        List<UpdateEntry> log = action.updates();
        assertThat(log).extracting(UpdateEntry::sequence).containsExactly(1, 2, 3, 4, 5);
        assertThat(log.get(2).changes()).extracting(Object::toString)
                .containsExactly("status: AGREED → IN_PROGRESS", "progress: 0 → 10");
        assertThat(log.get(3).changes()).extracting(Object::toString).containsExactly("progress: 10 → 45");
        assertThat(log.get(3).evidenceLink()).isEqualTo("https://example.org/report");
        assertThat(log.get(4).changes()).extracting(Object::toString)
                .containsExactly("status: IN_PROGRESS → BLOCKED", "statusReason:  → Waiting for funding");
        assertThat(action.progress()).as("blocked keeps progress").isEqualTo(45);
        assertThat(action.newEvents()).extracting(OutboxEntry::type).containsExactly(
                "uk.org.networkcommons.action.action-raised.v1", "uk.org.networkcommons.action.action-agreed.v1",
                "uk.org.networkcommons.action.action-progressed.v1", "uk.org.networkcommons.action.action-progressed.v1",
                "uk.org.networkcommons.action.action-blocked.v1");
    }

    @Test
    void anExplicitProgressOverridesTheStatusDefault() {
        Action action = action(null);
        action.moveTo(ActionStatus.AGREED, null, null, null, null, HEAD, CLOCK);
        action.moveTo(ActionStatus.IN_PROGRESS, null, 25, null, null, HEAD, CLOCK);
        assertThat(action.progress()).isEqualTo(25);
        assertThatThrownBy(() -> action.moveTo(ActionStatus.DONE, null, 101, null, null, HEAD, CLOCK))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void blockingAndCancellingNeedAReason() {
        Action action = action(null);
        assertThatThrownBy(() -> action.moveTo(ActionStatus.CANCELLED, " ", null, null, null, HEAD, CLOCK))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("cancelled");
        assertThat(action.updates()).hasSize(1);
    }

    @Test
    void aFinishedActionCanNoLongerChangeButCanStillBeCommentedOn() {
        Action action = action(null);
        action.moveTo(ActionStatus.CANCELLED, "Superseded", null, null, null, HEAD, CLOCK);
        assertThatThrownBy(() -> action.recordProgress(50, null, null, HEAD, CLOCK))
                .isInstanceOf(ConflictException.class).hasMessageContaining("CANCELLED");
        action.comment("For the record", null, HEAD, CLOCK);
        assertThat(action.updates()).extracting(UpdateEntry::kind).containsExactly("RAISED", "STATUS", "COMMENT");
    }

    @Test
    void theOverdueReminderIsClaimedOncePerDueDateAndOnlyWhileOpen() {
        Action action = action(LocalDate.parse("2026-11-20"));
        LocalDate today = LocalDate.now(CLOCK);
        assertThat(action.claimOverdue(today, CLOCK)).isTrue();
        assertThat(action.claimOverdue(today, CLOCK)).isFalse();
        action.revise(new ActionDetails("Safer routes", null, SCHOOL, null, LocalDate.parse("2026-11-22"),
                ActionPriority.HIGH, Set.of(EcmOutcome.STAY_SAFE), List.of(), null, 1), null, null, HEAD, CLOCK);
        assertThat(action.claimOverdue(today, CLOCK)).as("a new due date, once more").isTrue();
        assertThat(action.claimOverdue(today, CLOCK)).isFalse();

        Action done = action(LocalDate.parse("2026-11-20"));
        done.moveTo(ActionStatus.CANCELLED, "Not needed", null, null, null, HEAD, CLOCK);
        assertThat(done.claimOverdue(today, CLOCK)).isFalse();
        assertThat(action(LocalDate.parse("2026-11-24")).claimOverdue(today, CLOCK)).as("due today is not late")
                .isFalse();
    }

    @Test
    void theStalledReminderIsClaimedOncePerQuietPeriod() {
        Action action = action(null);
        Clock later = Clock.offset(CLOCK, java.time.Duration.ofDays(20));
        Instant threshold = Instant.now(later).minus(java.time.Duration.ofDays(14));
        assertThat(action.claimStalled(threshold, later)).isTrue();
        assertThat(action.claimStalled(threshold, later)).isFalse();
        action.comment("Still going", null, HEAD, CLOCK);
        assertThat(action.claimStalled(threshold, later)).isTrue();
    }

    @Test
    void partiesAreAddedOnceNeverTheOwnerAndRemovingOneLogsIt() {
        Action action = action(null);
        assertThatThrownBy(() -> action.addParty(POLICE, HEAD, CLOCK)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> action.addParty(SCHOOL, HEAD, CLOCK)).isInstanceOf(ConflictException.class);
        action.addParty(OrganisationId.of("health-1"), HEAD, CLOCK);
        action.removeParty(POLICE, HEAD, CLOCK);
        assertThat(action.parties()).containsExactly(OrganisationId.of("health-1"));
        assertThat(action.updates().getLast().changes()).extracting(Object::toString)
                .containsExactly("partyOrganisationIds: [health-1, police-1] → [health-1]");
    }

    @Test
    void aRollUpChangesProgressOnlyWhenItDiffers() {
        Action parent = action(null);
        assertThat(parent.rollUp(0, CLOCK)).isFalse();
        assertThat(parent.rollUp(40, CLOCK)).isTrue();
        assertThat(parent.progress()).isEqualTo(40);
        assertThat(parent.updates().getLast().by()).isEqualTo(Action.SYSTEM);
    }
}
