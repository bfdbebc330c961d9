package org.jigai.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jigai.base.Formats;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A matchmaking event in the packaged app: the bureau creates it (a missing title refused first) and publishes it;
 * two enterprises and three providers register with what they bring and state whom they want to meet; the bureau
 * confirms them, makes the schedule and publishes it; an enterprise reads its agenda (also on a phone) and downloads
 * it as xlsx and .ics; anyone reads the public event list. Screenshots under target/screenshots/e*.
 */
class EventJourneyIT {

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
        assertThat(page).not().hasURL(Pattern.compile(".*/login.*"));
        return page;
    }

    static void date(Page page, String label, LocalDate day) {
        var field = page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
        field.fill(day.toString());
        field.press("Enter");
    }

    static void confirmDialog(Page page) {
        page.locator("[slot='confirm-button']:visible").click();
    }

    @Test
    void the_bureau_runs_an_event_from_creation_to_published_agendas() throws Exception {
        // the bureau creates the event: a missing title is refused next to the field, the rest kept
        Page bureau = logIn("demo-bureau", 1280, 900);
        bureau.navigate(app.baseUrl + "/events");
        assertThat(bureau.locator("#event-counts")).containsText("目标 20 场");
        bureau.locator("#event-new").click();
        bureau.getByLabel("地点", new Page.GetByLabelOptions().setExact(true)).fill("青岛国际会议中心 5 号厅");
        date(bureau, "举办日期", TODAY.plusDays(14));
        date(bureau, "报名截止日期", TODAY.plusDays(7));
        bureau.locator("#event-form-save").click();
        assertThat(bureau.locator("#event-form-title")).hasAttribute("invalid", "");
        assertThat(bureau.getByLabel("地点", new Page.GetByLabelOptions().setExact(true)))
                .hasValue("青岛国际会议中心 5 号厅");
        BrowserSupport.shot(bureau, "e01-event-form-refused");
        bureau.getByLabel("活动名称").fill("旅程测试：家电产业链供需洽谈会");
        bureau.locator("#event-form-save").click();
        assertThat(bureau).hasURL(Pattern.compile(".*/events/\\d+$"));
        String url = bureau.url();
        long event = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
        bureau.locator("#event-manage").click();
        bureau.locator("#event-publish").click();
        confirmDialog(bureau);
        assertThat(bureau.getByText("活动已发布")).isVisible();

        // two enterprises and three providers register and say whom they want to meet
        for (String user : List.of("demo-enterprise", "demo-food", "demo-provider", "demo-energy", "demo-finance")) {
            Page page = logIn(user, 1280, 900);
            page.navigate(app.baseUrl + "/events/" + event);
            page.locator("#event-register").click();
            page.locator("#event-items vaadin-checkbox").first().locator("input").check();
            page.locator("#event-register-save").click();
            assertThat(page.locator("#event-my-registration")).containsText("待确认");
            if (user.equals("demo-enterprise")) {
                BrowserSupport.shot(page, "e02-registered");
            }
            page.close();
        }
        for (var wish : List.of(List.of("demo-enterprise", "必须见"), List.of("demo-food", "可以见"),
                List.of("demo-energy", "必须见"))) {
            Page page = logIn(wish.get(0), 1280, 900);
            page.navigate(app.baseUrl + "/events/" + event + "/partners");
            page.locator(".jigai-event-partner").first().getByLabel(wish.get(1), new com.microsoft.playwright.Locator
                    .GetByLabelOptions().setExact(true)).check();
            assertThat(page.getByText("已保存").first()).isVisible();
            if (wish.get(0).equals("demo-enterprise")) {
                BrowserSupport.shot(page, "e03-partners");
            }
            page.close();
        }

        // the bureau confirms everyone, makes the schedule and publishes it
        bureau.navigate(app.baseUrl + "/events/" + event + "/manage");
        for (int i = 0; i < 5; i++) {
            bureau.locator("[id^='registration-confirm-']").first().click();
            assertThat(bureau.locator("[id^='registration-confirm-']")).hasCount(4 - i);
        }
        bureau.locator("#event-generate").click();
        assertThat(bureau.locator("#event-schedule-figures")).containsText("场洽谈");
        assertThat(bureau.locator("#event-schedule-figures")).not().containsText("共 0 场");
        BrowserSupport.shot(bureau, "e04-schedule");
        bureau.locator("#event-publish-schedule").click();
        confirmDialog(bureau);
        assertThat(bureau.getByText("日程已发布，参会单位已收到通知")).isVisible();

        // an enterprise reads its agenda and downloads it
        Page enterprise = logIn("demo-enterprise", 1280, 900);
        enterprise.navigate(app.baseUrl + "/events/" + event + "/agenda");
        assertThat(enterprise.locator(".jigai-event-meeting").first()).isVisible();
        int meetings = enterprise.locator(".jigai-event-meeting").count();
        BrowserSupport.shot(enterprise, "e05-agenda");
        var xlsx = enterprise.waitForDownload(() -> enterprise.locator("#event-agenda-xlsx").click());
        try (InputStream in = Files.newInputStream(xlsx.path()); var book = new XSSFWorkbook(in)) {
            var sheet = book.getSheetAt(0);
            org.assertj.core.api.Assertions.assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("时间");
            org.assertj.core.api.Assertions.assertThat(sheet.getLastRowNum()).isEqualTo(meetings);
        }
        var ics = enterprise.waitForDownload(() -> enterprise.locator("#event-agenda-ics").click());
        String calendar = Files.readString(ics.path(), StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(calendar).startsWith("BEGIN:VCALENDAR");
        org.assertj.core.api.Assertions.assertThat(calendar.split("BEGIN:VEVENT", -1)).hasSize(meetings + 1);
        enterprise.navigate(app.baseUrl + "/notifications");
        assertThat(enterprise.getByText("一对一洽谈日程已发布").first()).isVisible();

        // on a phone
        Page phone = logIn("demo-enterprise", 390, 844);
        phone.navigate(app.baseUrl + "/events/" + event + "/agenda");
        assertThat(phone.locator(".jigai-event-meeting").first()).isVisible();
        BrowserSupport.shot(phone, "e06-agenda-phone");
        org.assertj.core.api.Assertions.assertThat((Boolean) phone.evaluate(
                "() => document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1")).isTrue();

        // anyone reads the public list and the event
        Page visitor = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
                .setViewportSize(1280, 900)).newPage();
        visitor.navigate(app.baseUrl + "/events");
        assertThat(visitor.getByText("旅程测试：家电产业链供需洽谈会")).isVisible();
        visitor.getByText("旅程测试：家电产业链供需洽谈会").click();
        assertThat(visitor.locator("#event-state")).containsText("日程已发布");
        BrowserSupport.shot(visitor, "e07-public-event");
        Path shots = BrowserSupport.SHOTS;
        org.assertj.core.api.Assertions.assertThat(Files.exists(shots.resolve("e05-agenda.png"))).isTrue();
    }
}
