package org.jigai.engagement;

import java.math.BigDecimal;
import java.util.List;

/** What a provider offers: approach, scope, price in 万元, duration in days and the milestones. */
public record ProposalForm(String approach, String scope, BigDecimal priceWan, int durationDays,
        List<PlannedMilestone> milestones) {}
