package org.jigai.event;

import java.util.Set;

/**
 * What a registrant brings and when it is free: its needs (enterprise) or published solutions (provider), 1 to
 * {@link #ITEMS_MAX}; the slots (0-based) it is free in; and how many meetings it wants at most.
 */
public record RegistrationForm(Set<Long> items, Set<Integer> slots, int maxMeetings) {

    public static final int ITEMS_MAX = 5;
}
