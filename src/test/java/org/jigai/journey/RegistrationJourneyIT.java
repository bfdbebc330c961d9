package org.jigai.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jigai.base.CreditCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A new enterprise registers (after one mistake), logs out, logs in and sees its home page — in real Chromium. */
class RegistrationJourneyIT {

    static final Path SHOTS = Path.of("target", "screenshots");
    static PackagedApp app;
    static Playwright playwright;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        Path chromium = BrowserSupport.chromium();
        Files.createDirectories(SHOTS);
        app = PackagedApp.start();
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) browser.close();
        if (playwright != null) playwright.close();
        if (app != null) app.close();
    }

    static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
    }

    @Test
    void a_new_enterprise_registers_logs_out_logs_in_and_sees_its_home_page() {
        var context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(1280, 900));
        Page page = context.newPage();
        page.navigate(app.baseUrl + "/");
        assertThat(page).hasURL(app.baseUrl + "/login");
        assertThat(page.getByText("技改供需对接平台").first()).isVisible();
        shot(page, "01-login");

        page.getByText("注册企业或服务商").click();
        assertThat(page).hasURL(app.baseUrl + "/register");
        String code = CreditCode.withCheckCharacter("91370283MA3" + String.format("%06d", ProcessHandle.current().pid() % 1_000_000));
        String wrong = code.substring(0, 17) + (code.endsWith("0") ? "1" : "0");
        page.getByLabel("单位名称").fill("青岛平度鑫源食品机械有限公司");
        page.getByLabel("统一社会信用代码").fill(wrong);
        page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("所在区域")).fill("平度市");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("平度市")).click();
        page.getByLabel("联系人").fill("高文斌");
        page.getByLabel("手机号码").fill("13687654321");
        page.getByLabel("电子邮箱").fill("gaowenbin@xinyuan.example.cn");
        page.getByLabel("用户名").fill("xinyuan-gao");
        page.getByLabel("密码", new Page.GetByLabelOptions().setExact(true)).fill("Pingdu-Food-2026");
        page.getByLabel("确认密码").fill("Pingdu-Food-2026");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("注册")).click();

        assertThat(page.getByText("统一社会信用代码校验位不正确，请核对营业执照")).isVisible();
        assertThat(page.getByLabel("单位名称")).hasValue("青岛平度鑫源食品机械有限公司");
        shot(page, "02-register-wrong-check-character");

        page.getByLabel("统一社会信用代码").fill(code);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("注册")).click();
        assertThat(page.getByText("欢迎，高文斌")).isVisible();
        assertThat(page.getByText("所属单位：青岛平度鑫源食品机械有限公司")).isVisible();
        assertThat(page.getByText("企业：发布技改需求")).isVisible();
        shot(page, "03-home-after-registration");

        page.getByText("高文斌").first().click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("退出登录")).click();
        assertThat(page).hasURL(app.baseUrl + "/login");

        page.getByLabel("用户名").fill("xinyuan-gao");
        page.getByLabel("密码").fill("wrong-password-1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
        assertThat(page.getByText("用户名或密码不正确，请重新输入。")).isVisible();
        assertThat(page.getByLabel("用户名")).hasValue("xinyuan-gao");
        shot(page, "04-login-wrong-password");

        page.getByLabel("密码").fill("Pingdu-Food-2026");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
        assertThat(page.getByText("欢迎，高文斌")).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("团队成员"))).isVisible();
        shot(page, "05-home-after-login");

        page.setViewportSize(390, 844);
        page.reload();
        assertThat(page.getByText("欢迎，高文斌")).isVisible();
        shot(page, "06-home-on-a-phone");
        context.close();
    }
}
