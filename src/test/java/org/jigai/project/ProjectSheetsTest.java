package org.jigai.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jigai.IntegrationTest;
import org.jigai.TestData;
import org.jigai.account.AccountService;
import org.jigai.base.Direction;
import org.jigai.base.Formats;
import org.jigai.base.Industry;
import org.jigai.base.InvalidInputException;
import org.jigai.base.Translations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** The scheduling sheet: exported, read back cell by cell, and imported again with per-row errors. */
@IntegrationTest
class ProjectSheetsTest {

    @Autowired ProjectSheets sheets;
    @Autowired ProjectService projects;
    @Autowired AccountService accounts;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
    final LocalDate today = LocalDate.now(Formats.ZONE);
    final DataFormatter formatter = new DataFormatter();

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_export_has_one_row_per_project_with_the_periods_and_cumulative_figures() throws Exception {
        String tag = "导出校验" + System.nanoTime();
        String user = TestData.username("sheet-ent");
        var registration = TestData.enterprise(user);
        accounts.register(registration);
        TestData.actAs(accounts, user);
        long id = projects.create(new ProjectForm(tag + "数控车间改造", Industry.MACHINERY,
                EnumSet.of(Direction.SMART, Direction.GREEN), "370281", new BigDecimal("1200"), new BigDecimal("800"),
                today.minusMonths(2), today.plusMonths(6), today.plusMonths(8), "2026-370281-34-03-777001",
                "数控车间设备联网与能源监测", List.of(new ExpectedResult(ResultKind.OUTPUT, new BigDecimal("3000"), "万元/年")),
                Set.of()), null);
        jdbc.update("update project set created_at = ? where id = ?", java.sql.Timestamp.from(
                today.minusMonths(2).withDayOfMonth(1).atTime(10, 0).atZone(Formats.ZONE).toInstant()), id);
        LocalDate m2 = today.minusMonths(2).withDayOfMonth(1);
        LocalDate m1 = today.minusMonths(1).withDayOfMonth(1);
        projects.saveReport(id, m2, new ReportForm(10, new BigDecimal("150"), null, List.of(), null), true);
        projects.saveReport(id, m1, new ReportForm(35, new BigDecimal("420.5"), null,
                List.of(new Problem(ProblemKind.POWER, "变压器扩容待批", null)), null), true);
        projects.take(id, ProjectTransition.START, today.minusDays(40), null);

        assertThatThrownBy(() -> sheets.export(LibraryFilter.ALL, Translations.CHINESE))
                .as("enterprises do not export the library").isInstanceOf(AccessDeniedException.class);
        TestData.actAs(accounts, "demo-bureau");
        byte[] bytes = sheets.export(new LibraryFilter(null, null, null, null, null, null, false, tag),
                Translations.CHINESE);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("重点技改项目调度表");
            assertThat(sheet.getLastRowNum()).as("one project, one row").isEqualTo(1);
            var headers = sheets.headers(Translations.CHINESE);
            Row head = sheet.getRow(0);
            Row row = sheet.getRow(1);
            java.util.function.Function<String, String> cell = field -> formatter.formatCellValue(
                    row.getCell(List.copyOf(headers.keySet()).indexOf(field)));
            assertThat(formatter.formatCellValue(head.getCell(0))).isEqualTo("项目编号");
            assertThat(cell.apply("name")).isEqualTo(tag + "数控车间改造");
            assertThat(cell.apply("filingNumber")).isEqualTo("2026-370281-34-03-777001");
            assertThat(cell.apply("enterpriseCreditCode")).isEqualTo(registration.creditCode());
            assertThat(cell.apply("region")).isEqualTo("胶州市");
            assertThat(cell.apply("stage")).isEqualTo("在建");
            assertThat(cell.apply("directions")).contains("智能化").contains("绿色化");
            assertThat(cell.apply("period")).isEqualTo(m1 + "~" + m1.plusMonths(1).minusDays(1));
            assertThat(new BigDecimal(cell.apply("periodInvestedWan"))).as("in the period: 420.5 - 150")
                    .isEqualByComparingTo("270.5");
            assertThat(new BigDecimal(cell.apply("investedWan"))).isEqualByComparingTo("420.5");
            assertThat(new BigDecimal(cell.apply("investedShare"))).as("420.5 / 1200").isEqualByComparingTo("35.0");
            assertThat(cell.apply("percentComplete")).isEqualTo("35");
            assertThat(cell.apply("problems")).isEqualTo("用电用能：变压器扩容待批");
            assertThat(cell.apply("overdue")).as("this month's report is not due yet").isEqualTo("否");
            assertThat(row.getCell(List.copyOf(headers.keySet()).indexOf("actualStart")).getLocalDateTimeCellValue()
                    .toLocalDate()).isEqualTo(today.minusDays(40));
        }
        // the export read back as an import changes nothing, and keeps what the sheet does not carry
        var again = sheets.importWorkbook(bytes, Translations.CHINESE);
        assertThat(again.errors()).isEmpty();
        assertThat(again.unchanged()).isEqualTo(1);
        // the figures of a project that reports here are the reports': another figure is refused
        byte[] changed;
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes)); var out = new ByteArrayOutputStream()) {
            var row = workbook.getSheetAt(0).getRow(1);
            row.getCell(List.copyOf(sheets.headers(Translations.CHINESE).keySet()).indexOf("investedWan"))
                    .setCellValue(999);
            workbook.write(out);
            changed = out.toByteArray();
        }
        assertThat(sheets.importWorkbook(changed, Translations.CHINESE).errors())
                .extracting(ProjectSheets.RowError::column).containsExactly("累计完成投资（万元）");
        var d = projects.details(id);
        assertThat(d.description()).isEqualTo("数控车间设备联网与能源监测");
        assertThat(d.results()).hasSize(1);
        assertThat(d.summary().stage()).isEqualTo(ProjectStage.UNDER_CONSTRUCTION);
    }

    @Test
    void the_import_reads_the_same_layout_and_reports_every_refused_row() throws Exception {
        String user = TestData.username("sheet-imp");
        var registration = TestData.enterprise(user);
        accounts.register(registration);
        String code = registration.creditCode();
        String ref = "IMP-" + System.nanoTime();
        TestData.actAs(accounts, "demo-bureau");
        var headers = List.copyOf(sheets.headers(Translations.CHINESE).keySet());
        byte[] file = workbook(headers, List.of(
                // 2: a new project, written with labels
                row(headers, ref + "-1", "", "注塑车间节能改造", code, "胶州市", "机械装备", "绿色化、设备更新", "900", "400",
                        "2026-03-01", "2026-12-31", "2027-02-28", "在建", "2026-03-05", "", "", "2026", "120", "15"),
                // 3: the same ref again in another row: updated
                row(headers, ref + "-1", "", "注塑车间节能降碳改造", code, "370281", "MACHINERY", "GREEN", "900", "400",
                        "2026-03-01", "2026-12-31", "2027-02-28", "UNDER_CONSTRUCTION", "2026-03-05", "", "", "2026", "",
                        ""),
                // 4: a filing number in the wrong format, an unknown enterprise
                row(headers, ref + "-2", "2026-3702-1", "喷涂线改造", "91370200163562681G", "胶州市", "机械装备", "智能化",
                        "800", "300", "2026-03-01", "2026-12-31", "2027-02-28", "计划", "", "", "", "", "", ""),
                // 5: completion before start, a date that is not one, investment below the threshold
                row(headers, ref + "-3", "", "装配线改造", code, "胶州市", "机械装备", "智能化", "300", "100",
                        "2026-03-01", "2026-12-31", "下个月", "竣工", "2026-05-01", "2026-04-01", "", "", "", ""),
                // 6: blank row: skipped silently
                row(headers, "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", ""),
                // 7: a stage with a future actual date
                row(headers, ref + "-4", "", "仓储自动化", code, "胶州市", "机械装备", "智能化", "1000", "600",
                        "2026-03-01", "2026-12-31", "2027-02-28", "在建", today.plusDays(5).toString(), "", "", "", "",
                        "")));
        var result = sheets.importWorkbook(file, Translations.CHINESE);
        assertThat(result.created()).isEqualTo(1);
        assertThat(result.updated()).as(result.toString()).isEqualTo(1);
        assertThat(result.errors()).extracting(ProjectSheets.RowError::row).containsOnly(4, 5, 7);
        assertThat(result.errors()).anySatisfy(e -> {
            assertThat(e.row()).isEqualTo(4);
            assertThat(e.column()).isEqualTo("备案号");
            assertThat(e.message()).contains("2025-370211-34-03-012345");
        });
        assertThat(result.errors()).anySatisfy(e -> {
            assertThat(e.row()).isEqualTo(4);
            assertThat(e.column()).isEqualTo("统一社会信用代码");
        });
        assertThat(result.errors()).anySatisfy(e -> {
            assertThat(e.row()).isEqualTo(5);
            assertThat(e.column()).isEqualTo("计划投产");
            assertThat(e.message()).contains("下个月");
        });
        assertThat(result.errors()).anySatisfy(e -> {
            assertThat(e.row()).isEqualTo(7);
            assertThat(e.column()).isEqualTo("实际开工");
            assertThat(e.message()).isEqualTo("实际日期不能晚于今天");
        });
        long id = projects.idOfRef(ref + "-1").orElseThrow();
        var d = projects.details(id);
        assertThat(d.summary().name()).isEqualTo("注塑车间节能降碳改造");
        assertThat(d.summary().stage()).isEqualTo(ProjectStage.UNDER_CONSTRUCTION);
        assertThat(d.summary().investedWan()).as("taken from the first row: no report filed here")
                .isEqualByComparingTo("120");
        assertThat(projects.idOfRef(ref + "-2")).isEmpty();
        // the same file again changes nothing more
        var again = sheets.importWorkbook(workbook(headers, List.<String[]>of(row(headers, ref + "-1", "", "注塑车间节能降碳改造",
                code, "370281", "MACHINERY", "GREEN", "900", "400", "2026-03-01", "2026-12-31", "2027-02-28",
                "UNDER_CONSTRUCTION", "2026-03-05", "", "", "2026", "", ""))), Translations.CHINESE);
        assertThat(again.unchanged()).as(again.toString()).isEqualTo(1);
        // no stage: the project keeps its own; an earlier stage: refused; ref and filing number of two projects: refused
        var keep = sheets.importWorkbook(workbook(headers, List.<String[]>of(row(headers, ref + "-1", "", "注塑车间节能降碳改造",
                code, "370281", "MACHINERY", "GREEN", "900", "400", "2026/3/1", "2026.12.31", "2027年2月28日", "", "",
                "", "", "2026", "", ""))), Translations.CHINESE);
        assertThat(keep.errors()).isEmpty();
        assertThat(keep.unchanged()).as("dates written another way, no stage given").isEqualTo(1);
        var back = sheets.importWorkbook(workbook(headers, List.<String[]>of(row(headers, ref + "-1", "", "注塑车间节能降碳改造",
                code, "370281", "MACHINERY", "GREEN", "900", "400", "2026-03-01", "2026-12-31", "2027-02-28", "计划",
                "", "", "", "2026", "", ""))), Translations.CHINESE);
        assertThat(back.errors()).extracting(ProjectSheets.RowError::message).containsExactly("导入不能让项目退回到更早的阶段");
        assertThat(projects.details(id).summary().stage()).isEqualTo(ProjectStage.UNDER_CONSTRUCTION);
        assertThatThrownBy(() -> sheets.importWorkbook(workbook(List.of("a", "b", "c"), List.of()), Translations.CHINESE))
                .as("another layout").isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get("file").key()).isEqualTo("project.error.layout"));
        assertThatThrownBy(() -> sheets.importWorkbook("not a workbook".getBytes(), Translations.CHINESE))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get("file").key()).isEqualTo("excel.error.file"));
    }

    static String[] row(List<String> headers, String... values) {
        return values;
    }

    /** A workbook in the export's layout: the read columns in order, the others left empty. */
    byte[] workbook(List<String> fields, List<String[]> rows) throws Exception {
        var labels = sheets.headers(Translations.CHINESE);
        List<String> read = List.of("ref", "filingNumber", "name", "enterpriseCreditCode", "region", "industry",
                "directions", "totalInvestmentWan", "equipmentInvestmentWan", "plannedStart", "plannedCompletion",
                "plannedProduction", "stage", "actualStart", "actualCompletion", "actualProduction", "libraryYear",
                "investedWan", "percentComplete");
        try (var wb = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet("projects");
            var head = sheet.createRow(0);
            for (int i = 0; i < fields.size(); i++) {
                head.createCell(i).setCellValue(labels.getOrDefault(fields.get(i), fields.get(i)));
            }
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r + 1);
                for (int i = 0; i < read.size(); i++) {
                    String v = rows.get(r)[i];
                    if (!v.isEmpty()) {
                        row.createCell(fields.indexOf(read.get(i))).setCellValue(v);
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }
}
