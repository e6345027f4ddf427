package uk.org.networkcommons.actiontracker.proposal.messaging;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import uk.org.networkcommons.actiontracker.proposal.ProposedActions;
import uk.org.networkcommons.events.Topics;
import uk.org.networkcommons.events.workshop.ActionProposed;
import uk.org.networkcommons.events.workshop.WorkshopEvent;
import uk.org.networkcommons.platform.messaging.ReceivedEvent;

/** Hands each proposed action on the workshops topic to {@link ProposedActions}; other workshop events are not ours. */
@Component
class ProposalListener {

    /** The listener container's id, for stopping and starting it. */
    static final String ID = "action-tracker-proposals";

    private final ProposedActions proposals;

    ProposalListener(ProposedActions proposals) {
        this.proposals = proposals;
    }

    @KafkaListener(id = ID, topics = Topics.WORKSHOPS, groupId = "${spring.application.name}-proposals")
    void on(ReceivedEvent<WorkshopEvent> event) {
        if (event.payload() instanceof ActionProposed proposal) {
            proposals.accept(proposal);
        }
    }
}
