package org.jigai.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jigai.IntegrationTest;
import org.jigai.TestData;
import org.jigai.account.AccountService;
import org.jigai.base.InvalidInputException;
import org.jigai.need.NeedService;
import org.jigai.provider.SolutionService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

@IntegrationTest
class ExcelExchangeTest {

    @Autowired ExcelExchange excel;
    @Autowired AccountService accounts;
    @Autowired NeedService needs;
    @Autowired SolutionService solutions;

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_template_has_the_three_sheets_with_code_drop_downs_and_help() throws Exception {
        TestData.actAs(accounts, "demo-bureau");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(excel.template()))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("机构");
            assertThat(workbook.getSheetAt(1).getSheetName()).isEqualTo("解决方案");
            assertThat(workbook.getSheetAt(2).getSheetName()).isEqualTo("技改需求");
            assertThat(text(workbook.getSheetAt(2), 0, 4)).isEqualTo("行业 *");
            assertThat(workbook.getSheetAt(3).getRow(1).getCell(0).getStringCellValue()).contains("工作表");
            var validations = workbook.getSheetAt(2).getDataValidations();
            assertThat(validations).extracting(v -> v.getValidationConstraint().getFormula1())
                    .contains("industries", "directions", "regions");
            var codes = workbook.getSheet("codes");
            assertThat(workbook.isSheetHidden(workbook.getSheetIndex(codes))).isTrue();
            var industries = workbook.getName("industries").getRefersToFormula();
            assertThat(industries).isEqualTo("codes!$C$1:$C$16");
            assertThat(text(codes, 5, 2)).isEqualTo("机械装备 MACHINERY");
            assertThat(text(codes, 10, 1)).isEqualTo("莱西市 370285");
        }
    }

    @Test
    void imports_a_filled_template_reports_bad_rows_by_sheet_row_and_column_and_a_second_import_changes_nothing()
            throws Exception {
        TestData.actAs(accounts, "demo-bureau");
        String s = "-x" + System.nanoTime();
        byte[] file;
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(excel.template()))) {
            var orgs = workbook.getSheetAt(0);
            row(orgs, 1, "P" + s, "服务商 PROVIDER", "青岛海岸智能装备有限公司", TestData.creditCode(), "黄岛区(西海岸新区) 370211",
                    "机械装备 MACHINERY", "", "", "技术应用(系统集成/软件/自动化) TECH_APPLICATION", "", "", "焊接机器人工作站集成");
            row(orgs, 2, "E" + s, "ENTERPRISE", "胶州市三里河机械厂", TestData.creditCode(), "370281", "MACHINERY");
            row(orgs, 3, "BAD" + s, "企业 ENTERPRISE", "错误代码厂", "91370200163562681X", "370281");
            row(orgs, 5, "", "ENTERPRISE", "没有编号的单位");
            var sol = workbook.getSheetAt(1);
            row(sol, 1, "S" + s, "P" + s, "冲焊车间机器人换人", "六轴焊接机器人替代人工焊接，含夹具与离线编程",
                    "机械装备", "", "汽车及零部件、船舶海工 MARINE", "智能化/数字化转型 SMART", "", "", "TECH_APPLICATION", "", "", "80", "200", "12",
                    "焊接机器人, 机器换人");
            row(sol, 2, "S2" + s, "NOBODY" + s, "悬空的方案", "服务商编号不存在", "MACHINERY");
            var need = workbook.getSheetAt(2);
            row(need, 1, "N" + s, "E" + s, "老旧冲床更新", "8 台开式冲床更新为伺服压力机 😀 𠀀", "机械装备 MACHINERY",
                    "设备更新 EQUIPMENT_RENEWAL", "", "", "胶州市", "600");
            row(need, 2, "N2" + s, "E" + s, "预算写错", "预算不是数字", "MACHINERY", "SMART", "", "", "370281", "六百");
            row(need, 3, "N3" + s, "E" + s, "未知行业", "行业代码错误", "STEEL", "SMART", "", "", "370281");
            row(need, 4, "N" + s, "E" + s, "重复编号", "与第 2 行重复", "MACHINERY", "SMART", "", "", "370281");
            file = bytes(workbook);
        }

        var first = excel.importWorkbook(file);
        assertThat(first.created().organizations()).isEqualTo(2);
        assertThat(first.created().solutions()).isEqualTo(1);
        assertThat(first.created().needs()).isEqualTo(1);
        assertThat(first.errors()).extracting(e -> e.sheet() + "/" + e.row() + "/" + e.column()).containsExactlyInAnyOrder(
                "机构/4/统一社会信用代码", "机构/6/编号", "解决方案/3/改造方向", "解决方案/3/服务类别",
                "解决方案/3/服务商编号", "技改需求/3/预算（万元）", "技改需求/4/行业", "技改需求/5/编号");
        assertThat(first.errors()).filteredOn(e -> e.column().equals("预算（万元）")).extracting(ExcelExchange.RowError::message)
                .containsExactly("“六百”不是数字");
        assertThat(first.errors()).filteredOn(e -> e.column().equals("行业")).extracting(ExcelExchange.RowError::message)
                .singleElement().asString().contains("STEEL");

        var stored = needs.byRef("N" + s).orElseThrow();
        assertThat(stored.description()).isEqualTo("8 台开式冲床更新为伺服压力机 😀 𠀀");
        assertThat(stored.region()).isEqualTo("370281");
        var solution = solutions.byRef("S" + s).orElseThrow();
        assertThat(solution.deliveryWeeks()).isEqualTo(12);
        assertThat(solution.industries()).extracting(Enum::name).containsExactlyInAnyOrder("MACHINERY", "AUTOMOTIVE",
                "MARINE");

        var second = excel.importWorkbook(file);
        assertThat(second.created().organizations() + second.created().solutions() + second.created().needs()).isZero();
        assertThat(second.updated().organizations() + second.updated().solutions() + second.updated().needs()).isZero();
        assertThat(second.unchanged().needs()).isEqualTo(1);

        try (var exported = new XSSFWorkbook(new ByteArrayInputStream(excel.export()))) {
            List<String> needRefs = column(exported.getSheetAt(2), 0);
            assertThat(needRefs).contains("N" + s);
            List<String> titles = column(exported.getSheetAt(1), 2);
            assertThat(titles).contains("冲焊车间机器人换人");
            // what was exported reads back without a change
            var again = excel.importWorkbook(bytes(exported));
            assertThat(again.created().needs() + again.updated().needs()).isZero();
        }
    }

    @Test
    void a_district_by_its_short_chinese_name_is_read_and_a_row_with_two_mistakes_reports_both() throws Exception {
        TestData.actAs(accounts, "demo-bureau");
        String s = "-y" + System.nanoTime();
        byte[] file;
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(excel.template()))) {
            row(workbook.getSheetAt(0), 1, "E" + s, "企业", "青岛西海岸某某机械有限公司", TestData.creditCode(), "黄岛区",
                    "机械装备");
            var need = workbook.getSheetAt(2);
            row(need, 1, "N" + s, "E" + s, "分段焊接线改造", "船体分段焊接线自动化", "机械装备", "智能化/数字化转型", "", "",
                    "西海岸新区", "300");
            row(need, 2, "N2" + s, "E" + s, "", "标题漏填，行业也写错", "STEEL", "SMART", "", "", "370211");
            file = bytes(workbook);
        }
        var result = excel.importWorkbook(file);
        assertThat(result.created().organizations()).isEqualTo(1);
        assertThat(result.created().needs()).isEqualTo(1);
        assertThat(needs.byRef("N" + s).orElseThrow().region()).isEqualTo("370211");
        assertThat(result.errors()).extracting(e -> e.row() + "/" + e.column())
                .containsExactlyInAnyOrder("3/标题", "3/行业");
        assertThat(result.errors()).extracting(ExcelExchange.RowError::message).noneMatch(m -> m.contains("ref "));
    }

    @Test
    void a_file_that_is_not_a_workbook_is_refused_with_a_chinese_message() {
        TestData.actAs(accounts, "demo-bureau");
        assertThatThrownBy(() -> excel.importWorkbook("ref,title\nN1,冲床".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get("file").key()).isEqualTo("excel.error.file"));
        assertThatThrownBy(() -> excel.importWorkbook(new byte[(int) ExcelExchange.MAX_BYTES + 1]))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get("file").key()).isEqualTo("excel.error.tooLarge"));
    }

    @Test
    void only_bureau_and_admin_may_use_it() {
        TestData.actAs(accounts, "demo-enterprise");
        assertThatThrownBy(() -> excel.template()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> excel.export()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> excel.importWorkbook(new byte[10])).isInstanceOf(AccessDeniedException.class);
    }

    private static void row(Sheet sheet, int index, String... values) {
        var row = sheet.createRow(index);
        for (int c = 0; c < values.length; c++) {
            if (!values[c].isEmpty()) {
                row.createCell(c).setCellValue(values[c]);
            }
        }
    }

    private static byte[] bytes(XSSFWorkbook workbook) throws Exception {
        var out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }

    private static String text(Sheet sheet, int row, int column) {
        return new DataFormatter().formatCellValue(sheet.getRow(row).getCell(column));
    }

    private static List<String> column(Sheet sheet, int column) {
        var values = new java.util.ArrayList<String>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            if (sheet.getRow(r) != null) {
                values.add(text(sheet, r, column));
            }
        }
        return values;
    }
}
