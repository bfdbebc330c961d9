package org.jigai.project;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jigai.base.Direction;
import org.jigai.base.Industry;
import org.jigai.base.InvalidInputException;
import org.jigai.base.Translations;
import org.jigai.base.web.ApiPage;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The project library in the REST API: a page of the projects the caller may read, and the bulk import. */
@RestController
@Tag(name = "Projects", description = "The key upgrade-project library (an enterprise sees its own projects)")
class ProjectController {

    private final ProjectService projects;
    private final Translations translations;

    ProjectController(ProjectService projects, Translations translations) {
        this.projects = projects;
        this.translations = translations;
    }

    /** One project in the API. */
    record ApiProject(long id, String ref, long enterpriseId, String enterpriseName, String name, ProjectStage stage,
            String region, Industry industry, Set<Direction> directions, int libraryYear, BigDecimal totalInvestmentWan,
            BigDecimal equipmentInvestmentWan, @Nullable BigDecimal investedWan, @Nullable Integer percentComplete,
            @Nullable String filingNumber, LocalDate plannedCompletion, @Nullable LocalDate actualStart,
            @Nullable LocalDate actualCompletion, @Nullable LocalDate actualProduction, boolean overdue,
            @Nullable LocalDate oldestMissingDue) {

        static ApiProject of(ProjectSummary s) {
            return new ApiProject(s.id(), s.ref(), s.enterpriseId(), s.enterpriseName(), s.name(), s.stage(),
                    s.region(), s.industry(), s.directions(), s.libraryYear(), s.totalInvestmentWan(),
                    s.equipmentInvestmentWan(), s.investedWan(), s.percentComplete(), s.filingNumber(),
                    s.plannedCompletion(), s.actualStart(), s.actualCompletion(), s.actualProduction(), s.overdue(),
                    s.oldestMissingDue());
        }
    }

    @GetMapping("/api/v1/projects")
    @Operation(summary = "A page of the projects the caller may read (an enterprise its own; bureau and admin all)")
    ApiPage<ApiProject> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
            @RequestParam(defaultValue = "false") boolean overdue) {
        var filter = new LibraryFilter(null, null, null, null, null, null, overdue, null);
        var found = projects.list(filter, ApiPage.request(page, size));
        return new ApiPage<>(found.getContent().stream().map(ApiProject::of).toList(), page, size,
                found.getTotalElements());
    }

    /** One project of an import. */
    record ImportItem(@Nullable String ref, @Nullable String filingNumber, @Nullable String enterpriseCreditCode,
            @Nullable String name, @Nullable Industry industry, @Nullable Set<Direction> directions,
            @Nullable String region, @Nullable BigDecimal totalInvestmentWan, @Nullable BigDecimal equipmentInvestmentWan,
            @Nullable LocalDate plannedStart, @Nullable LocalDate plannedCompletion,
            @Nullable LocalDate plannedProduction, @Nullable String description, @Nullable ProjectStage stage,
            @Nullable LocalDate actualStart, @Nullable LocalDate actualCompletion, @Nullable LocalDate actualProduction,
            @Nullable Integer libraryYear, @Nullable Integer percentComplete, @Nullable BigDecimal investedWan) {}

    record ImportBody(@Nullable List<ImportItem> projects) {}

    record ImportError(@Nullable String ref, String field, String message) {}

    record ImportResult(int created, int updated, int unchanged, List<ImportError> errors) {}

    static final int IMPORT_MAX = 1000;

    @PostMapping("/api/v1/projects/import")
    @org.springframework.security.access.prepost.PreAuthorize("hasAnyRole('BUREAU','ADMIN')")
    @Operation(summary = "Upsert projects by ref (bureau or admin); every refused record is reported with a message")
    ImportResult importAll(@RequestBody ImportBody body) {
        List<ImportItem> items = body.projects() == null ? List.of() : body.projects();
        if (items.size() > IMPORT_MAX) {
            throw InvalidInputException.of("projects", "import.error.tooMany", IMPORT_MAX);
        }
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        var errors = new ArrayList<ImportError>();
        var seen = new java.util.HashSet<String>();
        for (ImportItem item : items) {
            if (item == null) {
                continue;
            }
            if (item.ref() == null || item.ref().isBlank()) {
                errors.add(new ImportError(null, "ref", translations.get("import.error.ref")));
                continue;
            }
            if (!seen.add(item.ref().strip())) {
                errors.add(new ImportError(item.ref(), "ref", translations.get("import.error.duplicate")));
                continue;
            }
            var form = new ProjectForm(item.name(), item.industry(), item.directions() == null ? Set.of()
                    : item.directions(), item.region(), item.totalInvestmentWan(), item.equipmentInvestmentWan(),
                    item.plannedStart(), item.plannedCompletion(), item.plannedProduction(), item.filingNumber(),
                    item.description(), List.of(), Set.of());
            try {
                switch (projects.importProject(new ProjectService.ImportedProject(item.ref(),
                        item.enterpriseCreditCode(), form, item.stage(), item.actualStart(), item.actualCompletion(),
                        item.actualProduction(), item.libraryYear(), item.percentComplete(), item.investedWan()))) {
                    case CREATED -> created++;
                    case UPDATED -> updated++;
                    case UNCHANGED -> unchanged++;
                }
            } catch (InvalidInputException invalid) {
                invalid.problems().forEach((field, problem) -> errors.add(new ImportError(item.ref(), field,
                        translations.get(problem.key(), problem.args()))));
            } catch (org.springframework.security.access.AccessDeniedException denied) {
                throw denied;
            } catch (RuntimeException failed) {
                errors.add(new ImportError(item.ref(), "", translations.get("project.error.rowFailed")));
            }
        }
        return new ImportResult(created, updated, unchanged, errors);
    }
}
