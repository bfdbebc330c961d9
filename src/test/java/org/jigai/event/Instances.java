package org.jigai.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Random scheduling problems shaped like real events: a third enterprises, two thirds providers (or the other way
 * round), each free in most slots, wanting a few meetings, each enterprise wishing to meet some providers (must / may)
 * and fitting others by score, some pairs excluded.
 */
final class Instances {

    private Instances() {}

    static MeetingScheduler.Problem random(long seed, int registrants, int slots, int tables) {
        var rnd = new Random(seed);
        int enterprises = Math.max(1, registrants * 2 / 5);
        var participants = new ArrayList<MeetingScheduler.Participant>();
        for (int i = 1; i <= registrants; i++) {
            Set<Integer> free = new HashSet<>();
            for (int s = 0; s < slots; s++) {
                if (rnd.nextDouble() < 0.8) {
                    free.add(s);
                }
            }
            if (free.isEmpty()) {
                free.add(rnd.nextInt(slots));
            }
            participants.add(new MeetingScheduler.Participant(i, i <= enterprises ? MeetingScheduler.Side.ENTERPRISE
                    : MeetingScheduler.Side.PROVIDER, free, 2 + rnd.nextInt(Math.max(1, slots - 2))));
        }
        var pairs = new ArrayList<MeetingScheduler.Pair>();
        for (int e = 1; e <= enterprises; e++) {
            for (int p = enterprises + 1; p <= registrants; p++) {
                double r = rnd.nextDouble();
                if (r < 0.03) {
                    pairs.add(new MeetingScheduler.Pair(e, p, 1 + 2 * 3 + rnd.nextDouble() * 2)); // must meet
                } else if (r < 0.08) {
                    pairs.add(new MeetingScheduler.Pair(e, p, 1 + 2 + rnd.nextDouble() * 2)); // may meet
                } else if (r < 0.25) {
                    pairs.add(new MeetingScheduler.Pair(e, p, 1 + rnd.nextDouble() * 2)); // fits by score only
                }
                // otherwise: no wish and no fit, or excluded (不见) — not a pair
            }
        }
        return new MeetingScheduler.Problem(slots, tables, participants, pairs, List.of());
    }
}
