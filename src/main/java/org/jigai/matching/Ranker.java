package org.jigai.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.jigai.base.Region;
import org.jspecify.annotations.Nullable;

/**
 * Ranks candidates of one type for a probe entry: solutions for a need, needs for a solution. Two stages:
 * <ol>
 * <li>Lucene retrieves the best {@link #CANDIDATES} by BM25 over the probe's words (titles count more), its
 * synonyms and its bigrams, plus constant-score clauses for shared industry, directions, categories and region so
 * that a structurally fitting candidate with different wording is still considered.</li>
 * <li>Each candidate is scored again from its stored fields: text relevance (its BM25 share, relative to the best
 * candidate), industry, direction, category and regional fit, with broad claims discounted ({@link Weights}).</li>
 * </ol>
 * The reasons name what the candidate shares with the probe, including the rarest shared words.
 */
final class Ranker {

    static final int CANDIDATES = 50;
    static final int MAX_WORDS = 16;
    static final int MAX_BIGRAMS = 16;
    /** A term in more than this share of a type's records (and in more than {@link #COMMON_MIN} of them) is left out. */
    static final double COMMON_SHARE = 0.1;
    static final int COMMON_MIN = 1000;
    private static final int KEYWORDS_SHOWN = 3;
    /**
     * A word named as a shared keyword is in at most this share of the candidates' records (or in at most
     * {@link #KEYWORD_MIN_DF} of them in a small collection): a word most records use says nothing about the fit.
     */
    static final double KEYWORD_MAX_SHARE = 0.08;
    static final int KEYWORD_MIN_DF = 3;
    private static final float STRUCTURE_BOOST = 0.01f;

    private final Vocabulary vocabulary;
    private final Weights weights;
    private final Standing standing;

    Ranker(Vocabulary vocabulary, Weights weights) {
        this(vocabulary, weights, Standing.NONE);
    }

    Ranker(Vocabulary vocabulary, Weights weights, Standing standing) {
        this.vocabulary = vocabulary;
        this.weights = weights;
        this.standing = standing;
    }

    /** The best candidates of {@code type} for the probe, at most {@code limit}, best first. */
    List<Match> rank(IndexSearcher searcher, Entry probe, String type, int limit, @Nullable Query filter) {
        try {
            var expansions = vocabulary.expand(probe.title() + "\n" + probe.body());
            var probeTerms = probeWords(probe, expansions);
            var query = new BooleanQuery.Builder()
                    .add(textQuery(searcher.getIndexReader(), probe, probeTerms, type), BooleanClause.Occur.SHOULD);
            structureClauses(probe).forEach(q -> query.add(q, BooleanClause.Occur.SHOULD));
            // the structure clauses are not per type: without this, records of another type with the same industry
            // came in as candidates, and their ids were read as ids of this type
            query.add(new TermQuery(new Term(Fields.TYPE, type)), BooleanClause.Occur.FILTER);
            if (filter != null) {
                query.add(filter, BooleanClause.Occur.FILTER);
            }
            if (probe.type().equals(type)) {
                query.add(new TermQuery(new Term(Fields.KEY, probe.key())), BooleanClause.Occur.MUST_NOT);
            }
            ScoreDoc[] hits = searcher.search(query.build(),
                    new TopScoreDocCollectorManager(Math.max(CANDIDATES, limit), null, CANDIDATES)).scoreDocs;
            List<Scored> scored = new ArrayList<>();
            double bestText = 0;
            var stored = searcher.storedFields();
            // the structured fields from doc values: stored bodies are read only for the matches shown
            var structure = Documents.structure(searcher.getIndexReader(), type,
                    java.util.Arrays.stream(hits).mapToInt(h -> h.doc).toArray());
            for (ScoreDoc hit : hits) {
                Entry candidate = structure.get(hit.doc);
                double text = Math.max(0, hit.score - structureScore(probe, candidate));
                bestText = Math.max(bestText, text);
                scored.add(new Scored(candidate, text, hit.doc));
            }
            double norm = Math.max(bestText, 1e-9);
            for (int i = 0; i < scored.size(); i++) {
                var s = scored.get(i);
                double provider = type.equals(Fields.SOLUTION) ? weights.standing() * standing.of(s.entry.organizationId()) : 0;
                scored.set(i, new Scored(s.entry, weights.text() * s.text / norm + structuredScore(probe, s.entry) + provider,
                        s.doc));
            }
            scored.sort(Comparator.comparingDouble(Scored::text).reversed().thenComparingLong(s -> s.entry.id()));
            List<Match> matches = new ArrayList<>();
            for (Scored s : scored.subList(0, Math.min(limit, scored.size()))) {
                Entry full = Documents.entry(stored.document(s.doc));
                matches.add(new Match(type, full.id(), full.organizationId(), full.title(),
                        Math.round(s.text * 100) / 100.0,
                        reasons(searcher.getIndexReader(), probe, probeTerms, expansions, full)));
            }
            return matches;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A candidate with its score so far (text share, then the final score) and its Lucene doc id. */
    private record Scored(Entry entry, double text, int doc) {}

    // -------------------------------------------------------------------------------------------- first stage

    /** The probe's search words with their weights: title words, body words, and synonyms of dictionary terms. */
    Map<String, Float> probeWords(Entry probe) {
        return probeWords(probe, vocabulary.expand(probe.title() + "\n" + probe.body()));
    }

    private Map<String, Float> probeWords(Entry probe, List<Vocabulary.Expansion> expansions) {
        Map<String, Float> words = new LinkedHashMap<>();
        add(words, Analysis.tokens(Analysis.WORDS, probe.title()), (float) weights.titleBoost());
        add(words, Analysis.tokens(Analysis.WORDS, probe.body()), 1f);
        for (var expansion : expansions) {
            for (String alternative : expansion.alternatives()) {
                add(words, Analysis.tokens(Analysis.WORDS, alternative), (float) weights.synonymBoost());
            }
        }
        return words;
    }

    private static void add(Map<String, Float> words, List<String> tokens, float weight) {
        for (String token : tokens) {
            if (Analysis.meaningful(token) && !Analysis.GENERIC.contains(token)) {
                words.merge(token, weight, Math::max);
            }
        }
    }

    /** The text part of a query for candidates of {@code type}: one disjunction over that type's fields. */
    Query textQuery(IndexReader reader, Entry probe, Map<String, Float> words, String type) throws IOException {
        var text = new BooleanQuery.Builder();
        String bodyWords = Fields.text(type, Fields.BODY_WORDS);
        String titleWords = Fields.text(type, Fields.TITLE_WORDS);
        String bigramField = Fields.text(type, Fields.ALL_BIGRAMS);
        for (var word : strongest(reader, bodyWords, words, MAX_WORDS)) {
            float w = words.get(word);
            if (weights.candidateTitleBoost() > 0) {
                text.add(new BoostQuery(new TermQuery(new Term(titleWords, word)),
                        w * (float) weights.candidateTitleBoost()), BooleanClause.Occur.SHOULD);
            }
            text.add(new BoostQuery(new TermQuery(new Term(bodyWords, word)), w), BooleanClause.Occur.SHOULD);
        }
        Map<String, Float> bigrams = new LinkedHashMap<>();
        for (String b : Analysis.tokens(Analysis.BIGRAMS, probe.title())) {
            bigrams.merge(b, (float) weights.titleBoost(), Math::max);
        }
        for (String b : Analysis.tokens(Analysis.BIGRAMS, probe.body())) {
            bigrams.merge(b, 1f, Math::max);
        }
        for (String bigram : strongest(reader, bigramField, bigrams, MAX_BIGRAMS)) {
            text.add(new BoostQuery(new TermQuery(new Term(bigramField, bigram)),
                    bigrams.get(bigram) * (float) weights.bigramBoost()), BooleanClause.Occur.SHOULD);
        }
        return text.build();
    }

    /** The terms that carry most information: weight times inverse document frequency, those absent dropped. */
    private static List<String> strongest(IndexReader reader, String field, Map<String, Float> terms, int max)
            throws IOException {
        int docs = Math.max(1, reader.getDocCount(field));
        Map<String, Double> value = new HashMap<>();
        for (var entry : terms.entrySet()) {
            int df = reader.docFreq(new Term(field, entry.getKey()));
            // a term in most records says little and costs most (its postings are the longest): left out
            if (df > 0 && (df <= COMMON_SHARE * docs || df <= COMMON_MIN)) {
                value.put(entry.getKey(), entry.getValue() * Math.log(1 + (docs - df + 0.5) / (df + 0.5)));
            }
        }
        return value.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(max).map(Map.Entry::getKey).toList();
    }

    /**
     * Tiny constant-score clauses for the probe's industry and the categories it implies: they let candidates that
     * fit structurally but word things differently into the candidates, without steering the text score (their
     * share is taken off again). Directions are left out: each covers a large share of all records, and on the
     * development set they added nothing but time.
     */
    private static List<Query> structureClauses(Entry probe) {
        List<Query> clauses = new ArrayList<>();
        probe.industries().forEach(i -> clauses.add(constant(Fields.INDUSTRY, i.name())));
        probe.categories().forEach(c -> clauses.add(constant(Fields.CATEGORY, c.name())));
        return clauses;
    }

    private static Query constant(String field, String value) {
        return new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(field, value))), STRUCTURE_BOOST);
    }

    /** What the structure clauses added to a candidate's first-stage score. */
    private static double structureScore(Entry probe, Entry candidate) {
        long shared = probe.industries().stream().filter(candidate.industries()::contains).count()
                + probe.categories().stream().filter(candidate.categories()::contains).count();
        return shared * STRUCTURE_BOOST;
    }

    // -------------------------------------------------------------------------------------------- second stage

    double structuredScore(Entry probe, Entry candidate) {
        return weights.industry() * industryFit(probe, candidate) + weights.direction() * directionFit(probe, candidate)
                + weights.category() * categoryFit(probe, candidate) + weights.region() * regionFit(probe, candidate);
    }

    /** 1 when the candidate names the probe's industry, discounted when either side claims many industries. */
    double industryFit(Entry probe, Entry candidate) {
        if (probe.industries().stream().noneMatch(candidate.industries()::contains)) {
            return 0;
        }
        return breadth(candidate.industries().size()) * breadth(probe.industries().size());
    }

    /** The share of the need's directions the other side covers, discounted for broad claims. */
    double directionFit(Entry probe, Entry candidate) {
        Entry need = probe.type().equals(Fields.NEED) ? probe : candidate;
        Entry other = need == probe ? candidate : probe;
        if (need.directions().isEmpty()) {
            return 0;
        }
        long covered = need.directions().stream().filter(other.directions()::contains).count();
        return covered / (double) need.directions().size() * breadth(other.directions().size());
    }

    /** 1 when the need's words imply a service category the other side offers; 0 when they imply none. */
    double categoryFit(Entry probe, Entry candidate) {
        Entry need = probe.type().equals(Fields.NEED) ? probe : candidate;
        Entry other = need == probe ? candidate : probe;
        if (need.categories().isEmpty()) {
            return 0;
        }
        return need.categories().stream().anyMatch(other.categories()::contains) ? 1 : 0;
    }

    /** 1 for the same district, 0.8 when the provider serves it, 0.5 for the same city, else 0. */
    double regionFit(Entry probe, Entry candidate) {
        Entry need = probe.type().equals(Fields.NEED) ? probe : candidate;
        Entry other = need == probe ? candidate : probe;
        var relation = regionRelation(need, other);
        if (relation == null) {
            return 0;
        }
        return switch (relation) {
            case SAME_REGION -> 1;
            case SERVES_REGION -> 0.8;
            case SAME_CITY -> 0.5;
            default -> 0;
        };
    }

    private static Match.@Nullable Kind regionRelation(Entry need, Entry other) {
        if (need.region().equals(other.region())) {
            return Match.Kind.SAME_REGION;
        }
        String city = city(need.region());
        if (other.serves().contains(need.region()) || (city != null && other.serves().contains(city))) {
            return Match.Kind.SERVES_REGION;
        }
        if (city != null && city.equals(city(other.region()))) {
            return Match.Kind.SAME_CITY;
        }
        return null;
    }

    private static @Nullable String city(String region) {
        return Region.ofCode(region).map(Region::cityCode).orElse(null);
    }

    private double breadth(int claimed) {
        return claimed <= weights.breadthPivot() ? 1 : Math.sqrt(weights.breadthPivot() / claimed);
    }

    // -------------------------------------------------------------------------------------------- reasons

    private List<Match.Reason> reasons(IndexReader reader, Entry probe, Map<String, Float> probeWords,
            List<Vocabulary.Expansion> expansions, Entry candidate) {
        List<Match.Reason> reasons = new ArrayList<>();
        if (industryFit(probe, candidate) > 0) {
            Entry need = probe.type().equals(Fields.NEED) ? probe : candidate;
            var shared = need.industries().iterator().next();
            reasons.add(new Match.Reason(Match.Kind.INDUSTRY, List.of(shared.name())));
        }
        var keywords = sharedWords(reader, expansions, probeWords, candidate);
        if (!keywords.isEmpty()) {
            reasons.add(new Match.Reason(Match.Kind.KEYWORDS, keywords));
        }
        var directions = probe.directions().stream().filter(candidate.directions()::contains).map(Enum::name).toList();
        if (!directions.isEmpty()) {
            reasons.add(new Match.Reason(Match.Kind.DIRECTION, directions));
        }
        if (categoryFit(probe, candidate) > 0) {
            Entry need = probe.type().equals(Fields.NEED) ? probe : candidate;
            Entry other = need == probe ? candidate : probe;
            reasons.add(new Match.Reason(Match.Kind.CATEGORY, need.categories().stream()
                    .filter(other.categories()::contains).map(Enum::name).toList()));
        }
        Entry need = probe.type().equals(Fields.NEED) ? probe : candidate;
        Entry other = need == probe ? candidate : probe;
        var relation = regionRelation(need, other);
        if (relation != null) {
            String region = relation == Match.Kind.SAME_CITY ? city(need.region()) : need.region();
            reasons.add(new Match.Reason(relation, List.of(region == null ? need.region() : region)));
        }
        return reasons;
    }

    /** The rarest words the candidate shares with the probe (synonyms included), as the candidate writes them. */
    private List<String> sharedWords(IndexReader reader, List<Vocabulary.Expansion> expansions,
            Map<String, Float> probeWords, Entry candidate) {
        String candidateText = (candidate.title() + "\n" + candidate.body()).toLowerCase(java.util.Locale.ROOT);
        List<String> shown = new ArrayList<>();
        // first the domain terms both sides use (either spelling of a synonym group), longest first
        for (var expansion : expansions) {
            var spellings = new ArrayList<String>();
            spellings.add(expansion.found());
            spellings.addAll(expansion.alternatives());
            spellings.stream().filter(t -> Vocabulary.occurs(candidateText, t.toLowerCase(java.util.Locale.ROOT)))
                    .findFirst().ifPresent(t -> {
                        if (shown.size() < KEYWORDS_SHOWN && shown.stream().noneMatch(s -> s.contains(t) || t.contains(s))) {
                            shown.add(t);
                        }
                    });
        }
        if (shown.size() >= KEYWORDS_SHOWN) {
            return shown;
        }
        // then the probe's own words found in the candidate's text (no second analysis: a substring test)
        Set<String> own = new LinkedHashSet<>();
        for (String w : probeWords.keySet()) {
            if (Analysis.meaningful(w) && !w.chars().allMatch(Character::isDigit) && !Analysis.GENERIC.contains(w)
                    && Vocabulary.occurs(candidateText, w) && shown.stream().noneMatch(s -> s.contains(w))) {
                own.add(w);
            }
        }
        Map<String, Integer> df = new HashMap<>();
        String field = Fields.text(candidate.type(), Fields.BODY_WORDS);
        int docs;
        try {
            docs = Math.max(1, reader.getDocCount(field));
            for (String w : own) {
                df.put(w, reader.docFreq(new Term(field, w)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // only words that carry meaning in this collection: rare enough to tell records apart, the rarest first
        int maxDf = Math.max(KEYWORD_MIN_DF, (int) (KEYWORD_MAX_SHARE * docs));
        own.stream().filter(w -> df.get(w) <= maxDf)
                .sorted(Comparator.comparingInt((String w) -> df.get(w)).thenComparing(w -> -w.length()))
                .limit(KEYWORDS_SHOWN - shown.size()).forEach(shown::add);
        return shown;
    }
}
