package org.jigai.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.jspecify.annotations.Nullable;

/**
 * What a search box query means: its concepts (the words that carry meaning, SmartCN's single-character leftovers
 * joined back into the word they were cut from: 涂 / 覆 → 涂覆), of which a hit must contain most — all of one or two,
 * one less of three or four, seven in ten of longer queries — each found as a word, as its bigrams in sequence, or as
 * a synonym; the whole query in sequence counts extra. A document that shares one common bigram with the query no
 * longer qualifies, and the weak tail of what does is cut by score ({@link #cut}).
 * <p>
 * The typo-tolerant second try ({@link #fuzzy}) runs only for words that are close to a word of the index and are not
 * filler: 「MSE」 finds MES, a row of 啊 finds nothing.
 */
final class SearchQuery {

    /** Hits scoring below this share of the best hit are not shown. Tuned on the development set (matching.md). */
    static final double TAIL = 0.25;
    static final float TITLE_BOOST = 2f;
    static final float BIGRAM_BOOST = 0.6f;
    static final float SYNONYM_BOOST = 0.4f;
    static final float PHRASE_BOOST = 2f;
    private static final Set<Character> PARTICLES = Set.of('的', '了', '啊', '呢', '吧', '哦', '嗯', '哈', '呀', '吗',
            '么', '嘛', '哇', '呵', '额', '噢');

    private SearchQuery() {}

    /**
     * A word of the query: as SmartCN found it (searched as a word and as its bigrams), or joined from single
     * characters it could not place (searched as bigrams only, since the index holds it cut up the same way).
     */
    record Concept(String text, boolean joined) {}

    /** The words of the query that carry meaning, in order, without repeats. */
    static List<String> concepts(String text) {
        return conceptsOf(text).stream().map(Concept::text).toList();
    }

    static List<Concept> conceptsOf(String text) {
        List<Concept> words = joinedWords(text);
        List<Concept> meaningful = words.stream()
                .filter(w -> Analysis.meaningful(w.text()) && !Analysis.GENERIC.contains(w.text())).distinct().toList();
        if (!meaningful.isEmpty()) {
            return meaningful;
        }
        // a query of generic words only (「生产 管理」) still means those words
        return words.stream().filter(w -> Analysis.meaningful(w.text())).distinct().toList();
    }

    /** How many of n concepts a hit must contain. */
    static int required(int n) {
        if (n <= 2) {
            return n;
        }
        if (n <= 4) {
            return n - 1;
        }
        return (int) Math.ceil(0.7 * n);
    }

    /**
     * How many of n concepts a hit must contain at each level of strictness: {@link #required} first (all of it
     * shown); when that finds nothing, half of them, then one, the weak tail cut and the page told the results are
     * partial.
     */
    static int[] levels(int n) {
        return java.util.stream.IntStream.of(required(n), (n + 1) / 2, 1).filter(k -> k >= 1).distinct().toArray();
    }

    /** The query over the text fields of the given record types; null when the text has no concept at all. */
    static @Nullable Query build(Vocabulary vocabulary, String text, Collection<String> types) {
        return build(vocabulary, text, types, SearchQuery::required);
    }

    /** The query at one level of {@link #levels}; null past the last level. */
    static @Nullable Query build(Vocabulary vocabulary, String text, Collection<String> types, int level) {
        int[] levels = levels(concepts(text).size());
        return level >= levels.length ? null : build(vocabulary, text, types, n -> levels[level]);
    }

    static @Nullable Query build(Vocabulary vocabulary, String text, Collection<String> types,
            java.util.function.IntUnaryOperator required) {
        List<Concept> concepts = conceptsOf(text);
        if (concepts.isEmpty()) {
            return null;
        }
        Map<String, List<String>> synonyms = synonyms(vocabulary, text, concepts(text));
        var all = new BooleanQuery.Builder();
        for (Concept concept : concepts) {
            var either = new BooleanQuery.Builder();
            for (String type : types) {
                if (!concept.joined()) {
                    word(either, type, concept.text(), 1f);
                }
                bigrams(either, type, concept.text(), 1f);
                for (String alternative : synonyms.getOrDefault(concept.text(), List.of())) {
                    bigrams(either, type, alternative, SYNONYM_BOOST);
                }
            }
            all.add(either.build(), BooleanClause.Occur.SHOULD);
        }
        all.setMinimumNumberShouldMatch(required.applyAsInt(concepts.size()));
        var query = new BooleanQuery.Builder().add(all.build(), BooleanClause.Occur.MUST);
        if (concepts.size() >= 2) {
            for (String type : types) {
                Query phrase = sequence(Fields.text(type, Fields.ALL_BIGRAMS), Analysis.tokens(Analysis.BIGRAMS, text));
                if (phrase != null) {
                    query.add(new BoostQuery(phrase, PHRASE_BOOST), BooleanClause.Occur.SHOULD);
                }
            }
        }
        return query.build();
    }

    /** A SmartCN word in one type's title and body word fields. */
    private static void word(BooleanQuery.Builder either, String type, String word, float weight) {
        either.add(new BoostQuery(new TermQuery(new Term(Fields.text(type, Fields.TITLE_WORDS), word)),
                TITLE_BOOST * weight), BooleanClause.Occur.SHOULD);
        either.add(new BoostQuery(new TermQuery(new Term(Fields.text(type, Fields.BODY_WORDS), word)), weight),
                BooleanClause.Occur.SHOULD);
    }

    /** Text in one type's bigram field, its bigrams in sequence (bigrams do not depend on the words around). */
    private static void bigrams(BooleanQuery.Builder either, String type, String text, float weight) {
        Query bigrams = sequence(Fields.text(type, Fields.ALL_BIGRAMS), Analysis.tokens(Analysis.BIGRAMS, text));
        if (bigrams != null) {
            either.add(new BoostQuery(bigrams, BIGRAM_BOOST * weight), BooleanClause.Occur.SHOULD);
        }
    }

    private static @Nullable Query sequence(String field, List<String> terms) {
        if (terms.isEmpty()) {
            return null;
        }
        if (terms.size() == 1) {
            return new TermQuery(new Term(field, terms.getFirst()));
        }
        return new PhraseQuery(field, terms.toArray(String[]::new));
    }

    /** The dictionary's alternatives for the concepts that are (part of) a dictionary term in the query. */
    private static Map<String, List<String>> synonyms(Vocabulary vocabulary, String text, List<String> concepts) {
        Map<String, List<String>> found = new LinkedHashMap<>();
        for (var expansion : vocabulary.expand(text)) {
            for (String concept : concepts) {
                if (expansion.found().contains(concept) || concept.contains(expansion.found())) {
                    found.computeIfAbsent(concept, c -> new ArrayList<>()).addAll(expansion.alternatives());
                }
            }
        }
        return found;
    }

    /**
     * What a search found: the hits worth showing, the text query that found them, and whether they hold only part of
     * the query's concepts or came from the typo-tolerant second try.
     */
    record Outcome(ScoreDoc[] hits, @Nullable Query query, boolean partial, boolean approximate) {}

    /** A query that returns its hits, best first (the caller adds its filters). */
    @FunctionalInterface
    interface Run {
        ScoreDoc[] hits(Query query) throws IOException;
    }

    /**
     * Runs the levels of {@link #levels} until one finds something; then, if still nothing, the
     * typo-tolerant {@link #fuzzy} query (an outcome whose query is a fuzzy one).
     */
    static Outcome find(Vocabulary vocabulary, IndexReader reader, String text, Collection<String> types, Run run)
            throws IOException {
        for (int level = 0; ; level++) {
            Query query = build(vocabulary, text, types, level);
            if (query == null) {
                break;
            }
            // what contains most of the concepts is shown whole; the weak tail is cut only from partial matches
            ScoreDoc[] hits = level == 0 ? run.hits(query) : cut(run.hits(query));
            if (hits.length > 0) {
                return new Outcome(hits, query, level > 0, false);
            }
        }
        Query fuzzy = fuzzy(reader, text, types);
        if (fuzzy == null) {
            return new Outcome(new ScoreDoc[0], null, false, false);
        }
        ScoreDoc[] hits = cut(run.hits(fuzzy));
        return new Outcome(hits, fuzzy, false, hits.length > 0);
    }

    /** SmartCN's words, with runs of single CJK characters it could not place joined into one word. */
    static List<Concept> joinedWords(String text) {
        List<Concept> words = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        int runEnd = -1;
        try (TokenStream stream = Analysis.WORDS.tokenStream("f", text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            var offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String token = term.toString();
                boolean single = token.length() == 1 && Character.UnicodeScript.of(token.charAt(0))
                        == Character.UnicodeScript.HAN;
                if (single && (run.isEmpty() || offset.startOffset() == runEnd)) {
                    run.append(token);
                    runEnd = offset.endOffset();
                    continue;
                }
                flush(run, words);
                if (single) {
                    run.append(token);
                    runEnd = offset.endOffset();
                } else {
                    words.add(new Concept(token, false));
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        flush(run, words);
        return words;
    }

    private static void flush(StringBuilder run, List<Concept> words) {
        if (!run.isEmpty()) {
            words.add(new Concept(run.toString(), run.length() > 1));
            run.setLength(0);
        }
    }

    /** The hits worth showing: those scoring at least {@link #TAIL} of the best one. */
    static ScoreDoc[] cut(ScoreDoc[] hits) {
        return cut(hits, TAIL);
    }

    static ScoreDoc[] cut(ScoreDoc[] hits, double tail) {
        if (hits.length == 0) {
            return hits;
        }
        double floor = hits[0].score * tail;
        int keep = 0;
        while (keep < hits.length && hits[keep].score >= floor) {
            keep++;
        }
        return java.util.Arrays.copyOf(hits, keep);
    }

    /**
     * The typo-tolerant second try, for queries where some concept is not in the index as written: each such concept
     * of three characters or more that is not filler becomes a fuzzy clause (one edit, two from six characters, the
     * first character kept) when a word the index holds in more than one record is that close; the other concepts
     * stay as they are, and most of them are required as in the exact query. Null when no concept can be corrected.
     * Two-character words are not corrected: one edit changes half of them (涂覆 is not a typo of 涂装).
     */
    static @Nullable Query fuzzy(IndexReader reader, String text, Collection<String> types) throws IOException {
        List<Concept> concepts = conceptsOf(text);
        var query = new BooleanQuery.Builder();
        int corrected = 0;
        for (Concept concept : concepts) {
            var either = new BooleanQuery.Builder();
            boolean known = false;
            for (String type : types) {
                known |= !concept.joined()
                        && reader.docFreq(new Term(Fields.text(type, Fields.BODY_WORDS), concept.text())) > 0;
            }
            String word = concept.text();
            if (!known && !concept.joined() && word.length() >= 3 && !filler(word)) {
                int edits = word.length() >= 6 ? 2 : 1;
                for (String type : types) {
                    var fuzzy = new FuzzyQuery(new Term(Fields.text(type, Fields.BODY_WORDS), word), edits, 1, 50, true);
                    if (hasCloseWord(reader, fuzzy)) {
                        either.add(fuzzy, BooleanClause.Occur.SHOULD);
                        corrected++;
                    }
                }
            } else {
                for (String type : types) {
                    if (!concept.joined()) {
                        word(either, type, word, 1f);
                    }
                    bigrams(either, type, word, 1f);
                }
            }
            query.add(either.build(), BooleanClause.Occur.SHOULD);
        }
        if (corrected == 0) {
            return null;
        }
        query.setMinimumNumberShouldMatch(required(concepts.size()));
        return query.build();
    }

    /** Whether the index holds a word within the query's edits that more than one record uses. */
    private static boolean hasCloseWord(IndexReader reader, FuzzyQuery fuzzy) throws IOException {
        {
            for (var leaf : reader.leaves()) {
                var terms = leaf.reader().terms(fuzzy.getField());
                if (terms == null) {
                    continue;
                }
                var matching = fuzzy.getTermsEnum(terms);
                while (matching.next() != null) {
                    if (reader.docFreq(new Term(fuzzy.getField(), matching.term())) > 1) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /** A row of one repeated character, or of particles only (「啊啊啊」「的的」): nothing a typo could be of. */
    static boolean filler(String word) {
        if (word.chars().distinct().count() == 1 && word.length() > 1) {
            return true;
        }
        return word.chars().allMatch(c -> PARTICLES.contains((char) c));
    }
}
