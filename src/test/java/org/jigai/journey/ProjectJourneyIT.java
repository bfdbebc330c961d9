package org.jigai.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jigai.base.Formats;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The key-project library in the packaged app: an enterprise registers a project (a refused total first), files the
 * two reports its demo project is missing (a falling investment refused first, a problem turned into a need), the
 * bureau finds an overdue project, comments on it and exports the library; the enterprise reads the comment on a
 * phone. Screenshots under target/screenshots/p*.
 */
class ProjectJourneyIT {

    static PackagedApp app;
    static Playwright playwright;
    static Browser browser;
    static final LocalDate TODAY = LocalDate.now(Formats.ZONE);

    @BeforeAll
    static void start() throws Exception {
        BrowserSupport.chromium();
        app = PackagedApp.start();
        playwright = BrowserSupport.playwright();
        browser = BrowserSupport.launch(playwright);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) browser.close();
        if (playwright != null) playwright.close();
        if (app != null) app.close();
    }

    static Page logIn(String username, int width, int height) {
        Page page = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(width, height)
                .setAcceptDownloads(true)).newPage();
        page.navigate(app.baseUrl + "/login");
        page.getByLabel("用户名").fill(username);
        page.getByLabel("密码").fill("Demo-2026!");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
        assertThat(page).not().hasURL(java.util.regex.Pattern.compile(".*/login.*"));
        return page;
    }

    static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    static void choose(Page page, String combo, String option) {
        page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName(combo)).fill(option);
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option)).click();
    }

    static void date(Page page, String label, LocalDate day) {
        var field = page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
        field.fill(day.toString());
        field.press("Enter");
    }

    static String month(LocalDate day) {
        return day.getYear() + "年" + day.getMonthValue() + "月 月报";
    }

    @Test
    void an_enterprise_registers_and_reports_the_bureau_chases_and_exports() throws Exception {
        Page enterprise = logIn("demo-enterprise", 1280, 900);
        assertThat(enterprise.locator("#home-reports-due").getByText("冲压车间伺服压力机更新技术改造项目")).isVisible();
        BrowserSupport.shot(enterprise, "p00-home-reports-due");
        enterprise.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("技改项目库").setExact(true)).click();
        assertThat(enterprise.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("我的技改项目"))).isVisible();
        assertThat(enterprise.getByText("冲压车间伺服压力机更新技术改造项目")).isVisible();
        BrowserSupport.shot(enterprise, "p01-my-projects");

        // register a project: a total below the threshold is refused at its field, nothing typed is lost
        enterprise.locator("#project-register").click();
        assertThat(enterprise).hasURL(java.util.regex.Pattern.compile(".*/projects/edit"));
        enterprise.locator("#project-name input").fill("热处理车间网带炉节能改造项目");
        choose(enterprise, "行业", "机械装备");
        choose(enterprise, "所在区市", "胶州市");
        enterprise.getByLabel("绿色化/节能降碳").check();
        enterprise.getByLabel("总投资").fill("300");
        enterprise.getByLabel("设备投资").fill("200");
        date(enterprise, "计划开工", TODAY.plusMonths(1));
        date(enterprise, "计划竣工", TODAY.plusMonths(9));
        date(enterprise, "计划投产", TODAY.plusMonths(10));
        enterprise.getByLabel("备案号").fill("2026-370281-34-03-");
        enterprise.locator("#project-save").click();
        assertThat(enterprise.getByText("重点技改项目总投资不低于 500 万元")).isVisible();
        assertThat(enterprise.getByText("备案号格式应为", new Page.GetByTextOptions().setExact(false))).isVisible();
        assertThat(enterprise.locator("#project-name input")).hasValue("热处理车间网带炉节能改造项目");
        BrowserSupport.shot(enterprise, "p02-register-refused");
        enterprise.getByLabel("总投资").fill("1500");
        enterprise.getByLabel("备案号").fill("2026-370281-34-03-654321");
        enterprise.locator("#project-save").click();
        assertThat(enterprise.locator("#project-title")).hasText("热处理车间网带炉节能改造项目");
        assertThat(enterprise.getByText("1500 万元").first()).isVisible();
        BrowserSupport.shot(enterprise, "p03-project-registered");

        // the demo project misses two reports: file them, oldest first
        enterprise.navigate(app.baseUrl + "/projects");
        enterprise.getByText("冲压车间伺服压力机更新技术改造项目").click();
        assertThat(enterprise.locator("#project-overdue")).isVisible();
        LocalDate older = TODAY.minusMonths(2);
        LocalDate newer = TODAY.minusMonths(1);
        var olderCard = enterprise.locator(".jigai-period").filter(new Locator.FilterOptions().setHasText(month(older)));
        assertThat(olderCard.getByText("严重逾期")).isVisible();
        BrowserSupport.shot(enterprise, "p04-project-overdue");
        olderCard.locator(".jigai-report-file").click();
        var invested = enterprise.locator("#report-invested input");
        String previous = invested.inputValue();
        invested.fill("1");
        enterprise.locator("#report-percent input").fill("55");
        enterprise.locator("#report-milestones textarea").fill("完成 4 台伺服压力机安装");
        enterprise.locator("#report-submit").click();
        assertThat(enterprise.getByText("累计完成投资不能少于上一期", new Page.GetByTextOptions().setExact(false))
                .first()).isVisible();
        BrowserSupport.shot(enterprise, "p05-report-refused");
        invested.fill(String.valueOf(Integer.parseInt(previous) + 260));
        enterprise.locator("#report-submit").click();
        assertThat(olderCard.getByText("已报送")).isVisible();

        var newerCard = enterprise.locator(".jigai-period").filter(new Locator.FilterOptions().setHasText(month(newer)));
        newerCard.locator(".jigai-report-file").click();
        assertThat(enterprise.locator("#report-invested input")).hasValue(String.valueOf(Integer.parseInt(previous) + 260));
        enterprise.locator("#report-invested input").fill(String.valueOf(Integer.parseInt(previous) + 420));
        enterprise.locator("#report-percent input").fill("68");
        enterprise.locator("#report-add-problem").click();
        var problem = enterprise.locator("vaadin-select").last();
        problem.click();
        enterprise.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("融资")).click();
        enterprise.locator("vaadin-text-field[placeholder=\"问题描述\"] input").fill("二期 4 台设备款约 300 万元缺口，希望对接设备更新贷款");
        BrowserSupport.shot(enterprise, "p06-report-with-problem");
        enterprise.locator("#report-submit").click();
        assertThat(newerCard.getByText("已报送")).isVisible();
        assertThat(enterprise.locator("#project-overdue")).not().isVisible();
        BrowserSupport.shot(enterprise, "p07-reports-filed");

        // the problem becomes a draft need in one click
        newerCard.locator(".jigai-problem-to-need").click();
        assertThat(enterprise).hasURL(java.util.regex.Pattern.compile(".*/my/needs/edit/\\d+"));
        assertThat(enterprise.getByLabel("需求标题")).hasValue(java.util.regex.Pattern.compile("融资贷款需求.*"));
        BrowserSupport.shot(enterprise, "p08-problem-to-need");

        // the bureau: totals, the overdue list, a comment, the export
        Page bureau = logIn("demo-bureau", 1280, 900);
        assertThat(bureau.locator("#home-reports-due").getByText("船用管件焊接自动化改造项目")).isVisible();
        bureau.navigate(app.baseUrl + "/projects");
        assertThat(bureau.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("重点技改项目库"))).isVisible();
        assertThat(bureau.locator("#project-totals").getByText("本年在库重点项目")).isVisible();
        bureau.locator("#project-overdue-only").click();
        assertThat(bureau.getByText("船用管件焊接自动化改造项目")).isVisible();
        assertThat(bureau.getByText("冲压车间伺服压力机更新技术改造项目")).not().isVisible();
        BrowserSupport.shot(bureau, "p09-bureau-overdue");
        bureau.getByText("船用管件焊接自动化改造项目").click();
        assertThat(bureau.locator("#project-overdue")).hasText("严重逾期");
        bureau.locator("#project-urge").click();
        assertThat(bureau.getByText("已向企业发出催报通知")).isVisible();
        bureau.locator("#project-comment textarea").fill("请于本周内补报欠报的调度报告，并说明焊接工作站到货情况。");
        bureau.locator("#project-comment-add").click();
        assertThat(bureau.locator("#project-timeline").getByText("请于本周内补报欠报的调度报告",
                new Locator.GetByTextOptions().setExact(false))).isVisible();
        BrowserSupport.shot(bureau, "p10-bureau-comment");
        bureau.navigate(app.baseUrl + "/projects");
        var download = bureau.waitForDownload(() -> bureau.locator("#projects-export").click());
        Path file = download.path();
        try (InputStream in = Files.newInputStream(file); var workbook = new XSSFWorkbook(in)) {
            var sheet = workbook.getSheetAt(0);
            var formatter = new DataFormatter();
            org.assertj.core.api.Assertions.assertThat(formatter.formatCellValue(sheet.getRow(0).getCell(0)))
                    .isEqualTo("项目编号");
            org.assertj.core.api.Assertions.assertThat(sheet.getLastRowNum()).as("the demo library and the new one")
                    .isGreaterThanOrEqualTo(6);
            boolean found = false;
            for (var row : sheet) {
                found |= formatter.formatCellValue(row.getCell(2)).equals("热处理车间网带炉节能改造项目");
            }
            org.assertj.core.api.Assertions.assertThat(found).isTrue();
        }

        // the bureau's library on a phone: filters folded, the list usable
        Page bureauPhone = logIn("demo-bureau", 390, 844);
        bureauPhone.navigate(app.baseUrl + "/projects");
        assertThat(bureauPhone.getByText("船用管件焊接自动化改造项目").first()).isVisible();
        BrowserSupport.shot(bureauPhone, "p11a-phone-library");
        bureauPhone.context().close();

        // the enterprise that owns it reads the comment and the urging on a phone
        Page phone = logIn("demo-marine", 390, 844);
        phone.navigate(app.baseUrl + "/projects");
        phone.getByText("船用管件焊接自动化改造项目").first().click();
        assertThat(phone.getByText("请于本周内补报欠报的调度报告", new Page.GetByTextOptions().setExact(false))).isVisible();
        BrowserSupport.shot(phone, "p11-phone-project");
        phone.navigate(app.baseUrl + "/projects");
        assertThat(phone.getByText("涂装车间 VOCs 治理与安全改造项目")).isVisible();
        BrowserSupport.shot(phone, "p12-phone-projects");

        // a signed engagement becomes a project in one click, pre-filled and linked
        Page food = logIn("demo-food", 1280, 900);
        food.navigate(app.baseUrl + "/my/engagements");
        food.getByText("冷库制冷系统氨改氟及能耗监测").first().click();
        food.locator("#engagement-to-project").click();
        assertThat(food.locator("#project-name input")).hasValue("冷库制冷系统氨改氟及能耗监测");
        food.getByLabel("总投资").fill("1200");
        BrowserSupport.shot(food, "p13-project-from-engagement");
        food.locator("#project-save").click();
        assertThat(food.locator("#project-title")).hasText("冷库制冷系统氨改氟及能耗监测");
        assertThat(food.getByText("查看来源对接")).isVisible();
        food.context().close();
        enterprise.context().close();
        bureau.context().close();
        phone.context().close();
    }
}
