package uk.org.networkcommons.gateway.stream.messaging;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import uk.org.networkcommons.events.Topics;
import uk.org.networkcommons.gateway.stream.NameDirectory;
import uk.org.networkcommons.platform.messaging.ReceivedEvent;

/** Keeps the {@link NameDirectory} from the topics whose events name networks, organisations, workshops and actions. */
@Component
class NameListener {

    private final NameDirectory names;

    NameListener(NameDirectory names) {
        this.names = names;
    }

    @KafkaListener(id = "${spring.application.name}-stream-names", groupId = "${spring.application.name}-stream-names",
            topics = {Topics.NETWORKS, Topics.ORGANISATIONS, Topics.WORKSHOPS, Topics.ACTIONS})
    void on(ReceivedEvent<?> event) {
        names.learn(event);
    }
}
