package uk.org.networkcommons.platform.access;

import org.springframework.kafka.annotation.KafkaListener;
import uk.org.networkcommons.events.Topics;
import uk.org.networkcommons.events.network.NetworkEvent;
import uk.org.networkcommons.platform.messaging.ReceivedEvent;

/** Keeps the service's {@link NetworkAccessProjection} from network-service's events. Decodes nothing itself. */
public class NetworkAccessListener {

    private final NetworkAccessProjection projection;

    public NetworkAccessListener(NetworkAccessProjection projection) {
        this.projection = projection;
    }

    @KafkaListener(id = "${spring.application.name}-network-access", topics = Topics.NETWORKS,
            groupId = "${spring.application.name}-network-access")
    public void on(ReceivedEvent<NetworkEvent> event) {
        projection.apply(event);
    }
}
