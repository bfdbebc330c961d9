package org.jigai.engagement;

import java.time.LocalDate;

/** A milestone as a proposal plans it: name, deliverable, due date and its share of the price in percent. */
public record PlannedMilestone(String name, String deliverable, LocalDate dueDate, int sharePercent) {}
