package org.jigai.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.alg.matching.MaximumWeightBipartiteMatching;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * Makes the one-to-one meeting schedule of a matchmaking event: enterprises meet providers in slots at tables. Pure
 * (no database, no clock); the event module builds the {@link Problem} from registrations and preferences.
 * <p>
 * Hard rules, held by every schedule it returns ({@link #violations} names any broken one): a participant has at most
 * one meeting per slot and only in slots it is available in; a pair meets at most once; at most {@code tables}
 * meetings per slot, each at its own table; nobody has more meetings than its limit; only pairs of the problem meet
 * (excluded pairs are left out of it); pinned meetings stay where they are.
 * <p>
 * Method: the pinned meetings first; then slot by slot a maximum-weight bipartite matching (JGraphT's
 * {@link MaximumWeightBipartiteMatching}) of the enterprises and providers still free in the slot over the pairs not
 * yet scheduled, keeping the heaviest meetings up to the free tables; then an improvement pass that places each pair
 * left out, heaviest first, into a slot where both sides and a table are free, or makes room by moving the one meeting
 * in the way to another slot, or takes the place of a lighter meeting of one of its sides (the displaced pair is placed
 * elsewhere when it can be). The same pass also runs from the greedy baseline, and the heavier schedule wins.
 */
public final class MeetingScheduler {

    public enum Side { ENTERPRISE, PROVIDER }

    /** A registrant: its available slots (0-based) and meeting limit. Ids are unique across both sides. */
    public record Participant(int id, Side side, Set<Integer> slots, int maxMeetings) {}

    /** A pair that may meet, with its weight (> 0). */
    public record Pair(int enterprise, int provider, double weight) {}

    /** A meeting: the pair, the slot (0-based) and the table (1-based). */
    public record Meeting(int enterprise, int provider, int slot, int table) {}

    public record Problem(int slots, int tables, List<Participant> participants, List<Pair> pairs,
            List<Meeting> pinned) {}

    private MeetingScheduler() {}

    /**
     * The engine's schedule: pinned meetings kept, slot-by-slot matching, then the improvement pass; the same pass is
     * also run from the greedy start, and the heavier of the two schedules is returned, so the engine never does worse
     * than the baseline.
     */
    public static List<Meeting> solve(Problem problem) {
        var matched = new State(problem);
        for (Meeting m : problem.pinned()) {
            matched.place(m.enterprise(), m.provider(), m.slot(), m.table());
        }
        for (int slot = 0; slot < problem.slots(); slot++) {
            matchSlot(matched, slot);
        }
        improve(matched);
        var fromGreedy = new State(problem);
        for (Meeting m : greedy(problem)) {
            fromGreedy.place(m.enterprise(), m.provider(), m.slot(), m.table());
        }
        improve(fromGreedy);
        var a = matched.meetings();
        var b = fromGreedy.meetings();
        return totalWeight(problem, a) >= totalWeight(problem, b) ? a : b;
    }

    /** The baseline: pairs by weight, heaviest first, each in the first slot where both sides and a table are free. */
    public static List<Meeting> greedy(Problem problem) {
        var s = new State(problem);
        for (Meeting m : problem.pinned()) {
            s.place(m.enterprise(), m.provider(), m.slot(), m.table());
        }
        var pairs = new ArrayList<>(problem.pairs());
        pairs.sort(Comparator.comparingDouble(Pair::weight).reversed());
        for (Pair p : pairs) {
            for (int slot = 0; slot < problem.slots() && !s.met(p); slot++) {
                if (s.fits(p.enterprise(), p.provider(), slot)) {
                    s.place(p.enterprise(), p.provider(), slot, s.freeTable(slot));
                }
            }
        }
        return s.meetings();
    }

    private static void matchSlot(State s, int slot) {
        int free = s.freeTables(slot);
        if (free == 0) {
            return;
        }
        var graph = new SimpleWeightedGraph<Integer, DefaultWeightedEdge>(DefaultWeightedEdge.class);
        Set<Integer> left = new LinkedHashSet<>();
        Set<Integer> right = new LinkedHashSet<>();
        for (Pair p : s.problem.pairs()) {
            if (!s.fits(p.enterprise(), p.provider(), slot)) {
                continue;
            }
            if (left.add(p.enterprise())) {
                graph.addVertex(p.enterprise());
            }
            if (right.add(p.provider())) {
                graph.addVertex(p.provider());
            }
            var edge = graph.addEdge(p.enterprise(), p.provider());
            // a little more for sides with few slots left to meet in, so that they are not left over at the end
            graph.setEdgeWeight(edge, p.weight() * (1 + 0.1 * s.urgency(p, slot)));
        }
        if (graph.edgeSet().isEmpty()) {
            return;
        }
        var matching = new MaximumWeightBipartiteMatching<>(graph, left, right).getMatching();
        var chosen = new ArrayList<>(matching.getEdges());
        chosen.sort(Comparator.comparingDouble(graph::getEdgeWeight).reversed());
        for (var edge : chosen.subList(0, Math.min(free, chosen.size()))) {
            s.place(graph.getEdgeSource(edge), graph.getEdgeTarget(edge), slot, s.freeTable(slot));
        }
    }

    private static void improve(State s) {
        var pairs = new ArrayList<>(s.problem.pairs());
        pairs.sort(Comparator.comparingDouble(Pair::weight).reversed());
        boolean changed = true;
        for (int round = 0; changed && round < 5; round++) {
            changed = false;
            for (Pair p : pairs) {
                if (s.met(p)) {
                    continue;
                }
                changed |= insert(s, p) || relocate(s, p) || replace(s, p);
            }
        }
    }

    /** Into any slot where both sides and a table are free. */
    private static boolean insert(State s, Pair p) {
        for (int slot = 0; slot < s.problem.slots(); slot++) {
            if (s.fits(p.enterprise(), p.provider(), slot)) {
                s.place(p.enterprise(), p.provider(), slot, s.freeTable(slot));
                return true;
            }
        }
        return false;
    }

    /**
     * Makes room: in a slot where both sides are available, the one unpinned meeting in the way (of either side, or
     * any meeting of the slot when its tables are full) moves to another slot where its own sides and a table are
     * free; then the pair takes the slot. Nothing changes when that does not work out.
     */
    private static boolean relocate(State s, Pair p) {
        if (s.count(p.enterprise()) >= s.limit(p.enterprise()) || s.count(p.provider()) >= s.limit(p.provider())) {
            return false;
        }
        for (int slot = 0; slot < s.problem.slots(); slot++) {
            if (!s.available(p.enterprise(), slot) || !s.available(p.provider(), slot)) {
                continue;
            }
            List<Meeting> inTheWay = new ArrayList<>();
            for (Meeting m : s.in(slot)) {
                if (m.enterprise() == p.enterprise() || m.provider() == p.provider()) {
                    inTheWay.add(m);
                }
            }
            if (inTheWay.isEmpty() && s.freeTables(slot) == 0) {
                inTheWay.addAll(s.in(slot)); // any one of them, moved away, frees a table
                inTheWay = inTheWay.isEmpty() ? inTheWay : new ArrayList<>(inTheWay.subList(0, 1));
            }
            if (inTheWay.size() != 1 || s.pinned.contains(inTheWay.getFirst())) {
                continue;
            }
            Meeting blocker = inTheWay.getFirst();
            for (int other = 0; other < s.problem.slots(); other++) {
                if (other == slot) {
                    continue;
                }
                s.remove(blocker);
                if (s.fits(blocker.enterprise(), blocker.provider(), other)
                        && s.fits(p.enterprise(), p.provider(), slot)) {
                    s.place(blocker.enterprise(), blocker.provider(), other, s.freeTable(other));
                    s.place(p.enterprise(), p.provider(), slot, s.freeTable(slot));
                    return true;
                }
                s.place(blocker.enterprise(), blocker.provider(), blocker.slot(), blocker.table());
            }
        }
        return false;
    }

    /**
     * In place of a lighter, unpinned meeting of one of its sides in a slot where the other side is free (and, when
     * the lighter meeting was what kept a side at its limit, that meeting makes room); the displaced pair goes
     * elsewhere if it can.
     */
    private static boolean replace(State s, Pair p) {
        for (int slot = 0; slot < s.problem.slots(); slot++) {
            if (!s.available(p.enterprise(), slot) || !s.available(p.provider(), slot)) {
                continue;
            }
            for (Meeting m : s.in(slot)) {
                if (s.pinned.contains(m)) {
                    continue;
                }
                boolean sameEnterprise = m.enterprise() == p.enterprise();
                boolean sameProvider = m.provider() == p.provider();
                if (sameEnterprise == sameProvider) {
                    continue; // neither side, or the pair itself
                }
                int other = sameEnterprise ? p.provider() : p.enterprise();
                if (s.busy(other, slot) || s.count(other) >= s.limit(other)) {
                    continue;
                }
                double lighter = s.weight(m.enterprise(), m.provider());
                if (lighter >= p.weight()) {
                    continue;
                }
                s.remove(m);
                s.place(p.enterprise(), p.provider(), slot, m.table());
                var displaced = s.pair(m.enterprise(), m.provider());
                if (displaced != null) {
                    insert(s, displaced);
                }
                return true;
            }
        }
        return false;
    }

    /** The hard rules a schedule breaks, in words (empty when it holds them all); for tests and the benchmark. */
    public static List<String> violations(Problem problem, List<Meeting> meetings) {
        var out = new ArrayList<String>();
        Map<Integer, Participant> byId = new HashMap<>();
        problem.participants().forEach(x -> byId.put(x.id(), x));
        Map<Long, Pair> pairs = new HashMap<>();
        problem.pairs().forEach(p -> pairs.put(key(p.enterprise(), p.provider()), p));
        Set<String> busy = new HashSet<>();
        Set<Long> met = new HashSet<>();
        Set<String> tables = new HashSet<>();
        Map<Integer, Integer> counts = new HashMap<>();
        Map<Integer, Integer> perSlot = new HashMap<>();
        for (Meeting m : meetings) {
            var e = byId.get(m.enterprise());
            var p = byId.get(m.provider());
            if (e == null || p == null || e.side() != Side.ENTERPRISE || p.side() != Side.PROVIDER) {
                out.add("not an enterprise and a provider: " + m);
                continue;
            }
            if (!pairs.containsKey(key(m.enterprise(), m.provider()))) {
                out.add("a pair that may not meet: " + m);
            }
            if (!met.add(key(m.enterprise(), m.provider()))) {
                out.add("a pair meets twice: " + m);
            }
            for (var x : List.of(e, p)) {
                if (!busy.add(x.id() + "@" + m.slot())) {
                    out.add("two meetings in one slot for " + x.id() + ": " + m);
                }
                if (!x.slots().contains(m.slot())) {
                    out.add("a slot " + x.id() + " is not available in: " + m);
                }
                counts.merge(x.id(), 1, Integer::sum);
            }
            if (m.slot() < 0 || m.slot() >= problem.slots()) {
                out.add("no such slot: " + m);
            }
            if (m.table() < 1 || m.table() > problem.tables() || !tables.add(m.slot() + "#" + m.table())) {
                out.add("table taken or out of range: " + m);
            }
            perSlot.merge(m.slot(), 1, Integer::sum);
        }
        counts.forEach((id, n) -> {
            if (n > byId.get(id).maxMeetings()) {
                out.add(id + " has " + n + " meetings, more than its limit " + byId.get(id).maxMeetings());
            }
        });
        perSlot.forEach((slot, n) -> {
            if (n > problem.tables()) {
                out.add("slot " + slot + " has " + n + " meetings for " + problem.tables() + " tables");
            }
        });
        for (Meeting pin : problem.pinned()) {
            if (!meetings.contains(pin)) {
                out.add("a pinned meeting moved: " + pin);
            }
        }
        return out;
    }

    /** The sum of the weights of the meetings. */
    public static double totalWeight(Problem problem, List<Meeting> meetings) {
        Map<Long, Double> weights = new HashMap<>();
        problem.pairs().forEach(p -> weights.put(key(p.enterprise(), p.provider()), p.weight()));
        return meetings.stream().mapToDouble(m -> weights.getOrDefault(key(m.enterprise(), m.provider()), 0.0)).sum();
    }

    static long key(int enterprise, int provider) {
        return ((long) enterprise << 32) | (provider & 0xffffffffL);
    }

    /** The schedule being built, with the indexes that keep each check constant-time. */
    private static final class State {
        final Problem problem;
        final Map<Integer, Participant> participants = new HashMap<>();
        final Map<Long, Pair> pairs = new HashMap<>();
        final Map<Long, Meeting> byPair = new HashMap<>();
        final Set<Meeting> pinned;
        final Map<Integer, Integer> counts = new HashMap<>();
        final Set<Long> busy = new HashSet<>();
        final List<Map<Integer, Meeting>> tables = new ArrayList<>();

        State(Problem problem) {
            this.problem = problem;
            problem.participants().forEach(x -> participants.put(x.id(), x));
            problem.pairs().forEach(p -> pairs.put(key(p.enterprise(), p.provider()), p));
            pinned = new HashSet<>(problem.pinned());
            for (int i = 0; i < problem.slots(); i++) {
                tables.add(new HashMap<>());
            }
        }

        boolean available(int id, int slot) {
            var x = participants.get(id);
            return x != null && x.slots().contains(slot);
        }

        boolean busy(int id, int slot) {
            return busy.contains(((long) id << 8) | slot);
        }

        int count(int id) {
            return counts.getOrDefault(id, 0);
        }

        int limit(int id) {
            return participants.get(id).maxMeetings();
        }

        boolean met(Pair p) {
            return byPair.containsKey(key(p.enterprise(), p.provider()));
        }

        Pair pair(int enterprise, int provider) {
            return pairs.get(key(enterprise, provider));
        }

        double weight(int enterprise, int provider) {
            var p = pair(enterprise, provider);
            return p == null ? 0 : p.weight();
        }

        boolean fits(int enterprise, int provider, int slot) {
            return !byPair.containsKey(key(enterprise, provider)) && freeTables(slot) > 0
                    && available(enterprise, slot) && available(provider, slot) && !busy(enterprise, slot)
                    && !busy(provider, slot) && count(enterprise) < limit(enterprise)
                    && count(provider) < limit(provider);
        }

        /** How short of chances the pair's sides are: 1 when one of them has no other slot left after this one. */
        double urgency(Pair p, int slot) {
            double e = left(p.enterprise(), slot);
            double v = left(p.provider(), slot);
            return 1 / Math.max(1, Math.min(e, v));
        }

        private int left(int id, int slot) {
            int n = 0;
            for (int s : participants.get(id).slots()) {
                n += s > slot ? 1 : 0;
            }
            return n;
        }

        int freeTables(int slot) {
            return problem.tables() - tables.get(slot).size();
        }

        int freeTable(int slot) {
            for (int t = 1; t <= problem.tables(); t++) {
                if (!tables.get(slot).containsKey(t)) {
                    return t;
                }
            }
            throw new IllegalStateException("no free table in slot " + slot);
        }

        List<Meeting> in(int slot) {
            return new ArrayList<>(tables.get(slot).values());
        }

        void place(int enterprise, int provider, int slot, int table) {
            var m = new Meeting(enterprise, provider, slot, table);
            byPair.put(key(enterprise, provider), m);
            busy.add(((long) enterprise << 8) | slot);
            busy.add(((long) provider << 8) | slot);
            counts.merge(enterprise, 1, Integer::sum);
            counts.merge(provider, 1, Integer::sum);
            tables.get(slot).put(table, m);
        }

        void remove(Meeting m) {
            byPair.remove(key(m.enterprise(), m.provider()));
            busy.remove(((long) m.enterprise() << 8) | m.slot());
            busy.remove(((long) m.provider() << 8) | m.slot());
            counts.merge(m.enterprise(), -1, Integer::sum);
            counts.merge(m.provider(), -1, Integer::sum);
            tables.get(m.slot()).remove(m.table());
        }

        List<Meeting> meetings() {
            var all = new ArrayList<>(byPair.values());
            all.sort(Comparator.comparingInt(Meeting::slot).thenComparingInt(Meeting::table));
            return all;
        }
    }
}
