package uk.org.networkcommons.perf;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.org.networkcommons.events.LaCode;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.events.UserId;
import uk.org.networkcommons.events.network.ContinuumForm;
import uk.org.networkcommons.events.network.GovernanceModel;
import uk.org.networkcommons.events.network.LeadershipRole;
import uk.org.networkcommons.events.network.MembershipRole;
import uk.org.networkcommons.events.network.NetworkAccess;
import uk.org.networkcommons.events.network.NetworkBasis;
import uk.org.networkcommons.events.network.NetworkFocus;
import uk.org.networkcommons.events.network.NetworkProfile;
import uk.org.networkcommons.events.network.NetworkType;
import uk.org.networkcommons.events.network.ServiceLevelAgreement;
import uk.org.networkcommons.infra.demo.DemoData;
import uk.org.networkcommons.platform.messaging.CloudEventEnvelope;
import uk.org.networkcommons.platform.outbox.AggregateStore;
import uk.org.networkcommons.platform.outbox.OutboxEntry;

/**
 * A realistic outbox backlog: many networks, each with a history of pending events modelled on the launcher's demo
 * networks (the same names, objectives, leaders, members, departures, agreements and join requests, taken in the
 * order the demo seeder takes them), so that payloads have the sizes real ones have. A network whose demo history is
 * shorter than the wanted count goes on as networks do: organisations ask to join and are admitted, the profile is
 * edited, members leave.
 */
final class NetworkBacklog {

    /** What was preloaded: enough to check the relay and the projection against. */
    record Backlog(int aggregates, long events, long valueBytes, long recordBytes,
            Map<String, NetworkAccess> finalAccessByNetwork) {

        double averageValueBytes() {
            return (double) valueBytes / events;
        }

        /** Key, value and CloudEvents headers: what a record carries apart from Kafka's own framing. */
        double averageRecordBytes() {
            return (double) recordBytes / events;
        }
    }

    private final DemoData demo = DemoData.shipped();
    private final Clock clock;
    private final LocalDate today;
    private final Map<String, UserId> users = new HashMap<>();

    NetworkBacklog(Clock clock) {
        this.clock = clock;
        this.today = LocalDate.now(clock);
    }

    /** Stores {@code aggregates} networks with {@code eventsPerAggregate} pending events each, through the real store. */
    Backlog preload(MongoTemplate mongo, CloudEventEnvelope envelope, int aggregates, int eventsPerAggregate) {
        AggregateStore store = new AggregateStore(mongo, event -> {
            // no relay is listening while the backlog is written: it is found by the relay's first look
        });
        long events = 0;
        long valueBytes = 0;
        long recordBytes = 0;
        Map<String, NetworkAccess> finalAccess = new LinkedHashMap<>();
        for (int i = 0; i < aggregates; i++) {
            BacklogNetwork network = history(i, eventsPerAggregate);
            for (OutboxEntry entry : network.newEvents()) {
                ProducerRecord<String, byte[]> record = envelope.toRecord(entry);
                valueBytes += record.value().length;
                recordBytes += recordBytes(record);
                events++;
            }
            finalAccess.put(network.aggregateId(), network.access());
            store.save(network);
        }
        return new Backlog(aggregates, events, valueBytes, recordBytes, finalAccess);
    }

    static long recordBytes(ProducerRecord<String, byte[]> record) {
        long bytes = record.key().getBytes(StandardCharsets.UTF_8).length + record.value().length;
        for (Header header : record.headers()) {
            bytes += header.key().getBytes(StandardCharsets.UTF_8).length + header.value().length;
        }
        return bytes;
    }

    /** The {@code index}th network of the backlog with exactly {@code events} events raised and not yet saved. */
    BacklogNetwork history(int index, int events) {
        if (events < 1) {
            throw new IllegalArgumentException("a network has at least the event of its forming");
        }
        DemoData.Network template = demo.networks().get(index % demo.networks().size());
        BacklogNetwork network = BacklogNetwork.form(NetworkId.random(), LaCode.of(demo.localAuthority()),
                profile(template.details(), index), user(template.formedBy()), clock);
        UserId runBy = user(template.membersAdmittedBy());
        List<Runnable> demoSteps = new ArrayList<>();
        for (DemoData.Leader leader : template.leaders()) {
            demoSteps.add(() -> network.appoint(user(leader.user()), leader.displayName(),
                    LeadershipRole.valueOf(leader.role()), user(leader.by()), clock));
        }
        for (DemoData.Member member : template.members()) {
            demoSteps.add(() -> network.admit(OrganisationId.of(member.organisation()),
                    MembershipRole.valueOf(member.role()), DemoData.date(member.since(), today), null, runBy, clock));
        }
        for (DemoData.Departure departure : template.departures()) {
            demoSteps.add(() -> network.recordDeparture(OrganisationId.of(departure.organisation()),
                    DemoData.date(departure.on(), today), departure.reason(), runBy, clock));
        }
        if (template.agreement() != null) {
            DemoData.Agreement agreement = template.agreement();
            demoSteps.add(() -> network.recordAgreement(agreement.jointObjectives(),
                    agreement.serviceLevelAgreements().stream().map(line -> new ServiceLevelAgreement(line.service(),
                            line.providedBy() == null ? null : OrganisationId.of(line.providedBy()), line.fundedBy(),
                            line.terms())).toList(),
                    agreement.withdrawalTerms(), agreement.consultation(), user(agreement.by()), clock));
        }
        for (DemoData.JoinRequest request : template.joinRequests()) {
            demoSteps.add(() -> network.requestToJoin(OrganisationId.of(request.organisation()),
                    MembershipRole.valueOf(request.role()), request.message(), user(request.by()), clock));
        }
        for (Runnable step : demoSteps) {
            if (network.newEvents().size() >= events) {
                return network;
            }
            step.run();
        }
        OrganisationId newcomer = null;
        String requestId = null;
        for (int step = 0; network.newEvents().size() < events; step++) {
            switch (step % 4) {
                case 0 -> {
                    newcomer = OrganisationId.random();
                    requestId = network.requestToJoin(newcomer, MembershipRole.MEMBER, "We would like to join the "
                            + "network and take part in its shared work.", runBy, clock);
                }
                case 1 -> network.admit(newcomer, MembershipRole.MEMBER, today, requestId, runBy, clock);
                case 2 -> network.updateProfile(edited(network.profile(), step), runBy, clock);
                default -> network.longestStandingMember().ifPresentOrElse(
                        leaving -> network.recordDeparture(leaving, today, "Left to concentrate on its own "
                                + "improvement plan.", runBy, clock),
                        () -> network.updateProfile(edited(network.profile(), 0), runBy, clock));
            }
        }
        return network;
    }

    private NetworkProfile profile(DemoData.NetworkDetails details, int index) {
        Set<NetworkFocus> focus = details.focus().stream().map(NetworkFocus::valueOf).collect(Collectors.toSet());
        return new NetworkProfile(details.name() + " " + (index + 1), NetworkType.valueOf(details.type()),
                NetworkBasis.valueOf(details.basis()), focus, ContinuumForm.valueOf(details.continuumForm()),
                GovernanceModel.valueOf(details.governanceModel()), details.objectives(),
                DemoData.date(details.endsOn(), today), null);
    }

    private static NetworkProfile edited(NetworkProfile profile, int step) {
        return new NetworkProfile(profile.name(), profile.type(), profile.basis(), profile.focus(),
                profile.continuumForm(), profile.governanceModel(), profile.objectives()
                .replaceFirst(" \\(reviewed \\d+\\)$", "") + " (reviewed " + step + ")", profile.endsOn(),
                profile.parentNetworkId());
    }

    /** A demo user's id as Keycloak makes them (a UUID), the same for the same user throughout the backlog. */
    private UserId user(String demoUser) {
        return users.computeIfAbsent(demoUser, name -> UserId.of(UUID.randomUUID().toString()));
    }
}
