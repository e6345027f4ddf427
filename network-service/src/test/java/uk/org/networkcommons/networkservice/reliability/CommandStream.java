package uk.org.networkcommons.networkservice.reliability;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import uk.org.networkcommons.events.LaCode;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.events.UserId;
import uk.org.networkcommons.events.network.ContinuumForm;
import uk.org.networkcommons.events.network.GovernanceModel;
import uk.org.networkcommons.events.network.LeadershipRole;
import uk.org.networkcommons.events.network.MembershipRole;
import uk.org.networkcommons.events.network.NetworkBasis;
import uk.org.networkcommons.events.network.NetworkFocus;
import uk.org.networkcommons.events.network.NetworkProfile;
import uk.org.networkcommons.events.network.NetworkType;
import uk.org.networkcommons.networkservice.leadership.Leadership;
import uk.org.networkcommons.networkservice.membership.MembershipService;
import uk.org.networkcommons.networkservice.network.Network;
import uk.org.networkcommons.networkservice.network.Networks;
import uk.org.networkcommons.platform.security.Viewer;

/**
 * A stream of commands through network-service's own application services (no HTTP, to keep ten thousand of them
 * fast), as an officer of the LA would give them: each network is formed, then organisations are admitted and
 * recorded as leaving at random, and co-ordinators appointed now and then. Membership dates move forward one day per
 * command from 2000-01-01, so every command is valid and none is refused. Several workers run at once, each with its
 * own networks, so that no command is lost to a concurrent update: every command that returns is acknowledged, and
 * its event must be delivered.
 */
final class CommandStream {

    private static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);

    private final Networks networks;
    private final MembershipService membership;
    private final Leadership leadership;
    private final Viewer officer;
    private final LaCode laCode;
    private final List<OrganisationId> organisations;
    private final AtomicInteger acknowledged = new AtomicInteger();
    private final Map<String, Long> lastVersions = new ConcurrentHashMap<>();
    private final List<NetworkState> states = new ArrayList<>();

    CommandStream(Networks networks, MembershipService membership, Leadership leadership, String laCode,
            List<String> organisationIds, int networkCount) {
        this.networks = networks;
        this.membership = membership;
        this.leadership = leadership;
        this.laCode = LaCode.of(laCode);
        this.officer = new Viewer(UserId.of("officer-fault-stream-" + laCode), "Fault stream officer",
                OrganisationId.of("la-" + laCode), this.laCode, Set.of(Viewer.Role.LA_OFFICER));
        this.organisations = organisationIds.stream().map(OrganisationId::of).toList();
        for (int n = 0; n < networkCount; n++) {
            states.add(new NetworkState(new Random(n)));
        }
    }

    /**
     * Runs {@code commands} more commands, round the networks, on {@code workers} threads and returns when all have
     * returned. The first command on each network forms it.
     */
    void run(int commands, int workers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        AtomicInteger issued = new AtomicInteger();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int worker = 0; worker < workers; worker++) {
                int first = worker;
                running.add(pool.submit(() -> {
                    List<NetworkState> own = new ArrayList<>();
                    for (int n = first; n < states.size(); n += workers) {
                        own.add(states.get(n));
                    }
                    for (int next = 0; issued.incrementAndGet() <= commands; next = (next + 1) % own.size()) {
                        command(own.get(next));
                    }
                    return null;
                }));
            }
            for (Future<?> worker : running) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Commands that have returned: each one's change and event are stored. */
    int acknowledged() {
        return acknowledged.get();
    }

    /** The aggregate version of the last acknowledged event of each network: events 1..n must reach the topic. */
    Map<String, Long> lastVersions() {
        return Map.copyOf(lastVersions);
    }

    private void command(NetworkState state) {
        Network network;
        if (state.id == null) {
            network = networks.form(officer, laCode, profile());
            state.id = network.id();
        } else if (state.commands % 10 == 9) {
            network = leadership.appoint(officer, state.id, UserId.of("coordinator-" + state.commands + "-" + state.id),
                    "Co-ordinator " + state.commands, LeadershipRole.COORDINATOR);
        } else {
            OrganisationId organisation = organisations.get(state.random.nextInt(organisations.size()));
            LocalDate day = FIRST_DAY.plusDays(state.commands);
            if (state.members.remove(organisation)) {
                network = membership.recordDeparture(officer, state.id, null, organisation, day, "Fault stream");
            } else {
                network = membership.admit(officer, state.id, null, organisation, MembershipRole.MEMBER, day);
                state.members.add(organisation);
            }
        }
        state.commands++;
        lastVersions.put(network.aggregateId(), network.eventSequence());
        acknowledged.incrementAndGet();
    }

    private static NetworkProfile profile() {
        return new NetworkProfile("Fault stream network", NetworkType.CLUSTER, NetworkBasis.GEOGRAPHIC,
                Set.of(NetworkFocus.SCHOOL_IMPROVEMENT), ContinuumForm.LOOSE_COLLABORATION, GovernanceModel.ALLIANCE,
                "Keep publishing through a broker restart", null, null);
    }

    private static final class NetworkState {
        private final Random random;
        private final Set<OrganisationId> members = new HashSet<>();
        private NetworkId id;
        private int commands;

        private NetworkState(Random random) {
            this.random = random;
        }
    }
}
