package uk.org.networkcommons.gateway.portal.network;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A network as network-service's {@code NetworkView} gives it. */
public record Network(String id, String laCode, String name, String type, String basis, List<String> focus,
        String continuumForm, String governanceModel, String objectives, boolean finite, LocalDate endsOn,
        String parentNetworkId, String status, LocalDate dissolvedOn, Instant formedAt, int memberCount,
        Integer agreementVersion, long version) {

    public Network {
        focus = focus == null ? List.of() : List.copyOf(focus);
    }

    public boolean isActive() {
        return "ACTIVE".equals(status);
    }
}
