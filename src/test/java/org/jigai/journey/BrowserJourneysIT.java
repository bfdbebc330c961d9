package org.jigai.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
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

/** What people do in the packaged app, in real Chromium, with screenshots under target/screenshots. */
class BrowserJourneysIT {

    static final Path SHOTS = Path.of("target", "screenshots");
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
        assertThat(nav(page, "团队成员")).isVisible();
        shot(page, "05-home-after-login");

        page.setViewportSize(390, 844);
        page.reload();
        assertThat(page.getByText("欢迎，高文斌")).isVisible();
        shot(page, "06-home-on-a-phone");
        context.close();
    }

    static Page logIn(Browser.NewContextOptions options, String username, String password) {
        Page page = browser.newContext(options).newPage();
        page.navigate(app.baseUrl + "/login");
        page.getByLabel("用户名").fill(username);
        page.getByLabel("密码").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
        // Wait until the redirect after log-in has settled, so that the next navigation does not race it.
        assertThat(page).not().hasURL(java.util.regex.Pattern.compile(".*/login.*"));
        assertThat(page.getByRole(AriaRole.MENUBAR)).isVisible();
        return page;
    }

    /** A link of the navigation (the home page links to the same pages under longer names). */
    static Locator nav(Page page, String name) {
        return page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    static Browser.NewContextOptions desktop() {
        return new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(1280, 900);
    }

    @Test
    void an_admin_creates_a_staff_account_and_a_token_and_reads_the_audit_log_then_switches_to_english() {
        Page page = logIn(desktop(), "admin", PackagedApp.ADMIN_PASSWORD);
        nav(page, "账号管理").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("新建工作人员账号")).click();
        var dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("用户名").fill("zhang-min");
        dialog.getByLabel("姓名").fill("张敏");
        dialog.getByLabel("工信局工作人员").check();
        dialog.getByLabel("初始密码").fill("12345678");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("保存")).click();
        assertThat(dialog.getByText("该密码过于常见，容易被猜中，请换一个")).isVisible();
        assertThat(dialog.getByLabel("姓名")).hasValue("张敏");
        shot(page, "11-admin-weak-password");
        dialog.getByLabel("初始密码").fill("Shibei-Bureau-2026");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("保存")).click();
        assertThat(page.getByText("zhang-min")).isVisible();
        shot(page, "12-admin-accounts");

        nav(page, "API 令牌").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("新建令牌")).click();
        dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("所属账号（用户名）").fill("demo-bureau");
        dialog.getByLabel("用途").fill("省工信厅数据交换");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("新建令牌")).click();
        assertThat(dialog.getByText("请立即复制保存。关闭后将无法再次查看。")).isVisible();
        shot(page, "13-admin-token-issued");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("关闭")).click();
        assertThat(page.getByText("省工信厅数据交换")).isVisible();

        nav(page, "审计日志").click();
        assertThat(page.getByText("创建 API 令牌").first()).isVisible();
        assertThat(page.getByText("角色变更").or(page.getByText("创建账号")).first()).isVisible();
        shot(page, "14-admin-audit-log");

        page.getByRole(AriaRole.MENUBAR).getByText("系统管理员").click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("语言 / Language")).click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("English")).click();
        assertThat(nav(page, "Audit log")).isVisible();
        assertThat(page.getByText("Time").first()).isVisible();
        assertThat(page.getByRole(AriaRole.MENUBAR).getByText("Administrator")).isVisible();
        shot(page, "15-admin-in-english");
        page.context().close();
    }

    @Test
    void an_enterprise_invites_a_colleague_who_joins_with_the_link() {
        Page page = logIn(desktop(), "demo-enterprise", "Demo-2026!");
        nav(page, "团队成员").click();
        page.getByLabel("备注（如同事姓名）").fill("设备部 小刘");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("生成邀请链接")).click();
        var link = page.getByLabel("邀请链接");
        assertThat(link).not().hasValue("");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("未使用的邀请"))).isVisible();
        String url = link.inputValue();
        shot(page, "21-team-invitation");
        page.context().close();

        Page colleague = browser.newContext(desktop()).newPage();
        colleague.navigate(url);
        assertThat(colleague.getByText("加入 青岛海蓝精密机械有限公司")).isVisible();
        colleague.getByLabel("姓名").fill("刘海涛");
        colleague.getByLabel("用户名").fill("hailan-liu");
        colleague.getByLabel("手机号码").fill("1390000");
        colleague.getByLabel("密码", new Page.GetByLabelOptions().setExact(true)).fill("Jiaozhou-Lathe-88");
        colleague.getByLabel("确认密码").fill("Jiaozhou-Lathe-88");
        colleague.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("创建账号并加入")).click();
        assertThat(colleague.getByText("请输入 11 位大陆手机号码")).isVisible();
        colleague.getByLabel("手机号码").fill("13900001111");
        colleague.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("创建账号并加入")).click();
        assertThat(colleague.getByText("欢迎，刘海涛")).isVisible();
        assertThat(colleague.getByText("所属单位：青岛海蓝精密机械有限公司")).isVisible();
        shot(colleague, "22-colleague-joined");

        colleague.navigate(url);
        colleague.navigate(app.baseUrl + "/team");
        assertThat(colleague.getByText("请联系本单位的管理员")).isVisible();
        colleague.context().close();
    }

    @Test
    void an_enterprise_posts_a_need_a_provider_finds_it_and_the_bureau_hides_it() {
        Page page = logIn(desktop(), "demo-enterprise", "Demo-2026!");
        nav(page, "我的需求").click();
        assertThat(page.getByText("空压站节能改造与余热回收")).isVisible();
        shot(page, "31-my-needs");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("发布新需求")).click();
        page.getByLabel("需求标题").fill("热处理车间网带炉节能改造");
        page.getByLabel("需求描述").fill("现有 3 条电加热网带炉，炉衬老化、热损失大。\n希望改造炉衬保温并加装余热回收。");
        page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("所属行业")).fill("机械装备");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("机械装备")).click();
        page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("项目所在地")).fill("胶州市");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("胶州市")).click();
        page.getByLabel("绿色化/节能降碳").check();
        page.getByLabel("预算下限").fill("500");
        page.getByLabel("预算上限").fill("100");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("发布").setExact(true)).click();
        assertThat(page.getByText("上限不能低于下限")).isVisible();
        assertThat(page.getByLabel("需求标题")).hasValue("热处理车间网带炉节能改造");
        shot(page, "32-need-form-error");
        page.getByLabel("预算上限").fill("800");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("发布").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("热处理车间网带炉节能改造"))).isVisible();
        assertThat(page.getByText("500–800 万元")).isVisible();
        page.locator("vaadin-upload input[type=file]").setInputFiles(new com.microsoft.playwright.options.FilePayload(
                "炉子现场照片说明.pdf", "application/pdf",
                "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("炉子现场照片说明.pdf"))).isVisible();
        page.locator("vaadin-upload input[type=file]").setInputFiles(new com.microsoft.playwright.options.FilePayload(
                "病毒.pdf", "application/pdf", new byte[] {'M', 'Z', 0, 0, 4, 0, 0, 0}));
        assertThat(page.getByText("只支持 PDF、图片").first()).isVisible();
        String fileUrl = app.baseUrl + "/" + page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("炉子现场照片说明.pdf")).getAttribute("href");
        shot(page, "33-need-published");
        page.context().close();

        Page provider = logIn(desktop(), "demo-provider", "Demo-2026!");
        provider.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("技改需求").setExact(true)).click();
        provider.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("改造方向")).fill("绿色化");
        provider.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("绿色化/节能降碳")).click();
        assertThat(provider).hasURL(java.util.regex.Pattern.compile(".*direction=GREEN.*"));
        assertThat(provider.getByText("热处理车间网带炉节能改造")).isVisible();
        assertThat(provider.getByText("船用管件焊接机器人工作站")).not().isVisible();
        shot(provider, "34-provider-browses-needs");
        provider.getByText("热处理车间网带炉节能改造").click();
        assertThat(provider.getByRole(AriaRole.HEADING,
                new Page.GetByRoleOptions().setName("热处理车间网带炉节能改造"))).isVisible();
        assertThat(provider.getByText("青岛海蓝精密机械有限公司").first()).isVisible();
        var download = provider.request().get(fileUrl);
        org.junit.jupiter.api.Assertions.assertEquals(200, download.status());
        org.junit.jupiter.api.Assertions.assertTrue(download.headers().get("content-disposition").startsWith("attachment"));
        shot(provider, "35-provider-reads-need");
        assertThat(provider.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("编辑需求"))).not().isVisible();
        provider.context().close();

        Page stranger = logIn(desktop(), "demo-food", "Demo-2026!");
        org.junit.jupiter.api.Assertions.assertEquals(404, stranger.request().get(fileUrl).status());
        stranger.context().close();

        Page bureau = logIn(desktop(), "demo-bureau", "Demo-2026!");
        bureau.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("技改需求").setExact(true)).click();
        bureau.getByText("热处理车间网带炉节能改造").click();
        assertThat(bureau.getByRole(AriaRole.HEADING,
                new Page.GetByRoleOptions().setName("热处理车间网带炉节能改造"))).isVisible();
        shot(bureau, "36-bureau-reads-need");
        bureau.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("隐藏需求")).click();
        bureau.getByRole(AriaRole.DIALOG).getByLabel("原因").fill("测试隐藏：联系方式写在了标题里");
        bureau.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("确定")).click();
        assertThat(bureau.getByText("已发布 · 已隐藏")).isVisible();
        shot(bureau, "37-bureau-hid-need");
        bureau.context().close();
    }

    @Test
    void a_provider_adds_a_qualification_publishes_a_solution_and_an_enterprise_finds_it() {
        Page page = logIn(desktop(), "demo-provider", "Demo-2026!");
        nav(page, "服务商档案").click();
        assertThat(page.getByText("胶州某农机企业机加工车间 MES")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("添加").setExact(true)).first().click();
        var dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("资质名称").fill("CMMI 3 级");
        dialog.getByLabel("发证机构").fill("CMMI Institute");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("添加")).click();
        assertThat(page.getByText("CMMI 3 级")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();
        assertThat(page.getByText("已保存。")).isVisible();
        shot(page, "41-provider-profile");

        nav(page, "我的方案").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("发布新方案")).click();
        page.getByLabel("方案名称").fill("注塑车间能耗在线监测与优化");
        page.getByLabel("方案介绍").fill("为注塑机加装电能表和温控数据采集，分析单位产品能耗并给出工艺优化建议。");
        page.getByLabel("技术应用（系统集成/软件/自动化）").check();
        page.getByLabel("绿色化/节能降碳").check();
        page.getByLabel("参考价格下限").fill("40");
        page.getByLabel("参考价格上限").fill("20");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("发布").setExact(true)).click();
        assertThat(page.getByText("请至少选择一个适用行业")).isVisible();
        assertThat(page.getByText("上限不能低于下限")).isVisible();
        shot(page, "42-solution-form-errors");
        page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("适用行业")).fill("轻工");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("轻工")).click();
        page.keyboard().press("Escape");
        page.getByLabel("参考价格上限").fill("120");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("发布").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.HEADING,
                new Page.GetByRoleOptions().setName("注塑车间能耗在线监测与优化"))).isVisible();
        shot(page, "43-solution-published");
        page.context().close();

        Page enterprise = logIn(desktop(), "demo-food", "Demo-2026!");
        nav(enterprise, "解决方案").click();
        enterprise.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("服务类别")).fill("金融");
        enterprise.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("金融服务")).click();
        assertThat(enterprise.getByText("设备更新贷款与贴息申报")).isVisible();
        shot(enterprise, "44-enterprise-browses-solutions");
        enterprise.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("服务类别")).press("Escape");
        enterprise.navigate(app.baseUrl + "/solutions?industry=LIGHT");
        enterprise.getByText("注塑车间能耗在线监测与优化").click();
        assertThat(enterprise.getByRole(AriaRole.HEADING,
                new Page.GetByRoleOptions().setName("注塑车间能耗在线监测与优化"))).isVisible();
        enterprise.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("青岛智造云工业互联网科技有限公司")).click();
        assertThat(enterprise.getByText("CMMI 3 级")).isVisible();
        assertThat(enterprise.getByText("联系方式将在双方确认合作意向后显示。")).isVisible();
        assertThat(enterprise.getByText("13953287654")).not().isVisible();
        shot(enterprise, "45-enterprise-reads-provider");
        enterprise.context().close();
    }

    @Test
    void the_bureau_downloads_the_template_fills_it_in_and_imports_it_with_one_bad_row() throws Exception {
        Page page = logIn(desktop(), "demo-bureau", "Demo-2026!");
        nav(page, "数据交换").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("数据交换（Excel 导入导出）")))
                .isVisible();
        var download = page.waitForDownload(() -> page.getByText("下载导入模板").click());
        Path template = SHOTS.resolve("template.xlsx");
        download.saveAs(template);

        String ref = "J" + System.nanoTime();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(template))) {
            var orgs = workbook.getSheetAt(0).createRow(1);
            String[] org = {"E" + ref, "企业 ENTERPRISE", "平度市同和机械有限公司", CreditCode.withCheckCharacter("91370283MA3C" + ref.substring(ref.length() - 5)),
                    "平度市 370283", "机械装备 MACHINERY"};
            for (int c = 0; c < org.length; c++) orgs.createCell(c).setCellValue(org[c]);
            var needs = workbook.getSheetAt(2);
            String[][] rows = {
                    {"N" + ref, "E" + ref, "铸造车间除尘系统改造", "电炉熔炼烟尘超标，需更换布袋除尘器并加装在线监测。", "机械装备 MACHINERY",
                            "绿色化/节能降碳 GREEN", "", "", "平度市 370283", "150"},
                    {"N2" + ref, "E" + ref, "预算写成文字", "预算一栏填了汉字", "机械装备 MACHINERY", "", "", "",
                            "平度市 370283", "一百五十"}};
            for (int r = 0; r < rows.length; r++) {
                var row = needs.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    if (!rows[r][c].isEmpty()) row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            try (var out = Files.newOutputStream(SHOTS.resolve("filled.xlsx"))) {
                workbook.write(out);
            }
        }
        page.locator("vaadin-upload input[type=file]").setInputFiles(SHOTS.resolve("filled.xlsx"));
        assertThat(page.getByText("导入完成：新增 机构 1 条、方案 0 条、需求 1 条")).isVisible();
        assertThat(page.getByText("“一百五十”不是数字")).isVisible();
        shot(page, "51-bureau-excel-import");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("技改需求").setExact(true)).click();
        page.getByText("铸造车间除尘系统改造").click();
        assertThat(page.getByText("平度市同和机械有限公司").first()).isVisible();
        page.context().close();
    }

    @Test
    void matching_recommends_solutions_for_a_need_leads_for_a_provider_and_staff_rebuild_the_index() {
        Page page = logIn(desktop(), "demo-enterprise", "Demo-2026!");
        nav(page, "我的需求").click();
        page.getByText("机加工车间 MES 系统建设，打通 ERP 与设备数据").click();
        var matches = page.locator("#need-matches");
        assertThat(matches.getByText("推荐方案")).isVisible();
        assertThat(matches.getByText("机加工车间轻量级 MES（含设备联网）").first()).isVisible();
        assertThat(matches.getByText("同行业: 机械装备").first()).isVisible();
        matches.scrollIntoViewIfNeeded();
        shot(page, "61-need-recommended-solutions");
        matches.getByText("机加工车间轻量级 MES（含设备联网）").first().click();
        assertThat(page.getByRole(AriaRole.HEADING,
                new Page.GetByRoleOptions().setName("机加工车间轻量级 MES（含设备联网）"))).isVisible();
        assertThat(page.locator("#solution-matches")).hasCount(0);
        page.context().close();

        Page provider = logIn(desktop(), "demo-provider", "Demo-2026!");
        var leads = provider.locator("#home-leads");
        assertThat(leads.getByText("为您推荐的需求")).isVisible();
        assertThat(leads.getByText("机加工车间 MES 系统建设，打通 ERP 与设备数据")).isVisible();
        shot(provider, "62-provider-leads");
        provider.locator("#global-search input").fill("空压机余热");
        provider.locator("#global-search input").press("Enter");
        assertThat(provider.locator("#search-summary")).containsText("空压机余热");
        assertThat(provider.locator("#search-hits mark").first()).isVisible();
        provider.getByText("食品 (", new Page.GetByTextOptions().setExact(false)).first().click();
        assertThat(provider.getByText("✕ 食品")).isVisible();
        shot(provider, "64-search-with-facets");
        provider.context().close();

        Page admin = logIn(desktop(), "admin", PackagedApp.ADMIN_PASSWORD);
        nav(admin, "匹配设置").click();
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("重建索引")).click();
        assertThat(admin.getByText("上次重建完成")).isVisible(
                new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        assertThat(admin.getByText("索引与数据库一致")).isVisible();
        shot(admin, "63-admin-matching-settings");
        admin.context().close();
    }

    @Test
    void typed_addresses_end_on_the_applications_own_pages_and_logout_in_the_address_bar_logs_out() {
        Page page = logIn(desktop(), "demo-enterprise", "Demo-2026!");
        page.navigate(app.baseUrl + "/web.config");
        assertThat(page.getByText("页面不存在").first()).isVisible();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/not-found"));
        shot(page, "81-typed-address-not-found");
        var icon = page.request().get(app.baseUrl + "/favicon.ico");
        org.assertj.core.api.Assertions.assertThat(icon.status()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(icon.headers().get("content-type")).contains("icon");

        page.navigate(app.baseUrl + "/logout");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login.*"));
        page.navigate(app.baseUrl + "/my/needs");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login.*"));
        shot(page, "82-logged-out-by-address");
        page.context().close();
    }

    @Test
    void the_login_page_follows_the_browser_language_and_switches_before_log_in() {
        var context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US").setViewportSize(1280, 900));
        Page page = context.newPage();
        page.navigate(app.baseUrl + "/login");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))).isVisible();
        shot(page, "83-login-in-english");
        page.locator("#language-switch").getByText("中文").click();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录"))).isVisible();
        page.getByLabel("用户名").fill("admin");
        page.getByLabel("密码").fill(PackagedApp.ADMIN_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
        assertThat(page.getByText("欢迎，系统管理员")).isVisible();
        context.close();
    }

    @Test
    void every_main_page_of_every_role_fits_a_phone_without_sideways_scrolling() {
        Map<String, List<String>> pages = new java.util.LinkedHashMap<>();
        pages.put("demo-enterprise", List.of("", "my/needs", "my/needs/edit", "solutions", "providers", "my/organization",
                "team", "search?q=MES", "my/engagements", "engagements/1", "notifications"));
        pages.put("demo-provider", List.of("", "needs", "my/solutions", "my/profile", "solutions", "providers",
                "my/engagements", "engagements/1", "notifications"));
        pages.put("demo-bureau", List.of("", "needs", "review", "solutions", "exchange", "admin/matching", "engagements"));
        pages.put("demo-expert", List.of("", "solutions", "providers"));
        pages.put("admin", List.of("", "admin/users", "admin/tokens", "admin/audit", "needs"));
        List<String> sideways = new java.util.ArrayList<>();
        pages.forEach((user, paths) -> {
            Page page = logIn(new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(390, 844),
                    user, user.equals("admin") ? PackagedApp.ADMIN_PASSWORD : "Demo-2026!");
            for (String path : paths) {
                page.navigate(app.baseUrl + "/" + path);
                page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
                page.waitForTimeout(300);
                shot(page, "9-phone-" + user + "-" + (path.isEmpty() ? "home" : path.replaceAll("[^a-z]+", "-")));
                Object wider = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
                if (((Number) wider).intValue() > 1) {
                    sideways.add(user + " /" + path + " scrolls sideways by " + wider + " px");
                }
            }
            page.context().close();
        });
        org.assertj.core.api.Assertions.assertThat(sideways).isEmpty();
    }

    @Test
    void the_main_pages_and_forms_have_no_serious_accessibility_violations() {
        List<String> found = new java.util.ArrayList<>();
        var anonymous = browser.newContext(desktop()).newPage();
        for (String path : List.of("login", "register")) {
            anonymous.navigate(app.baseUrl + "/" + path);
            anonymous.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
            found.addAll(axe(anonymous, "anonymous /" + path));
        }
        anonymous.context().close();
        Map<String, List<String>> pages = new java.util.LinkedHashMap<>();
        pages.put("demo-enterprise", List.of("", "my/needs", "my/needs/edit", "my/organization", "solutions",
                "my/engagements", "engagements/1", "notifications"));
        pages.put("demo-provider", List.of("", "needs", "my/solutions/edit", "my/profile", "engagements/1"));
        pages.put("demo-bureau", List.of("", "review", "exchange", "engagements"));
        pages.put("demo-expert", List.of(""));
        pages.put("admin", List.of("", "admin/users", "admin/audit"));
        pages.forEach((user, paths) -> {
            Page page = logIn(desktop(), user, user.equals("admin") ? PackagedApp.ADMIN_PASSWORD : "Demo-2026!");
            for (String path : paths) {
                page.navigate(app.baseUrl + "/" + path);
                page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
                page.waitForTimeout(300);
                found.addAll(axe(page, user + " /" + path));
            }
            page.context().close();
        });
        org.assertj.core.api.Assertions.assertThat(found).as("serious or critical WCAG 2.1 AA violations").isEmpty();
    }

    /** axe-core (WCAG 2.0/2.1 A and AA): the serious and critical violations, one line each. */
    static List<String> axe(Page page, String where) {
        var results = new com.deque.html.axecore.playwright.AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze();
        List<String> lines = new java.util.ArrayList<>();
        for (var rule : results.getViolations()) {
            if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                var targets = rule.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget())).toList();
                lines.add(where + ": " + rule.getId() + " (" + rule.getImpact() + ") " + rule.getNodes().size()
                        + " × " + targets);
            }
        }
        lines.forEach(System.out::println);
        return lines;
    }

    @Test
    void dates_are_read_as_people_type_them_and_nonsense_gets_a_message() {
        Page page = logIn(desktop(), "demo-enterprise", "Demo-2026!");
        page.navigate(app.baseUrl + "/my/needs/edit");
        var start = page.getByLabel("预计开始");
        start.fill("2027/6/1");
        start.press("Enter");
        assertThat(start).hasValue("2027-06-01");
        var finish = page.getByLabel("预计完成");
        finish.fill("2027年12月31日");
        finish.press("Enter");
        assertThat(finish).hasValue("2027-12-31");
        start.fill("明年春天");
        start.press("Enter");
        assertThat(page.getByText("请输入日期", new Page.GetByTextOptions().setExact(false)).first()).isVisible();
        shot(page, "84-dates-as-typed");
        page.context().close();
    }
}
