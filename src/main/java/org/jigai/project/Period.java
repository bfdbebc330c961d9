package org.jigai.project;

import java.time.LocalDate;

/** One reporting period of a project (a month, a quarter, or the shorter part of one where the cadence changed). */
public record Period(LocalDate start, LocalDate end, LocalDate due, Cadence cadence) {}
