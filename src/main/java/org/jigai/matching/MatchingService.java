package org.jigai.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.jigai.account.AccountPrincipal;
import org.jigai.account.AccountService;
import org.jigai.account.OrganizationInfo;
import org.jigai.base.InvalidInputException;
import org.jigai.base.Translations;
import org.jigai.need.NeedService;
import org.jigai.need.NeedSnapshot;
import org.jigai.need.NeedAccess;
import org.jigai.provider.ProviderService;
import org.jigai.provider.ProviderSnapshot;
import org.jigai.provider.SolutionAccess;
import org.jigai.provider.SolutionService;
import org.jigai.provider.SolutionSnapshot;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Recommendations for the people who may act on them: solutions for an enterprise's own need, needs for a
 * provider's own solution or for the provider as a whole (its leads); bureau staff and admins for the records they
 * may read. The need and solution access policies decide who may ask and which results each reader sees; anything
 * else is "not found", exactly as for a record that does not exist.
 */
@Service
public class MatchingService {

    public static final int MAX_LIMIT = 100;
    /** How many of a provider's solutions its leads are drawn from (the most recently changed). */
    static final int LEAD_SOLUTIONS = 20;

    /** At most this many solutions of one provider in a list of recommendations: the enterprise wants a choice. */
    static final int PER_PROVIDER = 2;

    /**
     * One recommendation, with its level, its reasons in the reader's language, and how many near-identical records
     * of the same organisation were folded into it.
     */
    public record Result(long id, @Nullable String ref, long organizationId, @Nullable String organizationRef,
            String organizationName, String title, double score, MatchLevel level, List<String> reasons,
            @Nullable String standing, int similar, List<org.jigai.base.PoolMembership.Badge> pool) {}

    private final IndexSync sync;
    private final Entries entries;
    private final VocabularyService vocabulary;
    private final NeedService needs;
    private final SolutionService solutions;
    private final ProviderService providers;
    private final AccountService accounts;
    private final Translations translations;
    private final NeedAccess needAccess;
    private final SolutionAccess solutionAccess;
    private final ProviderStandings standings;
    private final org.jigai.base.PoolMembership pool;

    MatchingService(IndexSync sync, Entries entries, VocabularyService vocabulary, NeedService needs,
            SolutionService solutions, ProviderService providers, AccountService accounts, Translations translations,
            NeedAccess needAccess, SolutionAccess solutionAccess, ProviderStandings standings,
            org.jigai.base.PoolMembership pool) {
        this.pool = pool;
        this.standings = standings;
        this.needAccess = needAccess;
        this.solutionAccess = solutionAccess;
        this.sync = sync;
        this.entries = entries;
        this.vocabulary = vocabulary;
        this.needs = needs;
        this.solutions = solutions;
        this.providers = providers;
        this.accounts = accounts;
        this.translations = translations;
    }

    /** Published solutions for a need of the caller's own organisation (or, for staff, a need they may read). */
    @PreAuthorize("isAuthenticated()")
    public List<Result> solutionsForNeed(long needId, int limit, Locale locale) {
        check(limit);
        AccountPrincipal me = AccountPrincipal.current().orElseThrow();
        NeedSnapshot need = needs.snapshot(needId).filter(n -> needAccess.mayMatch(me, n))
                .orElseThrow(NoSuchElementException::new);
        var matches = sync.index().search(s -> ranker().rank(s, entries.entry(need), Fields.SOLUTION, wider(limit),
                audience(me)));
        if (need.visibility() == org.jigai.need.Visibility.POOL_MEMBERS) {
            // a pool-only need is shown to members only, so only their solutions are recommended for it
            var today = pool.today();
            matches = new ArrayList<>(matches);
            matches.removeIf(m -> solutions.snapshot(m.id())
                    .map(sol -> !pool.member(sol.organizationId(), today)).orElse(true));
        }
        return solutionResults(me, matches, limit, locale);
    }

    /**
     * For matchmaking events: how well the published solutions of each of the given providers fit each of the given
     * needs — need id → provider organisation → the best score among its solutions (only pairs that scored). Reads no
     * caller: the event module asks about the needs and providers registered for one event, and shows the result only
     * to that event's registrants and staff. Needs no longer in the index (closed, hidden) score nothing.
     */
    public Map<Long, Map<Long, Double>> fit(java.util.Collection<Long> needIds, java.util.Collection<Long> providerIds) {
        Map<Long, Map<Long, Double>> out = new HashMap<>();
        if (needIds.isEmpty() || providerIds.isEmpty()) {
            return out;
        }
        var orgs = providerIds.stream().map(id -> new org.apache.lucene.util.BytesRef(Long.toString(id))).toList();
        var filter = new BooleanQuery.Builder()
                .add(new org.apache.lucene.search.TermInSetQuery(Fields.ORG, orgs), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Fields.AUDIENCE, org.jigai.account.Audience.ANYONE)),
                        BooleanClause.Occur.FILTER)
                .build();
        int limit = Math.min(MAX_LIMIT * 4, Math.max(Ranker.CANDIDATES, providerIds.size() * 3));
        for (long needId : needIds) {
            var need = needs.snapshot(needId).orElse(null);
            if (need == null) {
                continue;
            }
            var matches = sync.index().search(s -> ranker().rank(s, entries.entry(need), Fields.SOLUTION, limit,
                    filter));
            Map<Long, Double> best = new HashMap<>();
            for (Match m : matches) {
                solutions.snapshot(m.id()).ifPresent(sol -> best.merge(sol.organizationId(), m.score(), Math::max));
            }
            out.put(needId, best);
        }
        return out;
    }

    /**
     * What a text asks for, for ranking solutions against something that is not a need: a published excellent case
     * ("find similar providers", 看样学样). Region a code of {@link org.jigai.base.Region}, or empty.
     */
    public record Probe(String title, String text, java.util.Set<org.jigai.base.Industry> industries,
            java.util.Set<org.jigai.base.Direction> directions, String region) {}

    /**
     * Published solutions like the probe, ranked like those for a need, at most {@link #PER_PROVIDER} per provider;
     * for anyone, signed in or not (only what the reader may list; anonymous readers what everyone may).
     */
    public List<Result> solutionsLike(Probe probe, int limit, Locale locale) {
        check(limit);
        AccountPrincipal me = AccountPrincipal.current().orElse(NOBODY);
        String body = probe.text();
        var entry = new Entry(Fields.NEED, 0, 0, probe.title(), body, probe.industries(), probe.directions(),
                vocabulary.current().impliedCategories(probe.title() + "\n" + body), probe.region(), Set.of(),
                null, java.time.Instant.EPOCH, Set.of());
        var matches = sync.index().search(s -> ranker().rank(s, entry, Fields.SOLUTION, wider(limit), audience(me)));
        return solutionResults(me, matches, limit, locale);
    }

    /** A reader with no account: reads what everyone may. */
    private static final AccountPrincipal NOBODY = new AccountPrincipal(0, "", null, "", null, null, false, Set.of(),
            true);

    /** Open needs for a solution of the caller's own organisation (or, for staff, a solution they may read). */
    @PreAuthorize("isAuthenticated()")
    public List<Result> needsForSolution(long solutionId, int limit, Locale locale) {
        check(limit);
        AccountPrincipal me = AccountPrincipal.current().orElseThrow();
        SolutionSnapshot solution = solutions.snapshot(solutionId)
                .filter(s -> solutionAccess.mayMatch(me, s)).orElseThrow(NoSuchElementException::new);
        var probe = entries.entry(solution, providers.snapshot(solution.organizationId()).orElse(null));
        var matches = sync.index().search(s -> ranker().rank(s, probe, Fields.NEED, wider(limit), audience(me)));
        return needResults(me, matches, limit, locale);
    }

    /**
     * 「为您推荐的需求」: open needs for the calling provider. Candidates come from each of its published solutions (or its
     * profile); each is then ranked from the need's side, with the engine that recommends solutions for it: a lead's
     * score is the best score one of this provider's solutions gets among all solutions for that need. So a need the
     * provider fits exactly comes first, and a need that merely came top for some weak probe does not.
     */
    @PreAuthorize("hasRole('PROVIDER')")
    public List<Result> leads(int limit, Locale locale) {
        check(limit);
        AccountPrincipal me = AccountPrincipal.current().orElseThrow();
        long org = java.util.Objects.requireNonNull(me.organizationId());
        var provider = providers.snapshot(org).orElse(null);
        List<Entry> probes = new ArrayList<>();
        for (long id : solutions.publishedIds(org).stream().sorted(Comparator.reverseOrder()).limit(LEAD_SOLUTIONS).toList()) {
            solutions.snapshot(id).ifPresent(s -> probes.add(entries.entry(s, provider)));
        }
        if (probes.isEmpty() && provider != null) {
            probes.add(entries.entry(provider));
        }
        Map<Long, Match> candidates = new HashMap<>();
        Ranker ranker = ranker();
        Query audience = audience(me);
        for (Entry probe : probes) {
            for (Match m : sync.index().search(s -> ranker.rank(s, probe, Fields.NEED, wider(limit), audience))) {
                candidates.merge(m.id(), m, (x, y) -> x.score() >= y.score() ? x : y);
            }
        }
        List<Match> ranked = new ArrayList<>();
        for (Match candidate : candidates.values()) {
            var need = needs.snapshot(candidate.id()).filter(n -> n.openToProviders() && needAccess.listed(me, n));
            if (need.isEmpty()) {
                continue;
            }
            var fromNeed = sync.index().search(s -> ranker.rank(s, entries.entry(need.get()), Fields.SOLUTION,
                    Ranker.CANDIDATES, audience));
            fromNeed.stream().filter(m -> m.organizationId() == org).findFirst().ifPresent(best -> ranked.add(
                    new Match(Fields.NEED, candidate.id(), candidate.organizationId(), candidate.title(), best.score(),
                            best.reasons())));
        }
        ranked.sort(Comparator.comparingDouble(Match::score).reversed().thenComparingLong(Match::id));
        return needResults(me, ranked, limit, locale);
    }

    /** More candidates than shown, so that folding look-alikes still fills the list. */
    private static int wider(int limit) {
        return Math.min(MAX_LIMIT, Math.max(Ranker.CANDIDATES, limit * 3));
    }

    Ranker ranker() {
        return new Ranker(vocabulary.current(), Weights.DEFAULT, standings);
    }

    /** The index entries this reader may find, in the access policies' audience terms. */
    Query audience(AccountPrincipal me) {
        return audience(needAccess.readerTerms(me));
    }

    /** The index entries that carry one of these audience terms. */
    static Query audience(java.util.Set<String> terms) {
        var any = new BooleanQuery.Builder();
        terms.forEach(t -> any.add(new TermQuery(new Term(Fields.AUDIENCE, t)), BooleanClause.Occur.SHOULD));
        return any.build();
    }

    private List<Result> solutionResults(AccountPrincipal me, List<Match> matches, int limit, Locale locale) {
        Map<Long, SolutionSnapshot> current = new LinkedHashMap<>();
        for (Match m : matches) {
            solutions.snapshot(m.id()).filter(s -> solutionAccess.listed(me, s)).ifPresent(s -> current.put(m.id(), s));
        }
        Map<Long, OrganizationInfo> orgs = accounts.organizations(
                current.values().stream().map(SolutionSnapshot::organizationId).collect(Collectors.toSet()));
        Map<Long, @Nullable ProviderSnapshot> standing = new HashMap<>();
        var badges = pool.current(orgs.keySet());
        var shown = LookAlikes.fold(matches.stream().filter(m -> current.containsKey(m.id())).toList(),
                m -> current.get(m.id()).organizationId(), m -> current.get(m.id()).title(),
                m -> current.get(m.id()).description(), PER_PROVIDER, limit);
        List<Result> results = new ArrayList<>();
        for (var row : shown) {
            Match m = row.item();
            var s = current.get(m.id());
            var org = orgs.get(s.organizationId());
            var provider = standing.computeIfAbsent(s.organizationId(), id -> providers.snapshot(id).orElse(null));
            results.add(new Result(s.id(), s.ref(), s.organizationId(), org == null ? null : org.ref(),
                    org == null ? "" : org.name(), s.title(), m.score(), MatchLevel.of(m.score()),
                    describe(m.reasons(), locale),
                    provider == null ? null : standingText(locale, provider), row.similar(),
                    badges.getOrDefault(s.organizationId(), List.of())));
        }
        return results;
    }

    /** 「匿名企业 · 食品 · 平度市」 */
    private String anonymous(Locale locale, NeedSnapshot n) {
        return translations.get(locale, "need.anonymousOwner",
                n.industry() == null ? "" : translations.get(locale, n.industry().labelKey()),
                n.region() == null ? "" : translations.get(locale, "region." + n.region()));
    }

    /** 「3 个已发布方案 · 2 项资质 · 1 个典型案例 · 企业评价 4.5（2 条）」 */
    private String standingText(Locale locale, ProviderSnapshot provider) {
        String text = translations.get(locale, "match.standing", provider.publishedSolutions(),
                provider.qualifications().size(), provider.references().size());
        var record = standings.record(provider.organizationId());
        if (record != null && record.ratings() > 0) {
            text += translations.get(locale, "match.rated", String.format(Locale.ROOT, "%.1f", record.average()),
                    record.ratings());
        }
        return text;
    }

    private List<Result> needResults(AccountPrincipal me, List<Match> matches, int limit, Locale locale) {
        Map<Long, NeedSnapshot> current = new LinkedHashMap<>();
        for (Match m : matches) {
            needs.snapshot(m.id()).filter(n -> n.openToProviders() && needAccess.listed(me, n))
                    .ifPresent(n -> current.put(m.id(), n));
        }
        Map<Long, OrganizationInfo> orgs = accounts.organizations(
                current.values().stream().map(NeedSnapshot::organizationId).collect(Collectors.toSet()));
        var shown = LookAlikes.fold(matches.stream().filter(m -> current.containsKey(m.id())).toList(),
                m -> current.get(m.id()).organizationId(), m -> current.get(m.id()).title(),
                m -> current.get(m.id()).description(), 0, limit);
        List<Result> results = new ArrayList<>();
        for (var row : shown) {
            Match m = row.item();
            var n = current.get(m.id());
            // an anonymous need stays anonymous in every list, even to a provider it was revealed to
            var org = needAccess.showsOwner(me, n, false) ? orgs.get(n.organizationId()) : null;
            results.add(new Result(n.id(), n.ref(), org == null ? 0 : n.organizationId(), org == null ? null : org.ref(),
                    org == null ? anonymous(locale, n) : org.name(), n.title(), m.score(), MatchLevel.of(m.score()),
                    describe(m.reasons(), locale), null, row.similar(), List.of()));
        }
        return results;
    }

    /** The reasons in words: 「同行业: 机械装备」, 「关键词: 余热发电、窑炉」, 「同在莱西市」. */
    List<String> describe(List<Match.Reason> reasons, Locale locale) {
        List<String> words = new ArrayList<>();
        String separator = translations.get(locale, "match.separator");
        for (Match.Reason r : reasons) {
            String values = switch (r.kind()) {
                case INDUSTRY -> labels(locale, "industry.", r.values(), separator);
                case DIRECTION -> labels(locale, "direction.", r.values(), separator);
                case CATEGORY -> labels(locale, "category.", r.values(), separator);
                case SAME_REGION, SERVES_REGION, SAME_CITY -> labels(locale, "region.", r.values(), separator);
                case KEYWORDS -> String.join(separator, r.values());
            };
            words.add(translations.get(locale, "match.reason." + r.kind().name(), values));
        }
        return words;
    }

    private String labels(Locale locale, String prefix, List<String> codes, String separator) {
        return codes.stream().map(c -> translations.get(locale, prefix + c)).collect(Collectors.joining(separator));
    }

    private static void check(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw InvalidInputException.of("limit", "validation.range", 1, MAX_LIMIT);
        }
    }
}
