package org.jigai.exchange;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jigai.account.AccountService;
import org.jigai.account.OrganizationInfo;
import org.jigai.base.InvalidInputException;
import org.jigai.need.NeedDetails;
import org.jigai.need.NeedService;
import org.jigai.need.NeedSummary;
import org.jigai.provider.SolutionDetails;
import org.jigai.provider.SolutionService;
import org.jigai.provider.SolutionSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The data-exchange endpoints of API.md: bulk import, and reading by {@code ref} or by page. */
@RestController
@Tag(name = "Data exchange", description = "Import and read organisations, solutions and needs by the caller's ref")
class ExchangeController {


    private final ImportService imports;
    private final AccountService accounts;
    private final NeedService needs;
    private final SolutionService solutions;

    ExchangeController(ImportService imports, AccountService accounts, NeedService needs, SolutionService solutions) {
        this.imports = imports;
        this.accounts = accounts;
        this.needs = needs;
        this.solutions = solutions;
    }

    @PostMapping("/api/v1/import")
    @Operation(summary = "Upsert organisations, solutions and needs by ref (bureau or admin)")
    ImportResponse importAll(@RequestBody ImportRequest body) {
        return imports.importAll(body);
    }

    @GetMapping("/api/v1/organizations")
    @Operation(summary = "One organisation by ref, or a page of all organisations (public facts only)")
    Object organizations(@RequestParam @Nullable String ref, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        if (ref != null) {
            return accounts.organizationByRef(ref(ref)).map(ExchangeController::organization).stream().toList();
        }
        var found = accounts.listOrganizations(pageRequest(page, size));
        return new org.jigai.base.web.ApiPage<>(found.map(ExchangeController::organization).getContent(), page, size,
                found.getTotalElements());
    }

    @GetMapping("/api/v1/solutions")
    @Operation(summary = "One solution by ref, or a page of the solutions the caller may read")
    Object solutions(@RequestParam @Nullable String ref, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        if (ref != null) {
            return solutions.byRef(ref(ref)).map(this::solution).stream().toList();
        }
        var found = solutions.visible(pageRequest(page, size));
        Map<Long, OrganizationInfo> owners = owners(found.getContent().stream().map(SolutionSummary::organizationId).toList());
        return new org.jigai.base.web.ApiPage<>(found.getContent().stream().map(s -> solution(s, owners)).toList(), page, size,
                found.getTotalElements());
    }

    @GetMapping("/api/v1/needs")
    @Operation(summary = "One need by ref, or a page of the needs the caller may see")
    Object needs(@RequestParam @Nullable String ref, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        if (ref != null) {
            return needs.byRef(ref(ref)).map(this::need).stream().toList();
        }
        var found = needs.visible(pageRequest(page, size));
        Map<Long, OrganizationInfo> owners = owners(found.getContent().stream().map(NeedSummary::organizationId).toList());
        return new org.jigai.base.web.ApiPage<>(found.getContent().stream().map(n -> need(n, owners)).toList(), page, size,
                found.getTotalElements());
    }

    /** A ref to look up: refused, not silently matched, when it holds what no ref may hold. */
    private static String ref(String ref) {
        int bad = org.jigai.base.Checks.forbiddenInIdentifier(ref);
        if (bad >= 0 || ref.length() > 100) {
            throw bad >= 0 ? InvalidInputException.of("ref", "validation.characters", String.format("U+%04X", bad))
                    : InvalidInputException.of("ref", "import.error.ref");
        }
        return ref;
    }

    private static PageRequest pageRequest(int page, int size) {
        return org.jigai.base.web.ApiPage.request(page, size);
    }

    private Map<Long, OrganizationInfo> owners(Collection<Long> ids) {
        return accounts.organizations(Set.copyOf(ids));
    }

    private static Set<String> names(Collection<? extends Enum<?>> codes) {
        return codes.stream().map(Enum::name).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    private static ApiModels.Organization organization(OrganizationInfo o) {
        return new ApiModels.Organization(o.id(), o.ref(), o.type().name(), o.name(), o.creditCode(), o.region(),
                names(o.industries()), o.description());
    }

    private ApiModels.Solution solution(SolutionDetails s) {
        var owner = owners(List.of(s.organizationId())).get(s.organizationId());
        return new ApiModels.Solution(s.id(), s.ref(), s.organizationId(), owner == null ? null : owner.ref(),
                s.providerName(), s.title(), s.description(), names(s.industries()), names(s.directions()),
                names(s.categories()), s.priceMinWan(), s.priceMaxWan(), s.status().name());
    }

    private static ApiModels.Solution solution(SolutionSummary s, Map<Long, OrganizationInfo> owners) {
        var owner = owners.get(s.organizationId());
        return new ApiModels.Solution(s.id(), s.ref(), s.organizationId(), owner == null ? null : owner.ref(),
                s.providerName(), s.title(), s.description(), names(s.industries()), names(s.directions()),
                names(s.categories()), s.priceMinWan(), s.priceMaxWan(), s.status().name());
    }

    private ApiModels.Need need(NeedDetails n) {
        var owner = n.ownerShown() ? owners(List.of(n.organizationId())).get(n.organizationId()) : null;
        return new ApiModels.Need(n.id(), n.ref(), n.ownerShown() ? n.organizationId() : null, owner == null ? null : owner.ref(),
                n.ownerShown() ? n.organizationName() : null, n.title(), n.description(), n.industry() == null ? null : n.industry().name(),
                names(n.directions()),
                n.region(), n.budgetMinWan(), n.budgetMaxWan(), n.status().name());
    }

    private static ApiModels.Need need(NeedSummary n, Map<Long, OrganizationInfo> owners) {
        var owner = owners.get(n.organizationId());
        return new ApiModels.Need(n.id(), n.ref(), n.ownerShown() ? n.organizationId() : null,
                owner == null || !n.ownerShown() ? null : owner.ref(), n.ownerShown() ? n.organizationName() : null, n.title(), n.description(), n.industry() == null ? null : n.industry().name(),
                names(n.directions()),
                n.region(), n.budgetMinWan(), n.budgetMaxWan(), n.status().name());
    }
}
