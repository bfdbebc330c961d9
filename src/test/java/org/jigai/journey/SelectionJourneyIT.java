package org.jigai.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jigai.base.Formats;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * The annual excellent-case selection in the packaged app, across the days it needs (the app restarted with its clock
 * one day, then eight days ahead): the bureau opens a call (an empty name refused first); two enterprises nominate in
 * the browser (an incomplete nomination refused at its fields, the draft kept), with figures and a photo; the bureau
 * returns one, which is resubmitted, and passes both; the next day the review starts, the platform assigns the
 * experts (conflicts kept out), three experts score each case; the bureau selects from the ranking (a departure only
 * with a reason) and publishes the selection for notice; a provider objects, the bureau answers; publication is refused
 * while the notice runs and done once it is over; anyone reads the case in the showcase, on a desktop and a phone; the
 * bureau reads its dashboard and downloads a chart's figures. Screenshots under target/screenshots/s*.
 */
class SelectionJourneyIT {

    static Path data;
    static PackagedApp app;
    static Playwright playwright;
    static Browser browser;
    static final LocalDate TODAY = LocalDate.now(Formats.ZONE);
    static final String FOOD_CASE = "旅程测试：冷链库房节能与智能温控改造";
    static final String MACHINE_CASE = "旅程测试：精密零件车间数字化改造";

    @BeforeAll
    static void start() throws Exception {
        BrowserSupport.chromium();
        data = Files.createTempDirectory("jigai-selection-journey");
        app = PackagedApp.start(data, true, false);
        playwright = BrowserSupport.playwright();
        browser = BrowserSupport.launch(playwright);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) browser.close();
        if (playwright != null) playwright.close();
        if (app != null) app.close();
        if (data != null) FileSystemUtils.deleteRecursively(data);
    }

    /** The same data, the app's clock the given days ahead. */
    static void restartDaysAhead(int days) throws Exception {
        app.close();
        app = PackagedApp.start(data, true, false, "--jigai.clock-shift=P" + days + "D");
    }

    static Page page(int width, int height) {
        return browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(width, height)
                .setAcceptDownloads(true)).newPage();
    }

    static Page logIn(String username) {
        Page page = page(1280, 900);
        page.navigate(app.baseUrl + "/login");
        page.getByLabel("用户名").fill(username);
        page.getByLabel("密码").fill("Demo-2026!");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
        assertThat(page).not().hasURL(Pattern.compile(".*/login.*"));
        return page;
    }

    static void confirmDialog(Page page) {
        page.locator("[slot='confirm-button']:visible").click();
    }

    static void choose(Page page, String field, String option) {
        page.locator(field + " input").fill(option);
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option)).first().click();
    }

    static long idOf(Page page) {
        String url = page.url();
        return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
    }

    static byte[] photo() throws Exception {
        var image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(40, 110, 160));
        g.fillRect(0, 0, 320, 200);
        g.setColor(Color.WHITE);
        g.fillRect(40, 120, 240, 40);
        g.dispose();
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** An enterprise nominates a case in the browser; the first time an empty submission is refused at its fields. */
    static long nominate(String user, String title, String industry, String region, String direction,
            String provider, String before, String after, boolean refusedFirst) throws Exception {
        Page p = logIn(user);
        p.navigate(app.baseUrl + "/selection");
        p.locator("#nominate-" + (TODAY.getYear() + 1)).click();
        p.locator("#nominate-start").click();
        assertThat(p).hasURL(Pattern.compile(".*/selection/nomination/\\d+$"));
        long id = idOf(p);
        if (refusedFirst) {
            p.locator("#nomination-submit").click();
            assertThat(p.locator("#nomination-title")).hasAttribute("invalid", "");
            assertThat(p.locator("#nomination-background")).hasAttribute("invalid", "");
            assertThat(p.getByText("草稿已保存，但还不能提交").first()).isVisible();
            BrowserSupport.shot(p, "s02-nomination-refused");
        }
        p.locator("#nomination-title input").fill(title);
        choose(p, "#nomination-industry", industry);
        choose(p, "#nomination-region", region);
        p.locator("#nomination-directions vaadin-checkbox").filter(new Locator.FilterOptions().setHasText(direction))
                .locator("input").check();
        p.locator("#nomination-investment input").fill("680");
        if (provider != null) {
            p.locator("#nomination-provider input").fill(provider);
            p.getByRole(AriaRole.OPTION).filter(new Locator.FilterOptions().setHasText(provider)).first().click();
        }
        p.locator("#nomination-background textarea").fill("原有设备运行超过十年，能耗高、温度控制依靠人工巡检，产品质量波动明显，"
                + "夏季高峰期经常出现超温报警，维修费用逐年上升，已经影响交付。");
        p.locator("#nomination-work textarea").fill("更换高效变频机组并加装分区温度传感器，建设能源在线监测和智能温控平台，"
                + "按批次记录工艺参数，异常自动报警并推送到班组长手机。");
        p.locator("#figure-kind-0").click();
        p.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("节能").setExact(true)).click();
        assertThat(p.locator("#figure-label-0 input")).hasValue("综合能耗");
        p.locator("#figure-before-0 input").fill(before);
        p.locator("#figure-after-0 input").fill(after);
        // a photo uploaded before saving keeps what was typed
        p.locator("#nomination-photo-upload input[type=file]").setInputFiles(new FilePayload("车间.png", "image/png",
                photo()));
        assertThat(p.locator("#nomination-photos img")).hasCount(1);
        assertThat(p.locator("#nomination-title input")).hasValue(title);
        p.locator("#nomination-submit").click();
        assertThat(p.locator("#nomination-state")).hasText("待形式审查");
        if (refusedFirst) {
            BrowserSupport.shot(p, "s03-nomination-submitted");
        }
        p.context().close();
        return id;
    }

    @Test
    void a_selection_runs_from_the_call_to_the_showcase() throws Exception {
        // ---- day 0: the call, the nominations, the formal check
        Page bureau = logIn("demo-bureau");
        bureau.navigate(app.baseUrl + "/selection");
        bureau.locator("#call-new").click();
        bureau.locator("#call-title input").fill("");
        var closes = bureau.getByLabel("申报截止", new Page.GetByLabelOptions().setExact(true));
        closes.fill(TODAY.toString());
        closes.press("Enter");
        bureau.locator("#call-save").click();
        assertThat(bureau.locator("#call-title")).hasAttribute("invalid", "");
        BrowserSupport.shot(bureau, "s01-call-refused");
        bureau.locator("#call-title input").fill("旅程测试：年度技术改造优秀案例评选");
        bureau.locator("#call-save").click();
        assertThat(bureau).hasURL(Pattern.compile(".*/selection/call/\\d+$"));
        long call = idOf(bureau);
        bureau.locator("#call-open").click();
        confirmDialog(bureau);
        assertThat(bureau.locator("#call-state")).hasText("申报中");

        long food = nominate("demo-food", FOOD_CASE, "食品", "平度市", "绿色化/节能降碳", null, "1250", "930", true);
        long machine = nominate("demo-enterprise", MACHINE_CASE, "机械装备", "胶州市", "智能化/数字化转型", "青岛智造云",
                "860", "700", false);

        bureau.navigate(app.baseUrl + "/selection/nomination/" + food);
        bureau.locator("#nomination-return").click();
        bureau.getByLabel("原因").fill("请补充冷库温度记录的来源");
        bureau.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("确定")).click();
        assertThat(bureau.locator("#nomination-state")).hasText("已退回修改");
        Page enterprise = logIn("demo-food");
        enterprise.navigate(app.baseUrl + "/selection/nomination/" + food);
        assertThat(enterprise.locator("#nomination-reason")).containsText("请补充冷库温度记录的来源");
        enterprise.locator("#nomination-background textarea").fill("原有设备运行超过十年，能耗高、温度控制依靠人工巡检；"
                + "温度记录取自冷库监控系统导出的逐时数据，夏季高峰期经常出现超温报警。");
        enterprise.locator("#nomination-submit").click();
        assertThat(enterprise.locator("#nomination-state")).hasText("待形式审查");
        enterprise.context().close();
        for (long n : List.of(food, machine)) {
            bureau.navigate(app.baseUrl + "/selection/nomination/" + n);
            bureau.locator("#nomination-pass").click();
            confirmDialog(bureau);
            assertThat(bureau.locator("#nomination-state")).hasText("评审中");
        }
        bureau.context().close();

        // ---- the next day: the review
        restartDaysAhead(1);
        bureau = logIn("demo-bureau");
        bureau.navigate(app.baseUrl + "/selection/call/" + call);
        bureau.locator("#call-start_review").click();
        confirmDialog(bureau);
        assertThat(bureau.locator("#call-state")).hasText("评审中");
        bureau.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("专家分配")).click();
        bureau.locator("#assign-propose").click();
        assertThat(bureau.locator("#assign-" + food)).containsText("待评分");
        // demo-expert2 works with demo-energy, which worked with demo-food: kept off its case
        assertThat(bureau.locator("#assign-" + food)).containsText("王立群（所在单位与申报方有过对接）");
        BrowserSupport.shot(bureau, "s04-assignment");
        bureau.context().close();

        int scored = 0;
        for (String expert : List.of("demo-expert", "demo-expert2", "demo-expert3", "demo-expert4")) {
            Page p = logIn(expert);
            p.navigate(app.baseUrl + "/selection");
            assertThat(p.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("我的评审任务"))).isVisible();
            var hrefs = new ArrayList<String>();
            for (String title : List.of(FOOD_CASE, MACHINE_CASE)) {
                var row = p.locator("#my-reviews .jigai-row").filter(new Locator.FilterOptions().setHasText(title))
                        .filter(new Locator.FilterOptions().setHasText("待评分"));
                if (row.count() > 0) {
                    hrefs.add(row.first().locator("a").getAttribute("href"));
                }
            }
            for (String href : hrefs) {
                p.navigate(app.baseUrl + "/" + href);
                boolean food1 = p.locator("h2").first().textContent().contains(FOOD_CASE);
                if (scored == 0) {
                    p.locator("#review-submit").click();
                    confirmDialog(p);
                    assertThat(p.locator("#score-0")).hasAttribute("invalid", "");
                    BrowserSupport.shot(p, "s05-review-refused");
                }
                for (int i = 0; i < 4; i++) {
                    // demo-expert4 is harsh on the machinery case: the ranking flags the disagreement
                    int score = expert.equals("demo-expert4") && !food1 ? 3 : food1 ? 9 : 7;
                    p.locator("#score-" + i + " input").fill(String.valueOf(score));
                    p.locator("#score-comment-" + i + " input").fill("依据充分" + i);
                }
                p.locator("#review-comment textarea").fill("成效数据有计量依据，可复制性强。");
                p.locator("#review-submit").click();
                confirmDialog(p);
                assertThat(p.locator("#review-state")).hasText("已评分");
                if (scored == 0) {
                    BrowserSupport.shot(p, "s06-review-submitted");
                }
                scored++;
            }
            p.context().close();
        }
        org.assertj.core.api.Assertions.assertThat(scored).as("three experts per case").isEqualTo(6);

        bureau = logIn("demo-bureau");
        bureau.navigate(app.baseUrl + "/selection/call/" + call);
        bureau.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("评分与遴选")).click();
        assertThat(bureau.locator("#rank-" + food)).containsText("第 1 名");
        assertThat(bureau.locator("#disputed-" + machine)).isVisible();
        BrowserSupport.shot(bureau, "s07-ranking");
        // the bureau leaves the disputed case out: a reason is required next to it
        bureau.locator("#choose-" + machine + " input").uncheck();
        bureau.locator("#publish-notice").click();
        confirmDialog(bureau);
        assertThat(bureau.locator("#why-" + machine)).hasAttribute("invalid", "");
        bureau.locator("#why-" + machine + " input").fill("专家意见分歧较大，成效数据待复核");
        bureau.locator("#publish-notice").click();
        confirmDialog(bureau);
        assertThat(bureau.locator("#call-state")).hasText("公示中");
        bureau.context().close();

        // ---- the notice: public, an objection lodged and answered
        Page anyone = page(1280, 900);
        anyone.navigate(app.baseUrl + "/cases");
        assertThat(anyone.locator("#cases-notice")).containsText(FOOD_CASE);
        anyone.context().close();
        Page provider = logIn("demo-provider");
        provider.navigate(app.baseUrl + "/cases/" + food);
        assertThat(provider.locator("#case-in-notice")).isVisible();
        provider.locator("#objection-grounds textarea").fill("不实");
        provider.locator("#objection-lodge").click();
        assertThat(provider.locator("#objection-grounds")).hasAttribute("invalid", "");
        provider.locator("#objection-grounds textarea").fill("案例中的节能数据与我方在该企业看到的计量记录不一致，请核实。");
        provider.locator("#objection-lodge").click();
        assertThat(provider.getByText("异议已提交").first()).isVisible();
        BrowserSupport.shot(provider, "s08-objection");
        provider.context().close();

        bureau = logIn("demo-bureau");
        bureau.navigate(app.baseUrl + "/selection/call/" + call);
        bureau.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("公示与异议")).click();
        bureau.locator("[id^=handle-]").first().click();
        bureau.getByLabel("异议不成立").check();
        bureau.locator("#objection-response textarea").fill("经核查冷库监控系统的逐时记录，节能数据属实。");
        bureau.locator("#objection-save").click();
        assertThat(bureau.locator("#call-notice")).containsText("异议不成立：经核查冷库监控系统的逐时记录，节能数据属实。");
        bureau.locator("#call-publish").click();
        confirmDialog(bureau);
        assertThat(bureau.getByText("公示期（至").first()).isVisible();
        assertThat(bureau.locator("#call-state")).hasText("公示中");
        BrowserSupport.shot(bureau, "s09-notice");
        bureau.context().close();

        // ---- after the notice: published, in the showcase, on the dashboard
        restartDaysAhead(8);
        bureau = logIn("demo-bureau");
        bureau.navigate(app.baseUrl + "/selection/call/" + call);
        bureau.locator("#call-publish").click();
        confirmDialog(bureau);
        assertThat(bureau.locator("#call-state")).hasText("已发布");

        for (var size : List.of(List.of(1280, 900), List.of(390, 844))) {
            boolean phone = size.get(0) < 500;
            Page p = page(size.get(0), size.get(1));
            p.navigate(app.baseUrl + "/cases");
            assertThat(p.locator("#case-" + food)).containsText(FOOD_CASE);
            org.assertj.core.api.Assertions.assertThat(p.content()).doesNotContain(MACHINE_CASE);
            BrowserSupport.shot(p, phone ? "s11-cases-phone" : "s10-cases");
            p.navigate(app.baseUrl + "/cases/" + food);
            assertThat(p.locator("#case-charts jigai-chart svg").first()).isVisible();
            assertThat(p).hasTitle(Pattern.compile(".*" + FOOD_CASE + ".*"));
            org.assertj.core.api.Assertions.assertThat((Boolean) p.evaluate(
                    "() => document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1"))
                    .as("no sideways scrolling").isTrue();
            BrowserSupport.shot(p, phone ? "s13-case-phone" : "s12-case");
            p.context().close();
        }

        bureau.navigate(app.baseUrl + "/dashboard");
        assertThat(bureau.locator("#kpi-eventsHeld")).containsText("目标 20");
        assertThat(bureau.locator("#chart-funnel jigai-chart svg")).isVisible();
        Page board = bureau;
        var download = board.waitForDownload(() -> board.locator("#xlsx-funnel").click());
        try (var wb = new XSSFWorkbook(download.createReadStream())) {
            var sheet = wb.getSheetAt(0);
            org.assertj.core.api.Assertions.assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("发布");
            org.assertj.core.api.Assertions.assertThat(sheet.getRow(2).getCell(1).getNumericCellValue()).isPositive();
        }
        BrowserSupport.shot(bureau, "s14-dashboard");
        bureau.context().close();
        Page phone = page(390, 844);
        phone.navigate(app.baseUrl + "/login");
        phone.getByLabel("用户名").fill("demo-bureau");
        phone.getByLabel("密码").fill("Demo-2026!");
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
        assertThat(phone).not().hasURL(Pattern.compile(".*/login.*"));
        phone.navigate(app.baseUrl + "/dashboard");
        assertThat(phone.locator("#chart-trend jigai-chart svg")).isVisible();
        org.assertj.core.api.Assertions.assertThat((Boolean) phone.evaluate(
                "() => document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1"))
                .as("no sideways scrolling").isTrue();
        BrowserSupport.shot(phone, "s15-dashboard-phone");
        phone.context().close();
    }
}
