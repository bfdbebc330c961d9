package org.jigai.project;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jigai.IntegrationTest;
import org.jigai.TestData;
import org.jigai.account.AccountService;
import org.jigai.base.Direction;
import org.jigai.base.Formats;
import org.jigai.base.Industry;
import org.jigai.base.Translations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * How the library's work scales with its size (docs/benchmarks.md): not part of {@code ./mvnw verify} (its name does
 * not end in Test); run with {@code ./mvnw test -Dtest=ProjectLibraryBenchmark [-Dbench.projects=500,2000]}. For each
 * size it imports projects through the service with twelve months of report history each (a quarter of them missing
 * the last two reports), then times the bureau's library page (a page of the list and its totals), the xlsx export,
 * the daily reminder run over every project owing reports, and one project's page data. Writes
 * target/project-benchmark.md.
 */
@IntegrationTest
class ProjectLibraryBenchmark {

    @Autowired ProjectService projects;
    @Autowired ProjectSheets sheets;
    @Autowired AccountService accounts;

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_library_at_several_sizes() throws Exception {
        String user = TestData.username("bench-ent");
        var registration = TestData.enterprise(user);
        accounts.register(registration);
        TestData.actAs(accounts, "demo-bureau");
        LocalDate today = LocalDate.now(Formats.ZONE);
        var lines = new ArrayList<String>();
        lines.add("| projects | import + history (s) | list page + totals (ms) | export (s, KB) | reminder run (s) | project page (ms) |");
        lines.add("|---|---|---|---|---|---|");
        int made = 0;
        for (String size : System.getProperty("bench.projects", "500,2000").split(",")) {
            int target = Integer.parseInt(size.strip());
            long t0 = System.nanoTime();
            for (; made < target; made++) {
                String ref = "BENCH-" + made;
                LocalDate registered = today.minusMonths(13).withDayOfMonth(1 + made % 27);
                projects.importProject(new ProjectService.ImportedProject(ref, registration.creditCode(),
                        new ProjectForm("基准项目" + made, Industry.values()[made % Industry.values().length],
                                EnumSet.of(Direction.values()[made % Direction.values().length]), "370281",
                                new BigDecimal(600 + made % 9000), new BigDecimal(300), today.minusMonths(12),
                                today.plusMonths(6), today.plusMonths(8), null, null, List.of(), Set.of()),
                        org.jigai.project.ProjectStage.UNDER_CONSTRUCTION, today.minusMonths(12), null, null, null,
                        null, null));
                long id = projects.idOfRef(ref).orElseThrow();
                var past = new ArrayList<ProjectService.PastReport>();
                int months = made % 4 == 0 ? 10 : 12;
                for (int m = 0; m < months; m++) {
                    past.add(new ProjectService.PastReport(registered.withDayOfMonth(1).plusMonths(m), 5 + m * 7,
                            new BigDecimal(40 * (m + 1)), "节点 " + m, List.of()));
                }
                projects.backfill(id, registered, past);
            }
            double importSeconds = (System.nanoTime() - t0) / 1e9;
            // warm, then time
            projects.list(LibraryFilter.ALL, PageRequest.of(0, 50));
            projects.totals(LibraryFilter.ALL);
            long t1 = System.nanoTime();
            for (int i = 0; i < 10; i++) {
                projects.list(LibraryFilter.ALL, PageRequest.of(i, 50));
                projects.totals(LibraryFilter.ALL);
            }
            double pageMs = (System.nanoTime() - t1) / 1e6 / 10;
            long t2 = System.nanoTime();
            byte[] xlsx = sheets.export(LibraryFilter.ALL, Translations.CHINESE);
            double exportSeconds = (System.nanoTime() - t2) / 1e9;
            long t3 = System.nanoTime();
            projects.runReminders(Instant.now());
            double reminderSeconds = (System.nanoTime() - t3) / 1e9;
            long someId = projects.idOfRef("BENCH-0").orElseThrow();
            long t4 = System.nanoTime();
            for (int i = 0; i < 10; i++) {
                projects.details(someId);
                projects.periods(someId);
                projects.timeline(someId);
            }
            double projectMs = (System.nanoTime() - t4) / 1e6 / 10;
            lines.add(String.format("| %,d | %.0f | %.0f | %.1f, %,d | %.1f | %.0f |", target, importSeconds, pageMs,
                    exportSeconds, xlsx.length / 1024, reminderSeconds, projectMs));
            System.out.println(lines.getLast());
        }
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "project-benchmark.md"), lines);
        lines.forEach(System.out::println);
    }
}
