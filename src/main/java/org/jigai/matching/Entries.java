package org.jigai.matching;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jigai.account.AccountService;
import org.jigai.base.ServiceCategory;
import org.jigai.need.NeedAccess;
import org.jigai.need.NeedService;
import org.jigai.need.NeedSnapshot;
import org.jigai.provider.ProviderAccess;
import org.jigai.provider.ProviderService;
import org.jigai.provider.ProviderSnapshot;
import org.jigai.provider.SolutionAccess;
import org.jigai.provider.SolutionService;
import org.jigai.provider.SolutionSnapshot;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Reads needs, solutions and providers from their modules and turns them into index entries. */
@Component
class Entries {

    /** What the database says about one record now: its entry if it belongs in the index, and when it changed. */
    record Loaded(Optional<Entry> entry, java.time.@Nullable Instant changedAt) {
        static final Loaded GONE = new Loaded(Optional.empty(), null);
    }

    private final NeedService needs;
    private final SolutionService solutions;
    private final ProviderService providers;
    private final AccountService accounts;
    private final VocabularyService vocabulary;
    private final NeedAccess needAccess;
    private final SolutionAccess solutionAccess;
    private final ProviderAccess providerAccess;
    private final org.jigai.base.PublishedCases cases;

    Entries(NeedService needs, SolutionService solutions, ProviderService providers, AccountService accounts,
            VocabularyService vocabulary, NeedAccess needAccess, SolutionAccess solutionAccess,
            ProviderAccess providerAccess, org.jigai.base.PublishedCases cases) {
        this.cases = cases;
        this.needAccess = needAccess;
        this.solutionAccess = solutionAccess;
        this.providerAccess = providerAccess;
        this.needs = needs;
        this.solutions = solutions;
        this.providers = providers;
        this.accounts = accounts;
        this.vocabulary = vocabulary;
    }

    Loaded need(long id) {
        return needs.snapshot(id).map(n -> new Loaded(n.openToProviders() ? Optional.of(entry(n)) : Optional.empty(),
                n.updatedAt())).orElse(Loaded.GONE);
    }

    Loaded solution(long id) {
        return solutions.snapshot(id).map(s -> new Loaded(
                s.published() ? Optional.of(entry(s, providers.snapshot(s.organizationId()).orElse(null))) : Optional.empty(),
                s.updatedAt())).orElse(Loaded.GONE);
    }

    Loaded provider(long organizationId) {
        return providers.snapshot(organizationId).map(p -> new Loaded(Optional.of(entry(p)), p.updatedAt()))
                .orElse(Loaded.GONE);
    }

    Loaded publishedCase(long id) {
        return cases.published(id).map(c -> new Loaded(Optional.of(entry(c)), c.updatedAt())).orElse(Loaded.GONE);
    }

    /** A published case: public, classified like a need (its words imply its service categories). */
    Entry entry(org.jigai.base.PublishedCases.Case c) {
        return new Entry(Fields.CASE, c.id(), c.enterpriseId(), c.title(), c.text(),
                c.industry() == null ? java.util.EnumSet.noneOf(org.jigai.base.Industry.class)
                        : java.util.EnumSet.of(c.industry()),
                c.directions(), vocabulary.current().impliedCategories(c.title() + "\n" + c.text()),
                c.region() == null ? "" : c.region(), Set.of(), null, c.updatedAt(),
                Set.of(org.jigai.account.Audience.ANYONE));
    }

    List<org.jigai.base.PublishedCases.Case> casesAfter(long afterId, int limit) {
        return cases.after(afterId, limit);
    }

    org.jigai.base.IndexFacts caseFacts() {
        return cases.indexFacts();
    }

    List<Long> publishedSolutionsOf(long organizationId) {
        return solutions.publishedIds(organizationId);
    }

    Entry entry(NeedSnapshot n) {
        String description = n.description() == null ? "" : n.description();
        Set<ServiceCategory> implied = vocabulary.current().impliedCategories(n.title() + "\n" + description);
        return new Entry(Fields.NEED, n.id(), n.organizationId(), n.title(), description,
                n.industry() == null ? EnumSet.noneOf(org.jigai.base.Industry.class) : EnumSet.of(n.industry()),
                n.directions(), implied, n.region() == null ? "" : n.region(), Set.of(), n.visibility().name(),
                n.updatedAt(), needAccess.audience(n));
    }

    Entry entry(SolutionSnapshot s, @Nullable ProviderSnapshot provider) {
        String region = provider != null ? provider.region() : organizationRegion(s.organizationId());
        String description = s.description() == null ? "" : s.description();
        String body = s.tags() == null ? description : description + "\n" + s.tags();
        return new Entry(Fields.SOLUTION, s.id(), s.organizationId(), s.title(), body, s.industries(), s.directions(),
                s.categories(), region, provider == null ? Set.of() : provider.regionsServed(), null, s.updatedAt(),
                solutionAccess.audience(s));
    }

    Entry entry(ProviderSnapshot p) {
        var body = new StringBuilder(p.description() == null ? "" : p.description());
        p.qualifications().forEach(q -> body.append('\n').append(q));
        p.references().forEach(r -> body.append('\n').append(r.title()).append(r.result() == null ? "" : " " + r.result()));
        return new Entry(Fields.PROVIDER, p.organizationId(), p.organizationId(), p.name(), body.toString(),
                p.industries(), Set.of(), p.categories(), p.region(), p.regionsServed(), null, p.updatedAt(),
                providerAccess.audience(p.organizationId(), p.hidden()));
    }

    private String organizationRegion(long organizationId) {
        var org = accounts.organizations(Set.of(organizationId)).get(organizationId);
        return org == null ? "" : org.region();
    }

    /** One page of a rebuild's solutions, with their providers read once per page. */
    List<Entry> solutionPage(List<SolutionSnapshot> page) {
        Map<Long, @Nullable ProviderSnapshot> owners = new HashMap<>();
        for (long org : page.stream().map(SolutionSnapshot::organizationId).collect(Collectors.toSet())) {
            owners.put(org, providers.snapshot(org).orElse(null));
        }
        return page.stream().map(s -> entry(s, owners.get(s.organizationId()))).toList();
    }
}
