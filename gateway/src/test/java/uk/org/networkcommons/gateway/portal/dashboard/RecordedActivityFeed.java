package uk.org.networkcommons.gateway.portal.dashboard;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import uk.org.networkcommons.events.LaCode;
import uk.org.networkcommons.platform.security.Viewer;

/**
 * The dashboard's activity feed in the gateway's tests: a test says what has happened and what happens next, and reads
 * who followed which LA from which event. A component of the test classpath, so the one shared context has it without
 * any per-class configuration; primary, so it stands in for the event-stream feed once that is wired in.
 */
@Component
@Primary
public class RecordedActivityFeed implements ActivityFeed {

    /** Who asked for what. */
    public record Request(Viewer viewer, LaCode laCode, Optional<String> lastEventId) {
    }

    private final List<Activity> latest = new CopyOnWriteArrayList<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile Sinks.Many<Activity> live = Sinks.many().multicast().directBestEffort();

    public void reset() {
        latest.clear();
        requests.clear();
        live.tryEmitComplete();
        live = Sinks.many().multicast().directBestEffort();
    }

    /** What {@link #latest} answers, newest first. */
    public void hadHappened(Activity... activities) {
        latest.addAll(List.of(activities));
    }

    /** Sends an activity to everyone following now; true if someone was. */
    public boolean happens(Activity activity) {
        return live.tryEmitNext(activity).isSuccess();
    }

    public int followers() {
        return live.currentSubscriberCount();
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    @Override
    public Flux<Activity> latest(Viewer viewer, LaCode laCode, int limit) {
        requests.add(new Request(viewer, laCode, Optional.empty()));
        return Flux.fromIterable(List.copyOf(latest)).take(limit);
    }

    @Override
    public Flux<Activity> follow(Viewer viewer, LaCode laCode, Optional<String> lastEventId) {
        requests.add(new Request(viewer, laCode, lastEventId));
        return live.asFlux();
    }
}
