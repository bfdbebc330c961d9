package org.jigai.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jigai.base.Formats;
import org.jigai.engagement.EngagementService;
import org.jigai.event.EventService;
import org.jigai.need.NeedService;
import org.jigai.pool.PoolService;
import org.jigai.project.LibraryTotals;
import org.jigai.project.ProjectService;
import org.jigai.selection.SelectionService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The bureau's dashboard: gathers the year's facts from the modules (each call checks the caller is staff) and
 * computes the figures ({@link DashboardFigures}); writes any chart's figures as a workbook.
 */
@Service
public class DashboardService {

    /** How many years back the dashboard shows. */
    public static final int YEARS_BACK = 3;

    private final NeedService needs;
    private final EngagementService engagements;
    private final ProjectService projects;
    private final EventService events;
    private final PoolService pool;
    private final SelectionService selection;
    private final Clock clock;

    DashboardService(NeedService needs, EngagementService engagements, ProjectService projects, EventService events,
            PoolService pool, SelectionService selection, Clock clock) {
        this.needs = needs;
        this.engagements = engagements;
        this.projects = projects;
        this.events = events;
        this.pool = pool;
        this.selection = selection;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.ZONE));
    }

    @PreAuthorize("hasAnyRole('BUREAU','ADMIN')")
    public DashboardFigures.Figures figures(int year) {
        LocalDate today = today();
        if (year > today.getYear() || year < today.getYear() - YEARS_BACK) {
            throw new IllegalArgumentException("year " + year);
        }
        LocalDate jan1 = LocalDate.of(year, 1, 1);
        LocalDate dec31 = LocalDate.of(year, 12, 31);
        var cases = selection.yearCases(year);
        return DashboardFigures.compute(new DashboardFigures.Inputs(year, today, needs.publishedBetween(jan1, dec31),
                engagements.factsUntil(dec31.plusDays(1).atStartOfDay(Formats.ZONE).toInstant()),
                projects.keyProjectFacts(), events.heldDays(year), EventService.TARGET_EVENTS, pool.memberCounts(year),
                cases.selected(), cases.target(), LibraryTotals.TRACKED_TARGET, LibraryTotals.COMPLETED_TARGET));
    }

    /**
     * One chart's figures as a workbook: a title row, then the categories down the first column and one column per
     * series, headed by the given names (the page's labels).
     */
    public static byte[] workbook(String title, String categoryHeader, List<String> categories, List<String> series,
            DashboardFigures.Table table) {
        try (var wb = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet(org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName(title));
            sheet.createRow(0).createCell(0).setCellValue(title);
            var head = sheet.createRow(1);
            head.createCell(0).setCellValue(categoryHeader);
            for (int s = 0; s < series.size(); s++) {
                head.createCell(s + 1).setCellValue(series.get(s));
            }
            for (int i = 0; i < categories.size(); i++) {
                var row = sheet.createRow(i + 2);
                row.createCell(0).setCellValue(categories.get(i));
                for (int s = 0; s < table.series().size(); s++) {
                    row.createCell(s + 1).setCellValue(table.series().get(s).values().get(i).doubleValue());
                }
            }
            sheet.setColumnWidth(0, 24 * 256);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
