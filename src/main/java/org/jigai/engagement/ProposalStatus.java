package org.jigai.engagement;

/** SUBMITTED is the provider's current offer; a revision makes the one before SUPERSEDED. */
public enum ProposalStatus {
    SUBMITTED, SUPERSEDED, WITHDRAWN, DECLINED, ACCEPTED;

    public String labelKey() {
        return "proposal.status." + name();
    }
}
