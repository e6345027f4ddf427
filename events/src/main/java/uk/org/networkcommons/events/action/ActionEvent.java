package uk.org.networkcommons.events.action;

import java.util.Set;
import uk.org.networkcommons.events.ActionId;
import uk.org.networkcommons.events.LaCode;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.events.OrganisationId;

/**
 * An event of one action. Every event carries the network, the LA, the owner organisation and the parties as of the
 * change, so a consumer can route and filter (and decide who may see it) without calling back.
 */
public sealed interface ActionEvent permits ActionRaised, ActionAgreed, ActionAssigned, ActionProgressed, ActionBlocked,
        ActionCompleted, ActionCancelled, ActionOverdue, ActionStalled, ActionCommented {

    ActionId actionId();

    NetworkId networkId();

    LaCode laCode();

    OrganisationId ownerOrganisationId();

    Set<OrganisationId> partyOrganisationIds();
}
