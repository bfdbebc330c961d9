package org.jigai.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.jigai.account.AccountPrincipal;
import org.jigai.account.AccountService;
import org.jigai.account.OrganizationInfo;
import org.jigai.account.Role;
import org.jigai.base.Checks;
import org.jigai.base.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The global search over needs, solutions and providers: the same word, bigram and synonym analysis as matching,
 * highlighted snippets, facet counts for industry, direction, region and category, filters, and a typo-tolerant
 * second try (fuzzy words) when nothing matches. Readers find only what they may open: each entry carries the
 * audience terms of its module's access policy, and a search is filtered to the reader's terms.
 */
@Service
public class SearchService {

    public static final int MAX_SIZE = 100;
    public static final int MAX_WINDOW = 1000;
    public static final int MAX_QUERY = 100;
    /** Facet dimensions, in display order. */
    public static final List<String> DIMENSIONS = List.of(Fields.INDUSTRY, Fields.DIRECTION, Fields.REGION, Fields.CATEGORY);

    public enum Type {
        NEED(Fields.NEED), SOLUTION(Fields.SOLUTION), ORGANIZATION(Fields.PROVIDER), CASE(Fields.CASE);

        /** What the REST API searches (API.md): cases are the web's. */
        public static final Set<Type> API = EnumSet.of(NEED, SOLUTION, ORGANIZATION);

        final String field;

        Type(String field) {
            this.field = field;
        }

        static Type of(String indexType) {
            for (Type t : values()) {
                if (t.field.equals(indexType)) {
                    return t;
                }
            }
            throw new IllegalArgumentException(indexType);
        }
    }

    /** What to look for: the text, optional type, and optional filters by code (dimension → code). */
    public record Request(String query, @Nullable Type type, Map<String, String> filters, int page, int size) {}

    /** One hit; {@code titleHtml} and {@code snippetHtml} are escaped text with {@code <mark>} around matches. */
    public record Hit(Type type, long id, long organizationId, String organizationName, String title, String titleHtml,
            String snippetHtml, double score, boolean anonymous) {}

    /**
     * A page of hits, the facet counts over all hits shown, whether the typo-tolerant fallback produced them, and
     * whether they contain only part of the query's words (nothing contained most of them).
     */
    public record Result(List<Hit> hits, long total, int page, int size, Map<String, Map<String, Integer>> facets,
            boolean approximate, boolean partial, Set<Type> types) {}

    private final IndexSync sync;
    private final VocabularyService vocabulary;
    private final AccountService accounts;
    private final org.jigai.need.NeedService needs;
    private final org.jigai.need.NeedAccess needAccess;

    SearchService(IndexSync sync, VocabularyService vocabulary, AccountService accounts,
            org.jigai.need.NeedService needs, org.jigai.need.NeedAccess needAccess) {
        this.needs = needs;
        this.needAccess = needAccess;
        this.sync = sync;
        this.vocabulary = vocabulary;
        this.accounts = accounts;
    }

    /**
     * The record types offered to the current user as tabs: needs to those who may read other organisations' needs
     * (providers and staff) and to enterprises for their own; what each finds is the access policies' to decide.
     */
    @PreAuthorize("isAuthenticated()")
    public Set<Type> searchableTypes() {
        AccountPrincipal me = AccountPrincipal.current().orElseThrow();
        Set<Type> types = EnumSet.of(Type.SOLUTION, Type.ORGANIZATION, Type.CASE);
        if (!me.has(Role.EXPERT) || me.roles().size() > 1) {
            types.add(Type.NEED);
        }
        return types;
    }

    @PreAuthorize("isAuthenticated()")
    public Result search(Request request) {
        return search(request, EnumSet.allOf(Type.class));
    }

    /** The same among the given types only (the REST API's: {@link Type#API}). */
    @PreAuthorize("isAuthenticated()")
    public Result search(Request request, Set<Type> among) {
        AccountPrincipal me = AccountPrincipal.current().orElseThrow();
        String text = check(request);
        Set<Type> allowed = EnumSet.noneOf(Type.class);
        allowed.addAll(searchableTypes());
        allowed.retainAll(among);
        if (request.type() != null && !allowed.contains(request.type())) {
            return new Result(List.of(), 0, request.page(), request.size(), Map.of(), false, false, allowed);
        }
        List<String> fields = (request.type() == null ? allowed : Set.of(request.type())).stream()
                .map(t -> t.field).sorted().toList();
        return sync.index().search(searcher -> {
            try {
                var outcome = SearchQuery.find(vocabulary.current(), searcher.getIndexReader(), text, fields,
                        query -> run(searcher, query, request, allowed, me));
                return result(searcher, new Found(outcome.hits(), outcome.query()), request, allowed,
                        outcome.approximate(), outcome.partial());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The hits worth showing (best first, the weak tail cut) and the query that found them, for highlighting. */
    private record Found(ScoreDoc[] hits, @Nullable Query query) {}

    /** The text query with the reader's type, audience and filter restrictions; up to {@link #MAX_WINDOW} hits. */
    private ScoreDoc[] run(IndexSearcher searcher, Query text, Request request, Set<Type> allowed, AccountPrincipal me)
            throws IOException {
        var query = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
        var types = new BooleanQuery.Builder();
        for (Type t : request.type() == null ? allowed : Set.of(request.type())) {
            types.add(new TermQuery(new Term(Fields.TYPE, t.field)), BooleanClause.Occur.SHOULD);
        }
        query.add(types.build(), BooleanClause.Occur.FILTER);
        query.add(MatchingService.audience(needAccess.readerTerms(me)), BooleanClause.Occur.FILTER);
        request.filters().forEach((dimension, code) ->
                query.add(new TermQuery(new Term(dimension, code)), BooleanClause.Occur.FILTER));
        return searcher.search(query.build(), MAX_WINDOW).scoreDocs;
    }

    private Result result(IndexSearcher searcher, Found found, Request request, Set<Type> allowed, boolean approximate,
            boolean partial) throws IOException {
        Map<String, Map<String, Integer>> facets = facets(searcher.getIndexReader(), found.hits());
        ScoreDoc[] all = found.hits();
        int from = Math.min(all.length, request.page() * request.size());
        ScoreDoc[] page = java.util.Arrays.copyOfRange(all, from, Math.min(all.length, from + request.size()));
        if (page.length == 0 || found.query() == null) {
            return new Result(List.of(), all.length, request.page(), request.size(), facets, approximate, partial,
                    allowed);
        }
        var pageDocs = new TopDocs(new TotalHits(all.length, TotalHits.Relation.EQUAL_TO), page);
        var highlighter = UnifiedHighlighter.builder(searcher, Analysis.BIGRAMS)
                .withFieldMatcher(field -> field.endsWith(Fields.ALL_BIGRAMS))
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "…", true))
                .withMaxNoHighlightPassages(1)
                .build();
        Map<String, String[]> highlights = highlighter.highlightFields(new String[] {Fields.TITLE, Fields.BODY},
                found.query(), pageDocs, new int[] {1, 2});
        List<Entry> entries = new ArrayList<>();
        var stored = searcher.storedFields();
        for (ScoreDoc hit : page) {
            entries.add(Documents.entry(stored.document(hit.doc)));
        }
        Map<Long, OrganizationInfo> orgs = accounts.organizations(
                entries.stream().map(Entry::organizationId).collect(Collectors.toSet()));
        // needs published anonymously: no enterprise in the hit for providers (organisation id 0, name empty)
        var anonymousNeeds = needs.anonymousAmong(entries.stream().filter(e -> e.type().equals(Fields.NEED))
                .map(Entry::id).toList());
        AccountPrincipal me = AccountPrincipal.current().orElse(null);
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < page.length; i++) {
            Entry e = entries.get(i);
            boolean anonymous = e.type().equals(Fields.NEED) && (me == null || !needAccess.showsOwner(me,
                    e.organizationId(), anonymousNeeds.contains(e.id()), false));
            var org = anonymous ? null : orgs.get(e.organizationId());
            String title = highlights.get(Fields.TITLE)[i];
            String snippet = highlights.get(Fields.BODY)[i];
            hits.add(new Hit(Type.of(e.type()), e.id(), anonymous ? 0 : e.organizationId(), org == null ? "" : org.name(),
                    e.title(), title == null ? escape(e.title()) : title, snippet == null ? "" : snippet,
                    Math.round(page[i].score * 100) / 100.0, anonymous));
        }
        return new Result(hits, all.length, request.page(), request.size(), facets, approximate, partial, allowed);
    }

    /** Facet counts over the hits shown (not over the cut tail), read from doc values. */
    private static Map<String, Map<String, Integer>> facets(IndexReader reader, ScoreDoc[] hits) throws IOException {
        Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
        DIMENSIONS.forEach(d -> facets.put(d, new LinkedHashMap<>()));
        int[] docs = java.util.Arrays.stream(hits).mapToInt(h -> h.doc).sorted().toArray();
        var leaves = reader.leaves();
        for (int doc : docs) {
            var leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
            for (String dimension : DIMENSIONS) {
                var values = DocValues.getSortedSet(leaf.reader(), dimension);
                if (values.advanceExact(doc - leaf.docBase)) {
                    for (int k = 0; k < values.docValueCount(); k++) {
                        facets.get(dimension).merge(values.lookupOrd(values.nextOrd()).utf8ToString(), 1, Integer::sum);
                    }
                }
            }
        }
        facets.replaceAll((dimension, counts) -> counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(50).collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (x, y) -> x,
                        LinkedHashMap::new)));
        return facets;
    }

    private static String check(Request request) {
        var problems = new InvalidInputException.Collector();
        String text = Checks.text("q", request.query(), MAX_QUERY, true, problems);
        if (request.size() < 1 || request.size() > MAX_SIZE) {
            problems.add("size", "validation.range", 1, MAX_SIZE);
        } else if (request.page() < 0 || ((long) request.page() + 1) * request.size() > MAX_WINDOW) {
            problems.add("page", "validation.range", 0, MAX_WINDOW / request.size() - 1);
        }
        request.filters().forEach((dimension, code) -> {
            if (!DIMENSIONS.contains(dimension)) {
                problems.add(dimension, "import.error.code", dimension);
            } else if (!known(dimension, code)) {
                problems.add(dimension, "import.error.code", code);
            }
        });
        problems.throwIfAny();
        return text;
    }

    /** Whether {@code code} is a code of DOMAIN.md for this filter dimension. */
    public static boolean known(String dimension, String code) {
        return switch (dimension) {
            case Fields.INDUSTRY -> named(org.jigai.base.Industry.class, code);
            case Fields.DIRECTION -> named(org.jigai.base.Direction.class, code);
            case Fields.CATEGORY -> named(org.jigai.base.ServiceCategory.class, code);
            case Fields.REGION -> org.jigai.base.Region.ofCode(code).isPresent();
            default -> false;
        };
    }

    private static <E extends Enum<E>> boolean named(Class<E> type, String code) {
        return java.util.Arrays.stream(type.getEnumConstants()).anyMatch(e -> e.name().equals(code));
    }

    private static String escape(String text) {
        return org.springframework.web.util.HtmlUtils.htmlEscape(text);
    }

    /**
     * The published cases whose story matches the text, best first (at most {@code limit}): the public showcase's
     * search, for anyone, signed in or not — cases are public.
     */
    public List<Long> publicCases(String text, int limit) {
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty() || Checks.length(clean) > MAX_QUERY) {
            return List.of();
        }
        return sync.index().search(searcher -> {
            try {
                var outcome = SearchQuery.find(vocabulary.current(), searcher.getIndexReader(), clean,
                        List.of(Fields.CASE), query -> searcher.search(new BooleanQuery.Builder()
                                .add(query, BooleanClause.Occur.MUST)
                                .add(new TermQuery(new Term(Fields.TYPE, Fields.CASE)), BooleanClause.Occur.FILTER)
                                .build(), Math.min(limit, MAX_WINDOW)).scoreDocs);
                var stored = searcher.storedFields();
                var ids = new ArrayList<Long>();
                for (ScoreDoc hit : outcome.hits()) {
                    ids.add(Documents.entry(stored.document(hit.doc)).id());
                }
                return ids;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
