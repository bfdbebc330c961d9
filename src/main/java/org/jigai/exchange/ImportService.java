package org.jigai.exchange;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jigai.account.AccountService;
import org.jigai.account.OrganizationInfo;
import org.jigai.account.Role;
import org.jigai.base.Checks;
import org.jigai.base.Direction;
import org.jigai.base.Industry;
import org.jigai.base.InvalidInputException;
import org.jigai.base.ServiceCategory;
import org.jigai.base.Translations;
import org.jigai.base.Upsert;
import org.jigai.need.ContactPreference;
import org.jigai.need.NeedForm;
import org.jigai.need.NeedService;
import org.jigai.need.Visibility;
import org.jigai.provider.ProviderService;
import org.jigai.provider.SolutionForm;
import org.jigai.provider.SolutionService;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Imports a body record by record. Each record is stored in its own transaction by its module's service, so a
 * refused record never takes valid ones down with it; organisations come first, so that solutions and needs of the
 * same body can name them.
 */
@Service
public class ImportService {

    private enum Kind { ORGANIZATION, SOLUTION, NEED }

    /** At most this many records of each kind in one import, as in one Excel sheet; more go in several calls. */
    public static final int MAX_RECORDS = 5000;

    private final AccountService accounts;
    private final ProviderService providers;
    private final SolutionService solutions;
    private final NeedService needs;
    private final Translations translations;

    ImportService(AccountService accounts, ProviderService providers, SolutionService solutions, NeedService needs,
            Translations translations) {
        this.accounts = accounts;
        this.providers = providers;
        this.solutions = solutions;
        this.needs = needs;
        this.translations = translations;
    }

    @PreAuthorize("hasAnyRole('BUREAU','ADMIN')")
    public ImportResponse importAll(ImportRequest body) {
        var tooMany = new InvalidInputException.Collector();
        if (list(body.organizations()).size() > MAX_RECORDS) {
            tooMany.add("organizations", "import.error.tooMany", MAX_RECORDS);
        }
        if (list(body.solutions()).size() > MAX_RECORDS) {
            tooMany.add("solutions", "import.error.tooMany", MAX_RECORDS);
        }
        if (list(body.needs()).size() > MAX_RECORDS) {
            tooMany.add("needs", "import.error.tooMany", MAX_RECORDS);
        }
        tooMany.throwIfAny();
        var run = new Run();
        for (var org : list(body.organizations())) {
            run.record(Kind.ORGANIZATION, org.ref(), () -> importOrganization(org));
        }
        for (var solution : list(body.solutions())) {
            run.record(Kind.SOLUTION, solution.ref(), () -> importSolution(solution));
        }
        for (var need : list(body.needs())) {
            run.record(Kind.NEED, need.ref(), () -> importNeed(need));
        }
        return run.response();
    }

    private Upsert importOrganization(ImportRequest.OrganizationRecord r) {
        var problems = new InvalidInputException.Collector();
        Set<Industry> industries = codes("industries", r.industries(), Industry.class, problems);
        Set<ServiceCategory> categories = codes("categories", r.categories(), ServiceCategory.class, problems);
        problems.throwIfAny();
        if ("PROVIDER".equals(r.type()) && categories.isEmpty()) {
            throw InvalidInputException.of("categories", "provider.error.categories");
        }
        var result = accounts.importOrganization(r.ref(), r.type(), r.name(), r.uscc(), r.region(), industries,
                r.description());
        boolean profileChanged = result.type() == Role.PROVIDER
                && providers.importProfile(result.id(), categories, industries, r.description());
        return result.outcome() == Upsert.UNCHANGED && profileChanged ? Upsert.UPDATED : result.outcome();
    }

    private Upsert importSolution(ImportRequest.SolutionRecord r) {
        var problems = new InvalidInputException.Collector();
        var owner = owner("providerRef", r.providerRef(), Role.PROVIDER, problems);
        var form = new SolutionForm(r.title(), r.description(),
                codes("categories", r.categories(), ServiceCategory.class, problems),
                codes("industries", r.industries(), Industry.class, problems),
                codes("directions", r.directions(), Direction.class, problems), r.priceMinWan(), r.priceMaxWan(),
                r.deliveryWeeks(), r.tags());
        SolutionService.check(form, problems); // every problem of the row at once
        problems.throwIfAny();
        return solutions.importSolution(java.util.Objects.requireNonNull(owner).id(), r.ref(), form);
    }

    private Upsert importNeed(ImportRequest.NeedRecord r) {
        var problems = new InvalidInputException.Collector();
        var owner = owner("enterpriseRef", r.enterpriseRef(), Role.ENTERPRISE, problems);
        Industry industry = null;
        if (r.industry() != null) {
            industry = code("industry", r.industry(), Industry.class, problems);
        }
        var form = new NeedForm(r.title(), r.description(), industry,
                codes("directions", r.directions(), Direction.class, problems), r.region(), r.budgetWan(),
                r.budgetWan(), null, null, Visibility.ALL_PROVIDERS, ContactPreference.PLATFORM);
        NeedService.check(form, problems); // every problem of the row at once
        problems.throwIfAny();
        return needs.importNeed(java.util.Objects.requireNonNull(owner).id(), r.ref(), form);
    }

    /** The organisation a record names, or null with the problem noted (the row's other problems still count). */
    private @Nullable OrganizationInfo owner(String field, @Nullable String ref, Role type,
            InvalidInputException.Collector problems) {
        if (ref == null || ref.isBlank()) {
            problems.add(field, "validation.required");
            return null;
        }
        if (Checks.forbiddenInIdentifier(ref) >= 0) {
            problems.add(field, "validation.characters", String.format("U+%04X", Checks.forbiddenInIdentifier(ref)));
            return null;
        }
        var owner = accounts.organizationByRef(ref).filter(o -> o.type() == type);
        if (owner.isEmpty()) {
            problems.add(field, "import.error.dangling", ref);
            return null;
        }
        return owner.get();
    }

    private static <E extends Enum<E>> Set<E> codes(String field, @Nullable List<String> codes, Class<E> type,
            InvalidInputException.Collector problems) {
        Set<E> found = EnumSet.noneOf(type);
        for (String code : codes == null ? List.<String>of() : codes) {
            E value = code(field, code, type, problems);
            if (value != null) {
                found.add(value);
            }
        }
        return found;
    }

    private static <E extends Enum<E>> @Nullable E code(String field, @Nullable String code, Class<E> type,
            InvalidInputException.Collector problems) {
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(code)) {
                return value;
            }
        }
        problems.add(field, "import.error.code", code);
        return null;
    }

    private static <T> List<T> list(@Nullable List<T> items) {
        return items == null ? List.of() : items.stream().filter(java.util.Objects::nonNull).toList();
    }

    /** Counts and errors of one import. */
    private final class Run {
        private final Map<Upsert, Map<Kind, Integer>> counts = new EnumMap<>(Upsert.class);
        private final Map<Kind, Set<String>> seen = new EnumMap<>(Kind.class);
        private final List<ImportResponse.ImportError> errors = new ArrayList<>();

        void record(Kind kind, @Nullable String ref, java.util.function.Supplier<Upsert> work) {
            if (ref == null || ref.isBlank() || ref.length() > 100) {
                errors.add(new ImportResponse.ImportError(ref, "ref", translations.get("import.error.ref")));
                return;
            }
            int forbidden = Checks.forbiddenInIdentifier(ref);
            if (forbidden >= 0) {
                errors.add(new ImportResponse.ImportError(ref, "ref", translations.get("validation.characters",
                        String.format("U+%04X", forbidden))));
                return;
            }
            if (!seen.computeIfAbsent(kind, k -> new HashSet<>()).add(ref)) {
                errors.add(new ImportResponse.ImportError(ref, "ref", translations.get("import.error.duplicate")));
                return;
            }
            try {
                Upsert outcome = work.get();
                counts.computeIfAbsent(outcome, o -> new EnumMap<>(Kind.class)).merge(kind, 1, Integer::sum);
            } catch (InvalidInputException invalid) {
                invalid.problems().forEach((field, problem) -> errors.add(new ImportResponse.ImportError(ref, field,
                        translations.get(problem.key(), problem.args()))));
            }
        }

        ImportResponse response() {
            return new ImportResponse(counts(Upsert.CREATED), counts(Upsert.UPDATED), counts(Upsert.UNCHANGED),
                    List.copyOf(errors));
        }

        private ImportResponse.Counts counts(Upsert outcome) {
            var c = counts.getOrDefault(outcome, Map.of());
            return new ImportResponse.Counts(c.getOrDefault(Kind.ORGANIZATION, 0), c.getOrDefault(Kind.SOLUTION, 0),
                    c.getOrDefault(Kind.NEED, 0));
        }
    }
}
