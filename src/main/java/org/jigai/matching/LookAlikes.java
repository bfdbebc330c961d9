package org.jigai.matching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Near-identical records of one organisation in a ranked list (the same offer posted several times, a need copied
 * for each workshop) become one row with "and N similar": a top ten should show ten choices. Two records are
 * near-identical when they belong to the same organisation and their titles share {@link #TITLE} and their texts
 * {@link #TEXT} of their character bigrams (Jaccard).
 */
final class LookAlikes {

    static final double TITLE = 0.7;
    static final double TEXT = 0.6;

    /** A kept row and how many near-identical rows below it were folded into it. */
    record Row<T>(T item, int similar) {}

    private LookAlikes() {}

    /**
     * Folds near-identical items into the best-ranked of them and keeps at most {@code perOrganization} rows of one
     * organisation (0: no cap), in rank order, at most {@code limit} rows.
     */
    static <T> List<Row<T>> fold(List<T> ranked, Function<T, Long> organization, Function<T, String> title,
            Function<T, String> text, int perOrganization, int limit) {
        List<T> kept = new ArrayList<>();
        List<Integer> similar = new ArrayList<>();
        List<Set<String>> keptTitles = new ArrayList<>();
        List<Set<String>> keptTexts = new ArrayList<>();
        java.util.Map<Long, Integer> perOrg = new java.util.HashMap<>();
        for (T item : ranked) {
            Set<String> t = bigrams(title.apply(item));
            Set<String> x = bigrams(text.apply(item));
            int same = -1;
            for (int i = 0; i < kept.size() && same < 0; i++) {
                if (organization.apply(kept.get(i)).equals(organization.apply(item))
                        && jaccard(keptTitles.get(i), t) >= TITLE && jaccard(keptTexts.get(i), x) >= TEXT) {
                    same = i;
                }
            }
            if (same >= 0) {
                similar.set(same, similar.get(same) + 1);
                continue;
            }
            long org = organization.apply(item);
            if (perOrganization > 0 && perOrg.getOrDefault(org, 0) >= perOrganization) {
                continue;
            }
            if (kept.size() >= limit) {
                continue; // still looked at: a look-alike of a kept row below the limit adds to its count
            }
            perOrg.merge(org, 1, Integer::sum);
            kept.add(item);
            similar.add(0);
            keptTitles.add(t);
            keptTexts.add(x);
        }
        List<Row<T>> rows = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            rows.add(new Row<>(kept.get(i), similar.get(i)));
        }
        return rows;
    }

    static Set<String> bigrams(String text) {
        String plain = text.replaceAll("[\\s\\p{Punct}，。、；：！？（）“”《》]+", "");
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + 2 <= plain.length(); i++) {
            grams.add(plain.substring(i, i + 2));
        }
        if (grams.isEmpty() && !plain.isEmpty()) {
            grams.add(plain);
        }
        return grams;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return both.size() / (double) union.size();
    }
}
