package org.jigai.matching;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jigai.base.ServiceCategory;

/**
 * The domain vocabulary the ranking understands: groups of synonyms (智改数转 ≈ 数字化转型 ≈ 数智化) and the cues by
 * which a need's words imply the kind of provider it wants (贷款 → FINANCE). Immutable; a new one replaces it when an
 * admin edits the dictionary. Synonyms are expanded in the query, never in the index, so an edit takes effect at once.
 */
public final class Vocabulary {

    /** A term found in a text and the other members of its group. */
    public record Expansion(String found, List<String> alternatives) {}

    private final List<List<String>> groups;
    /** Lower-cased term → the groups it belongs to (a term may sit in more than one). */
    private final Map<String, List<Integer>> groupsOfTerm = new LinkedHashMap<>();
    private final Map<ServiceCategory, List<String>> cues;

    public Vocabulary(List<List<String>> groups, Map<ServiceCategory, List<String>> cues) {
        this.groups = groups.stream().map(List::copyOf).toList();
        for (int g = 0; g < this.groups.size(); g++) {
            for (String term : this.groups.get(g)) {
                groupsOfTerm.computeIfAbsent(term.toLowerCase(Locale.ROOT), t -> new ArrayList<>()).add(g);
            }
        }
        var copy = new EnumMap<ServiceCategory, List<String>>(ServiceCategory.class);
        cues.forEach((category, words) -> copy.put(category, List.copyOf(words)));
        this.cues = copy;
    }

    public List<List<String>> groups() {
        return groups;
    }

    public int size() {
        return groups.size();
    }

    /**
     * The dictionary terms that occur in the text, longest first and without terms inside a longer found one, each
     * with the other members of its groups.
     */
    public List<Expansion> expand(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> found = new ArrayList<>();
        for (String term : groupsOfTerm.keySet()) {
            if (occurs(lower, term)) {
                found.add(term);
            }
        }
        found.sort((a, b) -> b.length() - a.length());
        List<String> kept = new ArrayList<>();
        for (String term : found) {
            if (kept.stream().noneMatch(longer -> longer.contains(term))) {
                kept.add(term);
            }
        }
        List<Expansion> expansions = new ArrayList<>();
        for (String term : kept) {
            Set<String> alternatives = new LinkedHashSet<>();
            for (int g : groupsOfTerm.get(term)) {
                for (String member : groups.get(g)) {
                    if (!member.equalsIgnoreCase(term) && !occurs(lower, member.toLowerCase(Locale.ROOT))) {
                        alternatives.add(member);
                    }
                }
            }
            expansions.add(new Expansion(originalSpelling(term), List.copyOf(alternatives)));
        }
        return expansions;
    }

    /** The service categories the text asks for by its words (「贷款」 asks for FINANCE, 「从哪里入手」 for DIAGNOSIS). */
    public Set<ServiceCategory> impliedCategories(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        Set<ServiceCategory> implied = EnumSet.noneOf(ServiceCategory.class);
        cues.forEach((category, words) -> {
            if (words.stream().anyMatch(w -> occurs(lower, w.toLowerCase(Locale.ROOT)))) {
                implied.add(category);
            }
        });
        return implied;
    }

    private String originalSpelling(String lowerTerm) {
        return groups.get(groupsOfTerm.get(lowerTerm).getFirst()).stream()
                .filter(t -> t.equalsIgnoreCase(lowerTerm)).findFirst().orElse(lowerTerm);
    }

    /** Whether a term occurs; Latin terms ("AI", "MES") only as whole words, so that "MAIL" does not contain "AI". */
    static boolean occurs(String lowerText, String lowerTerm) {
        int from = 0;
        while (true) {
            int at = lowerText.indexOf(lowerTerm, from);
            if (at < 0) {
                return false;
            }
            int end = at + lowerTerm.length();
            boolean startOk = !latin(lowerTerm.charAt(0)) || at == 0 || !latin(lowerText.charAt(at - 1));
            boolean endOk = !latin(lowerTerm.charAt(lowerTerm.length() - 1)) || end == lowerText.length()
                    || !latin(lowerText.charAt(end));
            if (startOk && endOk) {
                return true;
            }
            from = at + 1;
        }
    }

    private static boolean latin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    /** Parses the dictionary format: one group per line, terms separated by commas; {@code #} starts a comment. */
    public static List<List<String>> parseGroups(String text) {
        List<List<String>> groups = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String content = line.contains("#") ? line.substring(0, line.indexOf('#')) : line;
            List<String> terms = new ArrayList<>();
            for (String term : content.split("[,，、]")) {
                String clean = term.strip();
                if (!clean.isEmpty() && !terms.contains(clean)) {
                    terms.add(clean);
                }
            }
            if (terms.size() >= 2) {
                groups.add(terms);
            }
        }
        return groups;
    }

    /** Parses the cue format: {@code CATEGORY: cue, cue, ...} per line. */
    public static Map<ServiceCategory, List<String>> parseCues(String text) {
        Map<ServiceCategory, List<String>> cues = new EnumMap<>(ServiceCategory.class);
        for (String line : text.split("\\R")) {
            String content = line.contains("#") ? line.substring(0, line.indexOf('#')) : line;
            int colon = content.indexOf(':');
            if (colon < 0) {
                continue;
            }
            var category = ServiceCategory.valueOf(content.substring(0, colon).strip());
            for (String cue : content.substring(colon + 1).split("[,，、]")) {
                if (!cue.isBlank()) {
                    cues.computeIfAbsent(category, c -> new ArrayList<>()).add(cue.strip());
                }
            }
        }
        return cues;
    }
}
