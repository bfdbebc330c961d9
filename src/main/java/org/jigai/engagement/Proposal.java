package org.jigai.engagement;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jigai.base.InvalidInputException;
import org.jspecify.annotations.Nullable;

/** One version (第 N 版) of a provider's proposal; never changed once submitted except for its status. */
@Entity
@Table(name = "proposal")
class Proposal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long engagementId;
    private int number;
    private String approach;
    private String scope;
    private BigDecimal priceWan;
    private int durationDays;
    private @Nullable Long fileId;
    @Enumerated(EnumType.STRING)
    private ProposalStatus status;
    private @Nullable String declineReason;
    private Instant submittedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "proposal_milestone", joinColumns = @JoinColumn(name = "proposal_id"))
    @OrderBy("position")
    private List<ProposalMilestone> milestones = new ArrayList<>();

    protected Proposal() {}

    Proposal(long engagementId, int number, ProposalForm form, @Nullable Long fileId, Instant now) {
        this.engagementId = engagementId;
        this.number = number;
        this.approach = form.approach().strip();
        this.scope = form.scope().strip();
        this.priceWan = form.priceWan();
        this.durationDays = form.durationDays();
        this.fileId = fileId;
        this.status = ProposalStatus.SUBMITTED;
        this.submittedAt = now;
        for (int i = 0; i < form.milestones().size(); i++) {
            milestones.add(new ProposalMilestone(i + 1, form.milestones().get(i)));
        }
    }

    void decide(ProposalStatus to, @Nullable String reason) {
        if (status != ProposalStatus.SUBMITTED) {
            throw InvalidInputException.of("proposal", "proposal.error.notCurrent");
        }
        status = to;
        declineReason = reason;
    }

    Long getId() { return id; }
    long getEngagementId() { return engagementId; }
    int getNumber() { return number; }
    String getApproach() { return approach; }
    String getScope() { return scope; }
    BigDecimal getPriceWan() { return priceWan; }
    int getDurationDays() { return durationDays; }
    @Nullable Long getFileId() { return fileId; }
    ProposalStatus getStatus() { return status; }
    @Nullable String getDeclineReason() { return declineReason; }
    Instant getSubmittedAt() { return submittedAt; }

    List<PlannedMilestone> getMilestones() {
        return milestones.stream().sorted(Comparator.comparingInt(ProposalMilestone::getPosition))
                .map(ProposalMilestone::planned).toList();
    }
}
