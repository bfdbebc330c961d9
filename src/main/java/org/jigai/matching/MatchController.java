package org.jigai.matching;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The matching endpoints of API.md; reasons are in Chinese like every message of the API. */
@RestController
@Tag(name = "Matching", description = "Ranked recommendations with their reasons")
class MatchController {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final MatchingService matching;

    MatchController(MatchingService matching) {
        this.matching = matching;
    }

    record SolutionMatch(long solutionId, @Nullable String solutionRef, long providerId, @Nullable String providerRef,
            String providerName, String title, double score, MatchLevel level, List<String> reasons, int similar) {}

    record NeedMatch(long needId, @Nullable String needRef, long enterpriseId, @Nullable String enterpriseRef,
            String enterpriseName, String title, double score, MatchLevel level, List<String> reasons, int similar) {}

    @GetMapping("/api/v1/needs/{id}/matches")
    @Operation(summary = "Published solutions ranked for a need of the caller's organisation (staff: any need)")
    List<SolutionMatch> needMatches(@PathVariable long id, @RequestParam(defaultValue = "10") int limit) {
        return matching.solutionsForNeed(id, limit, CHINESE).stream().map(r -> new SolutionMatch(r.id(), r.ref(),
                r.organizationId(), r.organizationRef(), r.organizationName(), r.title(), r.score(), r.level(),
                r.reasons(), r.similar())).toList();
    }

    @GetMapping("/api/v1/solutions/{id}/matches")
    @Operation(summary = "Open needs ranked for a solution of the caller's organisation (staff: any solution)")
    List<NeedMatch> solutionMatches(@PathVariable long id, @RequestParam(defaultValue = "10") int limit) {
        return matching.needsForSolution(id, limit, CHINESE).stream().map(r -> new NeedMatch(r.id(), r.ref(),
                r.organizationId(), r.organizationRef(), r.organizationName(), r.title(), r.score(), r.level(),
                r.reasons(), r.similar())).toList();
    }
}
