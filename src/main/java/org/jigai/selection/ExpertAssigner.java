package org.jigai.selection;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;

/**
 * The platform's proposal of which experts review which nominations: every nomination gets {@code perCase} experts
 * counting those it keeps, no blocked pair is used (a conflict, a pair the bureau removed, an expert who abstained),
 * and the load is spread as evenly as possible. Solved exactly as a minimum-cost flow (JGraphT's capacity scaling):
 * source → nomination (what it still needs) → expert → the expert's k-th further review (cost rising with the
 * expert's load, so the cheapest flow is the most even one) → sink; an expensive direct source → sink arc takes what
 * no allowed expert can, so the proposal exists even then and reports each nomination's shortfall.
 */
final class ExpertAssigner {

    /** A pair the proposal would not make. */
    record Pair(long nominationId, long expertId) {}

    /**
     * @param kept     pairs that stay and count (pinned or already scored), per nomination
     * @param blocked  pairs that must not be made
     */
    record Problem(List<Long> nominations, List<Long> experts, int perCase, Set<Pair> kept, Set<Pair> blocked) {}

    /** The new pairs, and per nomination how many experts it still lacks (only those lacking any). */
    record Proposal(List<Pair> added, Map<Long, Integer> shortfall) {}

    private static final double SHORTAGE_COST = 1_000_000;

    private ExpertAssigner() {}

    static Proposal propose(Problem p) {
        // first with each expert's further reviews capped a little above the even share (a much smaller network);
        // the most even assignment never needs more, so the cap only binds when conflicts leave places unfilled —
        // then again without it, which is exact
        var capped = propose(p, true);
        return capped.shortfall().isEmpty() ? capped : propose(p, false);
    }

    private static Proposal propose(Problem p, boolean capped) {
        Map<Long, Integer> load = new HashMap<>();
        Map<Long, Integer> has = new HashMap<>();
        for (Pair k : p.kept()) {
            load.merge(k.expertId(), 1, Integer::sum);
            has.merge(k.nominationId(), 1, Integer::sum);
        }
        Graph<String, DefaultWeightedEdge> g = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        String source = "s";
        String sink = "t";
        g.addVertex(source);
        g.addVertex(sink);
        Map<String, Integer> supply = new HashMap<>();
        Map<DefaultWeightedEdge, Integer> capacity = new HashMap<>();
        Map<DefaultWeightedEdge, Pair> pairOf = new LinkedHashMap<>();
        int total = 0;
        Map<Long, Integer> wanted = new LinkedHashMap<>();
        for (long n : p.nominations()) {
            int want = Math.max(0, p.perCase() - has.getOrDefault(n, 0));
            if (want == 0) {
                continue;
            }
            wanted.put(n, want);
            total += want;
            String node = "n" + n;
            g.addVertex(node);
            capacity.put(edge(g, source, node, 0), want);
            for (long e : p.experts()) {
                var pair = new Pair(n, e);
                if (p.blocked().contains(pair) || p.kept().contains(pair)) {
                    continue;
                }
                String expert = "e" + e;
                g.addVertex(expert);
                var arc = edge(g, node, expert, 0);
                capacity.put(arc, 1);
                pairOf.put(arc, pair);
            }
        }
        if (total == 0) {
            return new Proposal(List.of(), Map.of());
        }
        int kept = p.kept().size();
        int cap = 2 * (int) Math.ceil((total + kept) / (double) Math.max(1, p.experts().size())) + 3;
        for (long e : p.experts()) {
            String expert = "e" + e;
            if (!g.containsVertex(expert)) {
                continue;
            }
            int base = load.getOrDefault(e, 0);
            int slots = g.incomingEdgesOf(expert).size();
            if (capped) {
                slots = Math.min(slots, Math.max(0, cap - base));
            }
            for (int j = 1; j <= slots; j++) {
                String slot = expert + "#" + j;
                g.addVertex(slot);
                // the j-th further review costs the expert's load after it, squared: convex, so loads even out
                capacity.put(edge(g, expert, slot, Math.pow(base + j, 2)), 1);
                capacity.put(edge(g, slot, sink, 0), 1);
            }
        }
        capacity.put(edge(g, source, sink, SHORTAGE_COST), total);
        supply.put(source, total);
        supply.put(sink, -total);
        var problem = new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(g,
                v -> supply.getOrDefault(v, 0), capacity::get);
        var flow = new CapacityScalingMinimumCostFlow<String, DefaultWeightedEdge>().getMinimumCostFlow(problem);
        List<Pair> added = new ArrayList<>();
        Map<Long, Integer> got = new HashMap<>();
        pairOf.forEach((arc, pair) -> {
            if (flow.getFlow(arc) > 0.5) {
                added.add(pair);
                got.merge(pair.nominationId(), 1, Integer::sum);
            }
        });
        Map<Long, Integer> shortfall = new LinkedHashMap<>();
        wanted.forEach((n, want) -> {
            int missing = want - got.getOrDefault(n, 0);
            if (missing > 0) {
                shortfall.put(n, missing);
            }
        });
        return new Proposal(added, shortfall);
    }

    private static DefaultWeightedEdge edge(Graph<String, DefaultWeightedEdge> g, String from, String to,
            double cost) {
        var e = g.addEdge(from, to);
        g.setEdgeWeight(e, cost);
        return e;
    }

    /** How many reviews each expert has in these pairs. */
    static Map<Long, Integer> loads(Collection<Pair> pairs) {
        Map<Long, Integer> out = new HashMap<>();
        pairs.forEach(pr -> out.merge(pr.expertId(), 1, Integer::sum));
        return out;
    }
}
