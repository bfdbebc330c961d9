package org.jigai.selection;

import jakarta.persistence.Embeddable;

/** One criterion of a call: its name and its weight (the weights of a call add up to 100). */
@Embeddable
public record Criterion(String name, int weight) {

    public static final int NAME_MAX = 40;
}
