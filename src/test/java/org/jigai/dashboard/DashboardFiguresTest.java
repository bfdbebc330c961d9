package org.jigai.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jigai.base.Direction;
import org.jigai.base.Industry;
import org.jigai.base.ServiceCategory;
import org.jigai.engagement.EngagementFact;
import org.jigai.need.NeedFact;
import org.jigai.project.KeyProjectFact;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's figures on a fixed data set, every one worked out by hand below.
 *
 * <pre>
 * needs published in 2026: n1 (Mar 1, machinery, 黄岛, smart+green), n2 (Mar 10, machinery, 即墨, green),
 *   n3 (Jun 5, food, 黄岛, smart), n4 (Nov 20, food, 济南 → other, safety); n5 was published in 2025
 * engagements: e1 on n1 (first proposal Mar 5, signed Apr 2 at 300 万元, completed Sep 1)
 *              e2 on n1 (first proposal Mar 3, never signed)
 *              e3 on n2 (first proposal Mar 20, signed Jun 15 at 120.5 万元)
 *              e4 on n3 (no proposal yet)
 *              e5 on n5 (2025's need, signed Jan 10 2026 at 80 万元)
 * posted 4 · engaged 3 (n1 n2 n3) · contracted 2 (n1 n2) · completed 1 (n1) · match rate 3/4 = 75%
 * days to the first proposal: n1 min(Mar 5, Mar 3) − Mar 1 = 2; n2 Mar 20 − Mar 10 = 10 → median 6
 * contracts signed in 2026: e1 300 (Apr) + e3 120.5 (Jun) + e5 80 (Jan) = 500.5
 * key projects: p1 registered 2025-05-01 in production 2025-12-01 (not tracked: in production before 2026),
 *   p2 registered 2025-09-01 completed 2026-03-15 in production 2026-04-01 (tracked, completed),
 *   p3 registered 2026-02-01 (tracked), p4 registered 2027-01-05 (not tracked)  → tracked 2, completed 1
 * events held: 2026-03-18, 2026-03-28, 2026-07-01 and 2025-12-20 → 3 in 2026 (two in March)
 * pool: diagnosis 5, testing 2 → 7
 * </pre>
 */
class DashboardFiguresTest {

    static final int YEAR = 2026;

    static DashboardFigures.Figures figures() {
        var needs = List.of(
                new NeedFact(1, LocalDate.of(2026, 3, 1), Industry.MACHINERY, EnumSet.of(Direction.SMART,
                        Direction.GREEN), "370211"),
                new NeedFact(2, LocalDate.of(2026, 3, 10), Industry.MACHINERY, EnumSet.of(Direction.GREEN), "370215"),
                new NeedFact(3, LocalDate.of(2026, 6, 5), Industry.FOOD, EnumSet.of(Direction.SMART), "370211"),
                new NeedFact(4, LocalDate.of(2026, 11, 20), Industry.FOOD, EnumSet.of(Direction.SAFETY), "370100"),
                new NeedFact(5, LocalDate.of(2025, 12, 1), Industry.FOOD, Set.of(), "370211"));
        var engagements = List.of(
                new EngagementFact(1, 1, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 5), LocalDate.of(2026, 4, 2),
                        new BigDecimal("300"), LocalDate.of(2026, 9, 1)),
                new EngagementFact(2, 1, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3), null, null, null),
                new EngagementFact(3, 2, LocalDate.of(2026, 3, 11), LocalDate.of(2026, 3, 20),
                        LocalDate.of(2026, 6, 15), new BigDecimal("120.5"), null),
                new EngagementFact(4, 3, LocalDate.of(2026, 6, 6), null, null, null, null),
                new EngagementFact(5, 5, LocalDate.of(2025, 12, 3), LocalDate.of(2025, 12, 10),
                        LocalDate.of(2026, 1, 10), new BigDecimal("80"), null));
        var projects = List.of(
                new KeyProjectFact(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 11, 1), LocalDate.of(2025, 12, 1),
                        Industry.MACHINERY, "370211"),
                new KeyProjectFact(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 3, 15), LocalDate.of(2026, 4, 1),
                        Industry.MACHINERY, "370211"),
                new KeyProjectFact(LocalDate.of(2026, 2, 1), null, null, Industry.FOOD, "370215"),
                new KeyProjectFact(LocalDate.of(2027, 1, 5), null, null, Industry.FOOD, "370215"));
        var events = List.of(LocalDate.of(2026, 3, 18), LocalDate.of(2026, 3, 28), LocalDate.of(2026, 7, 1),
                LocalDate.of(2025, 12, 20));
        return DashboardFigures.compute(new DashboardFigures.Inputs(YEAR, LocalDate.of(2026, 11, 30), needs,
                engagements, projects, events, 20, Map.of(ServiceCategory.DIAGNOSIS, 5L, ServiceCategory.TESTING, 2L),
                4, 10, 500, 100));
    }

    @Test
    void the_figures_against_the_targets() {
        var k = figures().kpis();
        assertThat(k.eventsHeld()).isEqualTo(3);
        assertThat(k.eventsTarget()).isEqualTo(20);
        assertThat(k.casesSelected()).isEqualTo(4);
        assertThat(k.keyTracked()).isEqualTo(2);
        assertThat(k.keyCompleted()).isEqualTo(1);
        assertThat(k.poolMembers()).isEqualTo(7);
        assertThat(k.needsPosted()).isEqualTo(4);
        assertThat(k.needsEngaged()).isEqualTo(3);
        assertThat(k.needsContracted()).isEqualTo(2);
        assertThat(k.needsCompleted()).isEqualTo(1);
        assertThat(k.matchRate()).isCloseTo(0.75, within(1e-9));
        assertThat(k.medianDaysToProposal()).isCloseTo(6.0, within(1e-9));
        assertThat(k.contractWan()).isEqualByComparingTo("500.5");
    }

    @Test
    void the_trend_by_month() {
        var trend = figures().table("trend");
        assertThat(trend.categories()).hasSize(12);
        assertThat(series(trend, "needsPosted")).containsExactly(0L, 0L, 2L, 0L, 0L, 1L, 0L, 0L, 0L, 0L, 1L, 0L);
        assertThat(series(trend, "engagementsSigned")).containsExactly(1L, 0L, 0L, 1L, 0L, 1L, 0L, 0L, 0L, 0L, 0L, 0L);
        assertThat(series(trend, "eventsHeld")).containsExactly(0L, 0L, 2L, 0L, 0L, 0L, 1L, 0L, 0L, 0L, 0L, 0L);
        assertThat(series(trend, "keyRegistered")).containsExactly(0L, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
        assertThat(series(trend, "keyCompleted")).containsExactly(0L, 0L, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
        var contracts = figures().table("contracts");
        assertThat(contracts.series().getFirst().values().get(0)).isEqualTo(new BigDecimal("80"));
        assertThat(contracts.series().getFirst().values().get(3)).isEqualTo(new BigDecimal("300"));
        assertThat(contracts.series().getFirst().values().get(5)).isEqualTo(new BigDecimal("120.5"));
    }

    @Test
    void the_funnel_and_the_breakdowns() {
        var f = figures();
        assertThat(series(f.table("funnel"), "needs")).containsExactly(4L, 3L, 2L, 1L);
        assertThat(f.table("pool").categories()).containsExactly("DIAGNOSIS", "TESTING");
        var industry = f.table("industry");
        assertThat(industry.categories()).containsExactly("FOOD", "MACHINERY");
        assertThat(series(industry, "needsPosted")).containsExactly(2L, 2L);
        assertThat(series(industry, "needsContracted")).containsExactly(0L, 2L);
        var direction = f.table("direction");
        assertThat(direction.categories()).containsExactly("GREEN", "SMART", "SAFETY");
        assertThat(series(direction, "needsPosted")).containsExactly(2L, 2L, 1L);
        assertThat(series(direction, "needsContracted")).containsExactly(2L, 1L, 0L);
        var region = f.table("region");
        assertThat(region.categories()).containsExactly("370211", "370215", "OTHER");
        assertThat(series(region, "needsPosted")).containsExactly(2L, 1L, 1L);
        assertThat(series(region, "needsContracted")).containsExactly(1L, 1L, 0L);
    }

    @Test
    void an_empty_year_has_no_rates() {
        var f = DashboardFigures.compute(new DashboardFigures.Inputs(YEAR, LocalDate.of(2026, 1, 2), List.of(),
                List.of(), List.of(), List.of(), 20, Map.of(), 0, 10, 500, 100));
        assertThat(f.kpis().matchRate()).isNull();
        assertThat(f.kpis().medianDaysToProposal()).isNull();
        assertThat(f.kpis().contractWan()).isZero();
        assertThat(f.table("industry").categories()).isEmpty();
    }

    @Test
    void a_chart_s_figures_read_back_from_its_workbook() throws Exception {
        var t = figures().table("funnel");
        byte[] bytes = DashboardService.workbook("需求转化", "环节", List.of("发布", "有对接", "已签约", "已完成"),
                List.of("需求数"), t);
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(bytes))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("需求转化");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("需求数");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("发布");
            assertThat(sheet.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(4.0);
            assertThat(sheet.getRow(5).getCell(1).getNumericCellValue()).isEqualTo(1.0);
        }
    }

    private static List<Long> series(DashboardFigures.Table t, String key) {
        return t.series().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow().values().stream()
                .map(Number::longValue).toList();
    }
}
