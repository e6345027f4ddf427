package uk.org.networkcommons.actiontracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import uk.org.networkcommons.platform.test.api.Api.Response;
import uk.org.networkcommons.actiontracker.support.Networks;
import uk.org.networkcommons.actiontracker.support.WorkshopFeed;
import uk.org.networkcommons.events.workshop.ActionProposed;
import uk.org.networkcommons.platform.outbox.OutboxEntry;

/**
 * A workshop's proposal becomes exactly one action in PROPOSED however often it arrives: redelivered by the broker,
 * re-sent by cameo-service's relay after a crash, or read again after this service's listener restarts.
 */
class ProposalIdempotenceIntegrationTest extends IntegrationTestBase {

    static final String LA = "873";

    @Autowired
    MongoTemplate mongo;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Test
    void theSameProposalDeliveredThreeTimesAndAgainAfterTheListenerRestartsMakesExactlyOneAction() {
        Networks network = Networks.withMemberAndCoordinator(mongo, LA);
        ActionProposed proposal = WorkshopFeed.proposal(network.id(), LA, network.member(), "Share a school business manager");
        OutboxEntry entry = WorkshopFeed.entry(proposal, 7);

        List<RecordMetadata> sent = new ArrayList<>(WorkshopFeed.publish(entry, entry, entry));
        WorkshopFeed.awaitConsumed(sent);
        assertThat(actionsOf(proposal)).isEqualTo(1);

        MessageListenerContainer container = listeners.getListenerContainer("action-tracker-proposals");
        assertThat(container).isNotNull();
        container.stop();
        await().atMost(Duration.ofSeconds(30)).until(() -> !container.isRunning());
        // re-sent as the same entry and as a new record of the same proposal (a later relay attempt)
        sent = WorkshopFeed.publish(entry, WorkshopFeed.entry(proposal, 7));
        container.start();
        WorkshopFeed.awaitConsumed(sent);

        assertThat(actionsOf(proposal)).isEqualTo(1);
        Response action = api.get(network.coordinator(), "/api/actions?network=" + network.id()).expect(200);
        assertThat(action.<List<String>>read("$.items[*].title")).containsExactly("Share a school business manager");
        String id = action.field("$.items[0].id");
        Response read = api.get(network.coordinator(), "/api/actions/" + id).expect(200);
        assertThat(read.field("$.status")).isEqualTo("PROPOSED");
        assertThat(read.field("$.origin.kind")).isEqualTo("WORKSHOP_PROPOSAL");
        assertThat(read.field("$.origin.proposalId")).isEqualTo(proposal.proposalId());
        assertThat(read.field("$.origin.workshopId")).isEqualTo(proposal.workshopId().value());
        assertThat(read.field("$.origin.questionId")).isEqualTo("challenge-focus-q1");
        assertThat(read.field("$.ownerOrganisationId")).isEqualTo(network.member());
        assertThat(read.field("$.version")).isEqualTo("1");
    }

    @Test
    void aProposalArrivingAfterItsActionChangedLeavesTheChangeInPlace() {
        Networks network = Networks.withMemberAndCoordinator(mongo, LA);
        ActionProposed proposal = WorkshopFeed.proposal(network.id(), LA, network.member(), "Joint safeguarding training");
        WorkshopFeed.awaitConsumed(WorkshopFeed.publish(WorkshopFeed.entry(proposal, 3)));
        String id = api.get(network.coordinator(), "/api/actions?network=" + network.id()).expect(200)
                .field("$.items[0].id");
        api.post(network.coordinator(), "/api/actions/%s/status".formatted(id),
                "{\"status\": \"AGREED\"}").expect(200);

        WorkshopFeed.awaitConsumed(WorkshopFeed.publish(WorkshopFeed.entry(proposal, 3)));

        assertThat(actionsOf(proposal)).isEqualTo(1);
        assertThat(api.get(network.coordinator(), "/api/actions/" + id).expect(200).field("$.status"))
                .isEqualTo("AGREED");
    }

    private long actionsOf(ActionProposed proposal) {
        return mongo.count(Query.query(Criteria.where("origin.proposalId").is(proposal.proposalId())), "actions");
    }
}
