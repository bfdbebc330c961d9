package org.jigai.engagement;

import jakarta.persistence.Embeddable;
import java.time.LocalDate;

@Embeddable
class ProposalMilestone {

    private int position;
    private String name;
    private String deliverable;
    private LocalDate dueDate;
    private int sharePercent;

    protected ProposalMilestone() {}

    ProposalMilestone(int position, PlannedMilestone m) {
        this.position = position;
        this.name = m.name().strip();
        this.deliverable = m.deliverable().strip();
        this.dueDate = m.dueDate();
        this.sharePercent = m.sharePercent();
    }

    int getPosition() { return position; }

    PlannedMilestone planned() {
        return new PlannedMilestone(name, deliverable, dueDate, sharePercent);
    }
}
