package org.jigai.matching;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jigai.base.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/search} of API.md: hits with highlighted snippets, facet counts and filters. */
@RestController
@Tag(name = "Search", description = "Full-text search over needs, solutions and provider organisations")
class SearchController {

    private final SearchService search;

    SearchController(SearchService search) {
        this.search = search;
    }

    record ApiHit(String type, long id, long organizationId, String organizationName, String title, String titleHtml,
            String snippet, double score) {}

    record ApiResult(List<ApiHit> content, int page, int size, long totalElements,
            Map<String, Map<String, Integer>> facets, boolean approximate, boolean partial) {}

    @GetMapping("/api/v1/search")
    @Operation(summary = "Search needs, solutions and provider organisations; snippets mark matches with <mark>")
    ApiResult search(@RequestParam(defaultValue = "") String q, @RequestParam @Nullable String type,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
            @RequestParam @Nullable String industry, @RequestParam @Nullable String direction,
            @RequestParam @Nullable String region, @RequestParam @Nullable String category) {
        SearchService.Type kind = null;
        if (type != null && !type.isBlank()) {
            try {
                kind = SearchService.Type.valueOf(type.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                throw InvalidInputException.of("type", "search.error.type");
            }
        }
        Map<String, String> filters = new LinkedHashMap<>();
        put(filters, Fields.INDUSTRY, industry);
        put(filters, Fields.DIRECTION, direction);
        put(filters, Fields.REGION, region);
        put(filters, Fields.CATEGORY, category);
        if (kind != null && !SearchService.Type.API.contains(kind)) {
            throw InvalidInputException.of("type", "search.error.type");
        }
        var result = search.search(new SearchService.Request(q, kind, filters, page, size), SearchService.Type.API);
        return new ApiResult(result.hits().stream().map(h -> new ApiHit(h.type().name().toLowerCase(Locale.ROOT), h.id(),
                h.organizationId(), h.organizationName(), h.title(), h.titleHtml(), h.snippetHtml(), h.score())).toList(),
                result.page(), result.size(), result.total(), result.facets(), result.approximate(), result.partial());
    }

    private static void put(Map<String, String> filters, String dimension, @Nullable String code) {
        if (code != null && !code.isBlank()) {
            filters.put(dimension, code.strip());
        }
    }
}
