package org.jigai.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The collaboration in the packaged app, with the enterprise and the provider in two browser contexts side by side:
 * invitation from the recommendations, acceptance, live conversation, contact exchange, two proposals compared,
 * signature, milestones and ratings. Screenshots under target/screenshots/c*.
 */
class CollaborationJourneyIT {

    static final Path SHOTS = Path.of("target", "screenshots");
    static final String NEED = "不知从何入手：想做数字化转型诊断";
    static final String PROVIDER = "青岛智造云工业互联网科技有限公司";
    /** Live updates must reach the other side's open page within this time, without a reload. */
    static final LocatorAssertions.IsVisibleOptions LIVE = new LocatorAssertions.IsVisibleOptions().setTimeout(2_000);
    static PackagedApp app;
    static Playwright playwright;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        BrowserSupport.chromium(); // skips, or fails under CI, before anything starts when there is no browser
        Files.createDirectories(SHOTS);
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

    static void shot(Page page, String name) {
        BrowserSupport.shot(page, name);
    }

    static Page logIn(String username, int width, int height) {
        Page page = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(width, height))
                .newPage();
        page.navigate(app.baseUrl + "/login");
        page.getByLabel("用户名").fill(username);
        page.getByLabel("密码").fill("Demo-2026!");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
        assertThat(page).not().hasURL(java.util.regex.Pattern.compile(".*/login.*"));
        assertThat(page.getByRole(AriaRole.MENUBAR)).isVisible();
        return page;
    }

    static Locator tab(Page page, String name) {
        return page.locator(".jigai-section-bar").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    void an_enterprise_and_two_providers_go_from_invitation_to_ratings() {
        Page enterprise = logIn("demo-food", 1280, 900);
        Page provider = logIn("demo-provider", 1280, 900);
        try {
            walk(enterprise, provider);
        } catch (AssertionError | RuntimeException e) {
            for (var page : enterprise.context().browser().contexts().stream().flatMap(c -> c.pages().stream()).toList()) {
                if (!page.isClosed()) {
                    shot(page, "c99-failure-" + (page == enterprise ? "enterprise" : page == provider ? "provider" : "other"));
                }
            }
            throw e;
        }
    }

    void walk(Page enterprise, Page provider) {

        // the enterprise invites a recommended provider
        var bell = provider.locator("#notification-bell");
        String unreadBefore = bell.getAttribute("aria-label");
        enterprise.navigate(app.baseUrl + "/my/needs");
        enterprise.getByText(NEED).click();
        assertThat(enterprise).hasURL(java.util.regex.Pattern.compile(".*/needs/[0-9]+$"));
        String needUrl = enterprise.url();
        var matches = enterprise.locator("#need-matches");
        matches.getByLabel("邀请 " + PROVIDER).first().check();
        matches.locator("#invite-selected").click();
        assertThat(enterprise.getByText("已邀请 1 家服务商")).isVisible();
        matches.scrollIntoViewIfNeeded();
        shot(enterprise, "c01-enterprise-invites-from-recommendations");

        // the provider hears of it at once, in the bell and the notification centre
        assertThat(bell).not().hasAttribute("aria-label", unreadBefore,
                new LocatorAssertions.HasAttributeOptions().setTimeout(2_000));
        provider.locator("#notification-bell").click();
        assertThat(provider.getByText("邀请您为需求「" + NEED + "」报价")).isVisible();
        shot(provider, "c02-provider-notification-centre");
        provider.getByText("邀请您为需求「" + NEED + "」报价").click();
        assertThat(provider.getByText("已邀请，待服务商回复")).isVisible();
        assertThat(provider.getByText("13589204567")).hasCount(0);
        provider.locator("#engagement-accept").click();
        assertThat(provider.getByText("洽谈中").first()).isVisible();
        assertThat(provider).hasURL(java.util.regex.Pattern.compile(".*/engagements/[0-9]+$"));
        String engagementUrl = provider.url();
        shot(provider, "c03-provider-accepted");

        // both sides on the engagement page: messages arrive without a reload
        enterprise.navigate(engagementUrl);
        assertThat(enterprise.getByText("洽谈中").first()).isVisible();
        provider.locator("#conversation-text textarea").fill("赵总您好，我们可以先到平度工厂做半天现场调研。");
        provider.locator("#conversation-send").click();
        assertThat(enterprise.getByText("赵总您好，我们可以先到平度工厂做半天现场调研。")).isVisible(LIVE);
        enterprise.locator("#conversation-text textarea").fill("欢迎，下周二上午方便。");
        enterprise.locator("#conversation-send").click();
        assertThat(provider.getByText("欢迎，下周二上午方便。")).isVisible(LIVE);
        assertThat(provider.getByText("已读").first()).isVisible(LIVE);
        enterprise.locator("#conversation-send").click();
        assertThat(enterprise.getByText("此项为必填项")).isVisible();
        shot(enterprise, "c04-enterprise-conversation");
        shot(provider, "c05-provider-conversation");

        // contacts only once both agree, then to both at once
        provider.locator("#engagement-consent").click();
        assertThat(enterprise.getByText("对方已同意交换联系方式")).isVisible(LIVE);
        assertThat(enterprise.getByText("13953287654")).hasCount(0);
        enterprise.locator("#engagement-consent").click();
        assertThat(enterprise.locator("#engagement-contacts").getByText("13953287654")).isVisible();
        assertThat(provider.locator("#engagement-contacts").getByText("13589204567")).isVisible(LIVE);
        shot(enterprise, "c06-contacts-exchanged");

        // the provider proposes; a bad total share is refused and nothing typed is lost
        tab(provider, "方案报价").click();
        provider.locator("#proposal-write").click();
        var dialog = provider.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("技术路线").fill("现场调研 2 天 + 访谈 12 人，按工信部智能制造成熟度模型评估，出具诊断报告与三年实施路线图。");
        dialog.getByLabel("实施范围").fill("包装、仓储、质量三条主线；不含软件实施。");
        dialog.getByLabel("报价").fill("12");
        dialog.getByLabel("工期").fill("45");
        dialog.getByLabel("名称").first().fill("现场调研");
        dialog.getByLabel("交付物").first().fill("调研纪要");
        dialog.getByLabel("计划日期").first().fill("2027/1/20");
        dialog.getByLabel("计划日期").first().press("Enter");
        dialog.getByLabel("付款比例").first().fill("40");
        dialog.locator("#proposal-submit").click();
        assertThat(provider.getByText("各里程碑占合同金额的比例合计应为 100%，现为 40%")).isVisible();
        assertThat(dialog.getByLabel("报价")).hasValue("12");
        dialog.locator("#proposal-add-milestone").click();
        dialog.getByLabel("名称").nth(1).fill("诊断报告");
        dialog.getByLabel("交付物").nth(1).fill("诊断报告与路线图");
        dialog.getByLabel("计划日期").nth(1).fill("2027/2/28");
        dialog.getByLabel("计划日期").nth(1).press("Enter");
        dialog.getByLabel("付款比例").nth(1).fill("60");
        shot(provider, "c07-provider-writes-proposal");
        dialog.locator("#proposal-submit").click();
        assertThat(provider.getByText("第 1 版 · 当前版本")).isVisible();

        // a second provider expresses interest and proposes too
        Page energy = logIn("demo-energy", 1280, 900);
        energy.navigate(needUrl);
        energy.locator("#interest-note textarea").fill("我们做过 30 余家食品企业的节能与数字化诊断。");
        energy.locator("#express-interest").click();
        assertThat(energy.getByText("已表达意向，待企业回复")).isVisible();
        assertThat(energy).hasURL(java.util.regex.Pattern.compile(".*/engagements/[0-9]+$"));
        String energyUrl = energy.url();
        enterprise.navigate(energyUrl);
        enterprise.locator("#engagement-accept").click();
        assertThat(energy.getByText("洽谈中").first()).isVisible(LIVE);
        tab(energy, "方案报价").click();
        energy.locator("#proposal-write").click();
        var energyDialog = energy.getByRole(AriaRole.DIALOG);
        energyDialog.getByLabel("技术路线").fill("能耗与数字化联合诊断");
        energyDialog.getByLabel("实施范围").fill("全厂");
        energyDialog.getByLabel("报价").fill("18");
        energyDialog.getByLabel("工期").fill("60");
        energyDialog.getByLabel("名称").first().fill("联合诊断");
        energyDialog.getByLabel("交付物").first().fill("诊断报告");
        energyDialog.getByLabel("计划日期").first().fill("2027/3/15");
        energyDialog.getByLabel("计划日期").first().press("Enter");
        energyDialog.getByLabel("付款比例").first().fill("100");
        energyDialog.locator("#proposal-submit").click();
        assertThat(energy.getByText("第 1 版 · 当前版本")).isVisible();

        // the enterprise compares both side by side and signs with the first
        enterprise.navigate(needUrl);
        enterprise.locator("#compare-proposals").click();
        var comparison = enterprise.locator("#comparison");
        assertThat(comparison.getByText(PROVIDER)).isVisible();
        assertThat(comparison.getByText("青岛海衡节能环保技术有限公司")).isVisible();
        shot(enterprise, "c08-enterprise-compares-proposals");
        // a provider's ratings show on its solutions (the demo data's completed engagement of the energy provider)
        enterprise.navigate(energyUrl);
        enterprise.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("服务商主页")).click();
        assertThat(enterprise.locator("#provider-track-record")).containsText("1 条评价");
        enterprise.getByText("空压站节能改造（EMC 合同能源管理）").first().click();
        assertThat(enterprise).hasURL(java.util.regex.Pattern.compile(".*/solutions/[0-9]+$"));
        assertThat(enterprise.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("空压站节能改造（EMC 合同能源管理）"))).isVisible();
        assertThat(enterprise.locator("#provider-track-record")).containsText("1 条评价");
        shot(enterprise, "c08b-solution-with-ratings");
        enterprise.navigate(engagementUrl);
        tab(enterprise, "方案报价").click();
        enterprise.locator("#proposal-accept").click();
        enterprise.getByRole(AriaRole.ALERTDIALOG).getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("接受方案并签约")).click();
        assertThat(enterprise.getByText("已签约，实施中").first()).isVisible();
        assertThat(provider.getByText("已签约，实施中").first()).isVisible(LIVE);
        energy.reload();
        assertThat(energy.getByText("企业已与其他服务商签约", new Page.GetByTextOptions().setExact(false))).isVisible();
        shot(energy, "c09-other-provider-closed");
        energy.context().close();

        // milestones: submitted by the provider, accepted by the enterprise, live on both sides
        for (int m = 1; m <= 2; m++) {
            tab(provider, "里程碑").click();
            if (m > 1) {
                // the enterprise's acceptance of the one before reaches the provider's open page first
                assertThat(provider.locator("#milestone-" + (m - 1)).getByText("已验收")).isVisible(LIVE);
            }
            provider.locator("#milestone-submit-" + m).click();
            provider.locator("#milestone-note textarea").fill("第 " + m + " 阶段成果已上传。");
            provider.locator("#milestone-send").click();
            tab(enterprise, "里程碑").click();
            assertThat(enterprise.locator("#milestone-approve-" + m)).isVisible(LIVE);
            if (m == 1) {
                shot(enterprise, "c10-enterprise-milestone-submitted");
            }
            enterprise.locator("#milestone-approve-" + m).click();
        }
        assertThat(enterprise.getByText("已完成").first()).isVisible();
        assertThat(provider.getByText("已完成").first()).isVisible(LIVE);

        // double-blind ratings
        tab(enterprise, "评价").click();
        enterprise.locator("#rating-score1").getByText("5").click();
        enterprise.locator("#rating-score2").getByText("4").click();
        enterprise.locator("#rating-score3").getByText("5").click();
        enterprise.locator("#rating-submit").click();
        assertThat(enterprise.getByText("您的评价将在对方评价后", new Page.GetByTextOptions().setExact(false))).isVisible();
        tab(provider, "评价").click();
        assertThat(provider.getByText("对方已评价", new Page.GetByTextOptions().setExact(false))).isVisible(LIVE);
        provider.locator("#rating-score1").getByText("5").click();
        provider.locator("#rating-score2").getByText("5").click();
        provider.locator("#rating-score3").getByText("4").click();
        provider.locator("#rating-submit").click();
        assertThat(provider.getByText("质量：★★★★★", new Page.GetByTextOptions().setExact(false))).isVisible();
        shot(provider, "c11-ratings-shown");
        enterprise.context().close();

        provider.setViewportSize(390, 844);
        provider.reload();
        tab(provider, "对话").click();
        shot(provider, "c12-provider-engagement-on-a-phone");
        Object wider = provider.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        org.assertj.core.api.Assertions.assertThat(((Number) wider).intValue()).isLessThanOrEqualTo(1);
        provider.context().close();
    }
}
