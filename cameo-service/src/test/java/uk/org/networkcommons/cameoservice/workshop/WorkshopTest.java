package uk.org.networkcommons.cameoservice.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import uk.org.networkcommons.events.EcmOutcome;
import uk.org.networkcommons.events.LaCode;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.events.Topics;
import uk.org.networkcommons.events.UserId;
import uk.org.networkcommons.events.WorkshopId;
import uk.org.networkcommons.events.workshop.ActionProposed;
import uk.org.networkcommons.events.workshop.DimensionSummary;
import uk.org.networkcommons.events.workshop.WorkshopCompleted;
import uk.org.networkcommons.events.workshop.WorkshopPlan;
import uk.org.networkcommons.events.workshop.WorkshopScheduled;
import uk.org.networkcommons.platform.messaging.EventJson;
import uk.org.networkcommons.platform.outbox.OutboxEntry;
import uk.org.networkcommons.platform.problem.ConflictException;
import uk.org.networkcommons.platform.problem.InvalidRequestException;
import uk.org.networkcommons.platform.problem.NotFoundException;

class WorkshopTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);
    static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    static final OrganisationId SCHOOL = OrganisationId.of("school-1");
    static final OrganisationId AGENCY = OrganisationId.of("agency-1");
    static final OrganisationId MEMBER_NOT_PRESENT = OrganisationId.of("school-2");
    static final OrganisationId STRANGER = OrganisationId.of("school-elsewhere");
    static final Set<OrganisationId> MEMBERS = Set.of(SCHOOL, MEMBER_NOT_PRESENT);
    static final UserId HEAD = UserId.of("head");

    final Workshop workshop = Workshop.schedule(WorkshopId.of("w-1"), NetworkId.of("n-1"), LaCode.of("873"),
            plan(SCHOOL, AGENCY), UserId.of("co-ordinator"), CLOCK);

    @Test
    void schedulingAnnouncesThePlanOnTheWorkshopsTopicScopedToTheNetwork() {
        OutboxEntry scheduled = workshop.newEvents().getFirst();

        assertThat(workshop.status()).isEqualTo(Workshop.Status.SCHEDULED);
        assertThat(scheduled.topic()).isEqualTo(Topics.WORKSHOPS);
        assertThat(scheduled.networkId()).isEqualTo("n-1");
        assertThat(scheduled.laCode()).isEqualTo("873");
        assertThat(EventJson.read(scheduled.payload(), WorkshopScheduled.class).plan()).isEqualTo(workshop.plan());
    }

    @Test
    void aPlanNeedsATitleAndADate() {
        assertField(() -> Workshop.schedule(WorkshopId.random(), NetworkId.of("n-1"), LaCode.of("873"),
                new WorkshopPlan(" ", DAY, null, List.of(), List.of(), List.of(), List.of(), List.of()), HEAD, CLOCK),
                "title");
        assertField(() -> workshop.changePlan(new WorkshopPlan("Review", null, null, List.of(), List.of(), List.of(),
                List.of(), List.of()), MEMBERS, HEAD, CLOCK), "date");
    }

    @Test
    void ratingsMustBeOnTheFourPointScale() {
        assertField(() -> record("capacity", 0, 3), "now.rating");
        assertField(() -> record("capacity", 5, 3), "now.rating");
        assertField(() -> record("capacity", 2, 0), "target.rating");
        assertField(() -> record("capacity", 2, 5), "target.rating");

        record("capacity", 1, 4);
        record("leadership", null, null);
        assertThat(workshop.dimension("capacity").orElseThrow().gap()).isEqualTo(3);
        assertThat(workshop.dimension("leadership").orElseThrow().gap()).isNull();
    }

    @Test
    void eachSectionHoldsAtMostTheTemplatesSevenEvidenceLinesIgnoringBlankOnes() {
        List<String> eight = List.of("1", "2", "3", "4", "5", "6", "7", "8");
        assertField(() -> workshop.recordDimension("capacity", "Capacity", new Position(2, null, eight),
                Position.blank(), null, HEAD, CLOCK), "now.evidence");

        workshop.recordDimension("capacity", "Capacity", new Position(2, " ", List.of("Minutes", " ", "", "Plans")),
                Position.blank(), null, HEAD, CLOCK);
        assertThat(workshop.dimension("capacity").orElseThrow().now().evidence()).containsExactly("Minutes", "Plans");
        assertThat(workshop.dimension("capacity").orElseThrow().now().narrative()).isNull();
    }

    @Test
    void aDimensionIsKeyedByLowerCaseHyphenatedWordsAndRecordingItAgainReplacesIt() {
        assertField(() -> workshop.recordDimension("Leadership across", "Leadership", Position.blank(),
                Position.blank(), null, HEAD, CLOCK), "dimensionKey");
        assertField(() -> workshop.recordDimension("leadership", " ", Position.blank(), Position.blank(), null, HEAD,
                CLOCK), "name");

        record("leadership", 1, 3);
        record("leadership", 2, 3);

        assertThat(workshop.dimensions()).singleElement().satisfies(d -> assertThat(d.now().rating()).isEqualTo(2));
    }

    @Test
    void proposalIdsAreUniqueWithinAWorkshop() {
        workshop.propose("p-1", action(SCHOOL), MEMBERS, HEAD, CLOCK);

        assertThatThrownBy(() -> workshop.propose("p-1", action(AGENCY), MEMBERS, HEAD, CLOCK))
                .isInstanceOf(ConflictException.class).hasMessageContaining("p-1");
        assertThat(workshop.proposedActions()).singleElement()
                .satisfies(a -> assertThat(a.ownerOrganisationId()).isEqualTo(SCHOOL));
    }

    @Test
    void theOwnerMustTakePartInTheWorkshopOrBeAMemberOfTheNetwork() {
        assertField(() -> workshop.propose("p-1", action(STRANGER), MEMBERS, HEAD, CLOCK), "ownerOrganisationId");

        workshop.propose("p-2", action(AGENCY), MEMBERS, HEAD, CLOCK);
        workshop.propose("p-3", action(MEMBER_NOT_PRESENT), MEMBERS, HEAD, CLOCK);
        assertThat(workshop.proposedActions()).extracting(ProposedAction::proposalId).containsExactly("p-2", "p-3");
    }

    @Test
    void anOwnerWhoIsNotAMemberCannotBeDroppedFromTheParticipants() {
        workshop.propose("p-1", action(AGENCY), MEMBERS, HEAD, CLOCK);

        assertField(() -> workshop.changePlan(plan(SCHOOL), MEMBERS, HEAD, CLOCK), "participantOrganisationIds");

        workshop.withdrawProposal("p-1");
        workshop.changePlan(plan(SCHOOL), MEMBERS, HEAD, CLOCK);
        assertThat(workshop.plan().participantOrganisationIds()).containsExactly(SCHOOL);
    }

    @Test
    void anActionMayOnlyAnswerARecordedDimensionAndFallDueAfterTheWorkshop() {
        ActionDraft forUnknownDimension = new ActionDraft("Plan", null, SCHOOL, null, Set.of(), "curriculum", null,
                null);
        assertField(() -> workshop.propose("p-1", forUnknownDimension, MEMBERS, HEAD, CLOCK), "dimensionKey");
        ActionDraft dueBefore = new ActionDraft("Plan", null, SCHOOL, DAY.minusDays(1), Set.of(), null, null, null);
        assertField(() -> workshop.propose("p-1", dueBefore, MEMBERS, HEAD, CLOCK), "dueDate");
    }

    @Test
    void aDimensionWithActionsCannotBeRemoved() {
        record("capacity", 2, 3);
        workshop.propose("p-1", new ActionDraft("Share a bursar", null, SCHOOL, null, Set.of(), "capacity", null,
                null), MEMBERS, HEAD, CLOCK);

        assertThatThrownBy(() -> workshop.removeDimension("capacity")).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> workshop.removeDimension("curriculum")).isInstanceOf(NotFoundException.class);
        workshop.withdrawProposal("p-1");
        workshop.removeDimension("capacity");
        assertThat(workshop.dimensions()).isEmpty();
    }

    @Test
    void completionAnnouncesTheSummaryThenEveryProposedActionOnceInOrder() {
        record("capacity", 2, 3);
        workshop.propose("p-1", new ActionDraft("Share a bursar", "Across three schools", SCHOOL, DAY.plusMonths(2),
                Set.of(EcmOutcome.ENJOY_AND_ACHIEVE), "capacity", "challenge-capacity-q1", "cameo-capacity-1"),
                MEMBERS, HEAD, CLOCK);
        workshop.propose("p-2", action(AGENCY), MEMBERS, HEAD, CLOCK);

        workshop.complete(UserId.of("co-ordinator"), CLOCK);

        List<OutboxEntry> events = workshop.newEvents();
        assertThat(events).extracting(OutboxEntry::type).containsExactly(
                "uk.org.networkcommons.workshop.workshop-scheduled.v1",
                "uk.org.networkcommons.workshop.workshop-completed.v1",
                "uk.org.networkcommons.workshop.action-proposed.v1",
                "uk.org.networkcommons.workshop.action-proposed.v1");
        assertThat(events).extracting(OutboxEntry::aggregateVersion).containsExactly(1L, 2L, 3L, 4L);
        WorkshopCompleted completed = EventJson.read(events.get(1).payload(), WorkshopCompleted.class);
        assertThat(completed.dimensions()).containsExactly(new DimensionSummary("Capacity", 2, 3, "capacity"));
        assertThat(completed.proposedActionCount()).isEqualTo(2);
        ActionProposed first = EventJson.read(events.get(2).payload(), ActionProposed.class);
        assertThat(first.proposalId()).isEqualTo("p-1");
        assertThat(first.ownerOrganisationId()).isEqualTo(SCHOOL);
        assertThat(first.dimension()).isEqualTo("Capacity");
        assertThat(first.dimensionKey()).isEqualTo("capacity");
        assertThat(first.originQuestionId()).isEqualTo("challenge-capacity-q1");
        assertThat(first.originCameoId()).isEqualTo("cameo-capacity-1");
        assertThat(first.outcomes()).containsExactly(EcmOutcome.ENJOY_AND_ACHIEVE);
        assertThat(first.laCode()).isEqualTo(LaCode.of("873"));
        assertThat(EventJson.read(events.get(3).payload(), ActionProposed.class).proposalId()).isEqualTo("p-2");
    }

    @Test
    void completionFreezesTheRecord() {
        record("capacity", 2, 3);
        workshop.propose("p-1", action(SCHOOL), MEMBERS, HEAD, CLOCK);
        workshop.complete(HEAD, CLOCK);
        int events = workshop.newEvents().size();

        List<ThrowingCallable> changes = List.of(
                () -> workshop.changePlan(plan(SCHOOL), MEMBERS, HEAD, CLOCK),
                () -> record("capacity", 3, 3),
                () -> record("leadership", 1, 2),
                () -> workshop.removeDimension("capacity"),
                () -> workshop.propose("p-2", action(SCHOOL), MEMBERS, HEAD, CLOCK),
                () -> workshop.reviseProposal("p-1", action(AGENCY), MEMBERS, HEAD, CLOCK),
                () -> workshop.withdrawProposal("p-1"),
                () -> workshop.complete(HEAD, CLOCK));
        for (ThrowingCallable change : changes) {
            assertThatThrownBy(change).isInstanceOf(ConflictException.class).hasMessageContaining("frozen");
        }
        assertThat(workshop.isCompleted()).isTrue();
        assertThat(workshop.dimensions()).singleElement().satisfies(d -> assertThat(d.now().rating()).isEqualTo(2));
        assertThat(workshop.proposedActions()).extracting(ProposedAction::ownerOrganisationId).containsExactly(SCHOOL);
        assertThat(workshop.newEvents()).hasSize(events);
    }

    @Test
    void aRevisedProposalKeepsItsId() {
        workshop.propose("p-1", action(SCHOOL), MEMBERS, HEAD, CLOCK);

        workshop.reviseProposal("p-1", new ActionDraft("Share a bursar from April", null, AGENCY, null, Set.of(), null,
                null, null), MEMBERS, HEAD, CLOCK);

        assertThat(workshop.proposedActions()).singleElement().satisfies(action -> {
            assertThat(action.proposalId()).isEqualTo("p-1");
            assertThat(action.title()).isEqualTo("Share a bursar from April");
            assertThat(action.ownerOrganisationId()).isEqualTo(AGENCY);
        });
        assertThatThrownBy(() -> workshop.reviseProposal("p-9", action(SCHOOL), MEMBERS, HEAD, CLOCK))
                .isInstanceOf(NotFoundException.class);
    }

    private void record(String key, Integer now, Integer target) {
        workshop.recordDimension(key, key.substring(0, 1).toUpperCase() + key.substring(1),
                new Position(now, "Now", List.of("Minutes")), new Position(target, "Goal", List.of()), "Notes", HEAD,
                CLOCK);
    }

    private static ActionDraft action(OrganisationId owner) {
        return new ActionDraft("Share a bursar", null, owner, DAY.plusMonths(1), Set.of(EcmOutcome.STAY_SAFE), null,
                null, null);
    }

    private static WorkshopPlan plan(OrganisationId... participants) {
        return new WorkshopPlan("Capacity review", DAY, "Adviser", List.of("challenge-capacity"), List.of(), List.of(),
                List.of(), List.of(participants));
    }

    private static void assertField(ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidRequestException.class,
                invalid -> assertThat(invalid.fieldErrors()).containsOnlyKeys(field));
    }
}
