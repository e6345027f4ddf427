package uk.org.networkcommons.networkservice.agreement;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.events.network.ServiceLevelAgreement;
import uk.org.networkcommons.networkservice.network.AgreementVersion;
import uk.org.networkcommons.networkservice.network.NetworkPolicy.Action;
import uk.org.networkcommons.networkservice.network.Networks;
import uk.org.networkcommons.platform.problem.NotFoundException;
import uk.org.networkcommons.platform.security.Viewer;

/**
 * The partnership agreement every network should settle before working together: clear joint objectives, who does
 * what and who pays, and what happens if a partner wishes to withdraw. Readable by all who see the network; recorded
 * by its co-ordinators and LA officers.
 */
@Service
public class Agreements {

    private final Networks networks;
    private final Clock clock;

    public Agreements(Networks networks, Clock clock) {
        this.networks = networks;
        this.clock = clock;
    }

    public AgreementVersion current(Viewer viewer, NetworkId networkId) {
        return networks.get(viewer, networkId).currentAgreement()
                .orElseThrow(() -> new NotFoundException("partnership agreement for network", networkId));
    }

    public List<AgreementVersion> versions(Viewer viewer, NetworkId networkId) {
        return networks.get(viewer, networkId).agreements();
    }

    public AgreementVersion version(Viewer viewer, NetworkId networkId, int version) {
        return versions(viewer, networkId).stream().filter(v -> v.version() == version).findAny()
                .orElseThrow(() -> new NotFoundException("partnership agreement version", version));
    }

    public AgreementVersion record(Viewer viewer, NetworkId networkId, AgreementDraft draft) {
        return networks.change(viewer, networkId, null, Action.MANAGE,
                network -> network.recordAgreement(draft.basedOnVersion(), draft.jointObjectives(),
                        draft.serviceLevelAgreements(), draft.withdrawalTerms(), draft.consultation(), viewer.userId(),
                        clock));
    }

    /** What an author submits: the text of the new version and the version it was edited from. */
    public record AgreementDraft(int basedOnVersion, String jointObjectives,
            List<ServiceLevelAgreement> serviceLevelAgreements, String withdrawalTerms, String consultation) {
    }
}
