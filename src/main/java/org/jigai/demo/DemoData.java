package org.jigai.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jigai.account.AccountPrincipal;
import org.jigai.account.AccountService;
import org.jigai.account.DemoAccounts;
import org.jigai.account.Registration;
import org.jigai.account.Role;
import org.jigai.base.Direction;
import org.jigai.base.Industry;
import org.jigai.base.JigaiProperties;
import org.jigai.base.Translations;
import org.springframework.beans.factory.annotation.Value;
import org.jigai.base.ServiceCategory;
import org.jigai.need.ContactPreference;
import org.jigai.need.NeedForm;
import org.jigai.need.NeedService;
import org.jigai.need.Visibility;
import org.jigai.provider.ProfileForm;
import org.jigai.provider.ProviderService;
import org.jigai.provider.Qualification;
import org.jigai.provider.ReferenceProject;
import org.jigai.provider.SolutionForm;
import org.jigai.provider.SolutionService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The demo data set of README: the documented demo accounts (password {@value #PASSWORD}) and a first set of
 * needs written the way Qingdao manufacturers describe their plans. Loaded once, on an empty database.
 */
@Component
@Order(10)
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "Demo-2026!";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private record DemoEnterprise(Registration registration, List<NeedForm> needs) {}

    private record DemoProvider(Registration registration, ProfileForm profile, List<SolutionForm> solutions) {}

    private final AccountService accounts;
    private final DemoAccounts demoAccounts;
    private final NeedService needs;
    private final ProviderService providerProfiles;
    private final SolutionService solutions;
    private final JigaiProperties properties;
    private final Translations translations;
    private final org.jigai.engagement.EngagementService engagements;
    private final org.jigai.project.ProjectService projectService;
    private final boolean volume;
    private final org.jigai.pool.PoolService pool;
    private final org.jigai.event.EventService events;
    private final org.jigai.selection.SelectionService selection;
    private final org.jigai.selection.ReviewService reviews;
    private final java.time.Clock clock;
    /** The demo collaborations' signed and completed engagements, which the past events count as their results. */
    private long signedEngagement;
    private long doneEngagement;

    DemoData(org.jigai.selection.SelectionService selection, org.jigai.selection.ReviewService reviews,
            java.time.Clock clock, org.jigai.pool.PoolService pool, org.jigai.event.EventService events, AccountService accounts, DemoAccounts demoAccounts, NeedService needs, ProviderService providerProfiles,
            SolutionService solutions, JigaiProperties properties, Translations translations,
            org.jigai.engagement.EngagementService engagements, org.jigai.project.ProjectService projectService,
            @Value("${jigai.demo-volume:true}") boolean volume) {
        this.selection = selection;
        this.reviews = reviews;
        this.clock = clock;
        this.pool = pool;
        this.events = events;
        this.engagements = engagements;
        this.projectService = projectService;
        this.demoAccounts = demoAccounts;
        this.translations = translations;
        this.volume = volume;
        this.accounts = accounts;
        this.needs = needs;
        this.providerProfiles = providerProfiles;
        this.solutions = solutions;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demoDataEnabled()) {
            return;
        }
        int created = 0;
        for (DemoEnterprise e : enterprises()) {
            var r = e.registration();
            if (demoAccounts.ensure(r.username(), r.contactName(), Role.ENTERPRISE, r, PASSWORD)) {
                created++;
                runAs(r.username(), () -> e.needs().forEach(n -> needs.create(n, true)));
            }
        }
        for (DemoProvider p : providers()) {
            var r = p.registration();
            if (demoAccounts.ensure(r.username(), r.contactName(), Role.PROVIDER, r, PASSWORD)) {
                created++;
                runAs(r.username(), () -> {
                    providerProfiles.save(-1, p.profile());
                    p.solutions().forEach(solution -> solutions.create(solution, true));
                });
            }
        }
        created += demoAccounts.ensure("demo-bureau", "张敏", Role.BUREAU, null, PASSWORD) ? 1 : 0;
        created += demoAccounts.ensure("demo-expert", "刘振华", Role.EXPERT, null, PASSWORD) ? 1 : 0;
        if (created > 0) {
            collaborations();
            log.info("Demo data: created {} demo accounts (password {}) and their needs.", created, PASSWORD);
            var owners = new java.util.ArrayList<DemoProjects.Owner>();
            var poolMembers = new java.util.ArrayList<DemoGenerator.Organization>();
            if (volume) {
                var data = new DemoGenerator(2026, translations).generate(60, 150, 300, "demo-");
                runAs("admin", () -> loadVolume(data));
                for (var o : data.organizations()) {
                    if (o.provider()) {
                        poolMembers.add(o);
                    }
                    if (!o.provider()) {
                        owners.add(new DemoProjects.Owner(o.creditCode(), shortName(o.name()),
                                o.industries().iterator().next(), o.region()));
                    }
                }
            }
            runAs("demo-bureau", () -> projects(owners));
            pool(poolMembers);
            events();
            cases(owners, poolMembers);
        }
    }

    /**
     * Two events held in the last months (recorded with their meetings, attendance and outcomes; the demo's signed and
     * completed engagements count as their results) and one upcoming event open for registration: demo-enterprise,
     * demo-marine and demo-provider confirmed, demo-energy waiting for confirmation, demo-enterprise wanting to meet
     * demo-provider; demo-food has not registered.
     */
    void events() {
        LocalDate today = LocalDate.now(org.jigai.base.Formats.ZONE);
        long enterprise = organizationOf("demo-enterprise");
        long food = organizationOf("demo-food");
        long marine = organizationOf("demo-marine");
        long provider = organizationOf("demo-provider");
        long energy = organizationOf("demo-energy");
        long finance = organizationOf("demo-finance");
        var morning = List.of(new org.jigai.event.Session(java.time.LocalTime.of(9, 0), java.time.LocalTime.of(11, 20)));
        var enterpriseSide = org.jigai.engagement.Side.ENTERPRISE;
        var providerSide = org.jigai.engagement.Side.PROVIDER;
        var both = org.jigai.event.Attendance.BOTH;
        long machinery = as("demo-bureau", () -> events.recordHeld(new org.jigai.event.EventForm(
                "青岛市智能制造供需对接会（机械装备专场）", "机械装备产业链 · 数字化车间与设备更新", Industry.MACHINERY,
                org.jigai.event.EventFormat.OFFLINE, "青岛国际会议中心 3 号厅", null, today.minusDays(60),
                today.minusDays(67), morning, 20, 10, 80,
                "面向胶州、即墨、黄岛机械装备企业，围绕数控设备联网、MES 和伺服化改造组织一对一洽谈。"),
                List.of(new org.jigai.event.EventService.PastRegistration(enterprise, enterpriseSide,
                                Set.of(needOf("demo-enterprise", "冲压车间 8 台老旧冲床更新为伺服压力机"))),
                        new org.jigai.event.EventService.PastRegistration(marine, enterpriseSide,
                                Set.of(needOf("demo-marine", "涂装车间 VOCs 治理与安全改造"))),
                        new org.jigai.event.EventService.PastRegistration(food, enterpriseSide,
                                Set.of(needOf("demo-food", "冷库制冷系统氨改氟及能耗监测"))),
                        new org.jigai.event.EventService.PastRegistration(provider, providerSide, solutions("demo-provider")),
                        new org.jigai.event.EventService.PastRegistration(energy, providerSide, solutions("demo-energy")),
                        new org.jigai.event.EventService.PastRegistration(finance, providerSide, solutions("demo-finance"))),
                List.of(new org.jigai.event.EventService.PastMeeting(enterprise, provider, 0, 1, both,
                                org.jigai.event.Outcome.INTENTION),
                        new org.jigai.event.EventService.PastMeeting(enterprise, finance, 1, 1, both,
                                org.jigai.event.Outcome.FOLLOW_UP),
                        new org.jigai.event.EventService.PastMeeting(marine, energy, 0, 2, both,
                                org.jigai.event.Outcome.INTENTION),
                        new org.jigai.event.EventService.PastMeeting(marine, provider, 1, 2,
                                org.jigai.event.Attendance.PROVIDER_ABSENT, org.jigai.event.Outcome.NONE),
                        new org.jigai.event.EventService.PastMeeting(food, energy, 2, 1, both,
                                org.jigai.event.Outcome.FOLLOW_UP))));
        runAs("demo-bureau", () -> {
            events.linkEngagement(machinery, marine, energy, doneEngagement);
            events.linkEngagement(machinery, food, energy, signedEngagement);
        });
        runAs("demo-bureau", () -> events.recordHeld(new org.jigai.event.EventForm("绿色低碳技改线上对接会",
                "节能降碳 · 余热回收 · 能源管理", null, org.jigai.event.EventFormat.ONLINE, null,
                "https://meeting.example.cn/jigai-green", today.minusDays(25), today.minusDays(30),
                List.of(new org.jigai.event.Session(java.time.LocalTime.of(14, 0), java.time.LocalTime.of(16, 0))), 30,
                6, 50, "工信局联合节能服务机构，为有节能改造意向的企业安排线上一对一洽谈。"),
                List.of(new org.jigai.event.EventService.PastRegistration(enterprise, enterpriseSide,
                                Set.of(needOf("demo-enterprise", "空压站节能改造与余热回收"))),
                        new org.jigai.event.EventService.PastRegistration(food, enterpriseSide,
                                Set.of(needOf("demo-food", "冷库制冷系统氨改氟及能耗监测"))),
                        new org.jigai.event.EventService.PastRegistration(energy, providerSide, solutions("demo-energy")),
                        new org.jigai.event.EventService.PastRegistration(finance, providerSide, solutions("demo-finance"))),
                List.of(new org.jigai.event.EventService.PastMeeting(enterprise, energy, 0, 1, both,
                                org.jigai.event.Outcome.INTENTION),
                        new org.jigai.event.EventService.PastMeeting(food, finance, 0, 2, both,
                                org.jigai.event.Outcome.FOLLOW_UP),
                        new org.jigai.event.EventService.PastMeeting(enterprise, finance, 1, 1,
                                org.jigai.event.Attendance.ENTERPRISE_ABSENT, org.jigai.event.Outcome.NONE))));
        long upcoming = as("demo-bureau", () -> {
            long id = events.save(null, 0, new org.jigai.event.EventForm("青岛市技术改造供需洽谈会（冬季场）",
                    "设备更新与智能化改造", null, org.jigai.event.EventFormat.HYBRID, "青岛市民健身中心会议室",
                    "https://meeting.example.cn/jigai-winter", today.plusDays(18), today.plusDays(10),
                    List.of(new org.jigai.event.Session(java.time.LocalTime.of(9, 0), java.time.LocalTime.of(11, 40)),
                            new org.jigai.event.Session(java.time.LocalTime.of(14, 0), java.time.LocalTime.of(16, 0))),
                    20, 8, 60, "企业带需求、服务商带方案，平台按双方意愿和匹配度安排一对一洽谈；线上参会的单位通过链接进入。"));
            events.take(id, org.jigai.event.EventTransition.PUBLISH, null);
            return id;
        });
        var all = java.util.stream.IntStream.range(0, 14).boxed().collect(java.util.stream.Collectors.toSet());
        long enterpriseReg = as("demo-enterprise", () -> events.register(upcoming, new org.jigai.event.RegistrationForm(
                Set.of(needOf("demo-enterprise", "机加工车间 MES 系统建设，打通 ERP 与设备数据"),
                        needOf("demo-enterprise", "冲压车间 8 台老旧冲床更新为伺服压力机")), all, 6)));
        long marineReg = as("demo-marine", () -> events.register(upcoming, new org.jigai.event.RegistrationForm(
                Set.of(needOf("demo-marine", "船用管件焊接机器人工作站")), all, 5)));
        long providerReg = as("demo-provider", () -> events.register(upcoming,
                new org.jigai.event.RegistrationForm(solutions("demo-provider"), all, 8)));
        runAs("demo-energy", () -> events.register(upcoming, new org.jigai.event.RegistrationForm(
                solutions("demo-energy"), all, 6)));
        runAs("demo-bureau", () -> {
            for (long r : List.of(enterpriseReg, marineReg, providerReg)) {
                events.take(r, org.jigai.event.RegistrationTransition.CONFIRM, null);
            }
        });
        runAs("demo-enterprise", () -> events.prefer(upcoming, providerReg, org.jigai.event.PreferenceLevel.MUST,
                false));
    }

    /** The published solutions of a demo provider (at most five, as a registration brings). */
    private Set<Long> solutions(String username) {
        return as(username, () -> this.solutions.mine(org.jigai.provider.SolutionStatus.PUBLISHED,
                org.springframework.data.domain.PageRequest.of(0, 5)).getContent().stream()
                .map(org.jigai.provider.SolutionSummary::id).collect(java.util.stream.Collectors.toSet()));
    }

    /**
     * This year's provider pool with members in each category (the demo providers and, with the volume, about a
     * quarter of the generated ones), and next year's open for applications: demo-energy's renewal and demo-finance's
     * first application wait for review, demo-energy's second was returned for changes, and demo-provider has not
     * applied yet (its renewal will be pre-filled).
     */
    void pool(List<DemoGenerator.Organization> generated) {
        LocalDate today = LocalDate.now(org.jigai.base.Formats.ZONE);
        int year = today.getYear();
        var requirements = "在青岛市注册、信用良好的技术改造服务机构；近三年在申请类别内完成不少于 3 个技改服务项目；"
                + "检验检测类须具备 CMA 或 CNAS 资质。";
        long current = as("demo-bureau", () -> {
            long id = pool.saveYear(null, 0, new org.jigai.pool.PoolYearForm(year, LocalDate.of(year, 1, 5),
                    LocalDate.of(year, 2, 28), org.jigai.pool.PoolYearForm.DEFAULT_CATEGORIES, requirements));
            pool.publishYear(id);
            return id;
        });
        var approved = LocalDate.of(year, 3, 16).atTime(10, 0).atZone(org.jigai.base.Formats.ZONE).toInstant();
        runAs("demo-bureau", () -> {
            pool.enrol(current, organizationOf("demo-provider"), ServiceCategory.TECH_APPLICATION,
                    "专注离散制造业 MES 与设备联网，近三年完成机加工、汽车零部件等行业数字化车间项目 40 余个。", approved);
            pool.enrol(current, organizationOf("demo-energy"), ServiceCategory.DIAGNOSIS,
                    "提供能源审计、节能诊断和碳排放核算服务，近三年完成工业企业节能诊断 60 余家。", approved);
            int i = 0;
            for (var o : generated) {
                var category = o.categories().stream().filter(org.jigai.pool.PoolYearForm.DEFAULT_CATEGORIES::contains)
                        .findFirst().orElse(null);
                if (category != null && i++ % 4 == 0) {
                    accounts.organizationByRef(o.ref()).ifPresent(org -> pool.enrol(current, org.id(), category,
                            null, approved));
                }
            }
        });
        var nextCategories = EnumSet.copyOf(org.jigai.pool.PoolYearForm.DEFAULT_CATEGORIES);
        nextCategories.add(ServiceCategory.FINANCE);
        long next = as("demo-bureau", () -> {
            var closes = today.plusDays(20);
            long id = pool.saveYear(null, 0, new org.jigai.pool.PoolYearForm(year + 1, today.minusDays(10),
                    closes.getYear() > year + 1 ? LocalDate.of(year + 1, 12, 31) : closes, nextCategories,
                    requirements + "本年度新增金融服务类别。"));
            pool.publishYear(id);
            return id;
        });
        long returned = as("demo-energy", () -> {
            long renewal = pool.apply(next, ServiceCategory.DIAGNOSIS);
            for (var field : List.of("STATEMENT", "QUALIFICATIONS", "REFERENCES")) {
                pool.confirm(renewal, field);
            }
            pool.take(renewal, org.jigai.pool.PoolTransition.SUBMIT, null);
            long second = pool.apply(next, ServiceCategory.TECH_APPLICATION);
            pool.edit(second, pool.details(second).version(), new org.jigai.pool.ApplicationForm(
                    "承接空压站、窑炉等节能技术改造，EMC 模式为主。", List.of(0), List.of(0)));
            pool.take(second, org.jigai.pool.PoolTransition.SUBMIT, null);
            return second;
        });
        runAs("demo-bureau", () -> pool.take(returned, org.jigai.pool.PoolTransition.RETURN,
                "请补充近三年技术应用类项目清单（不少于 3 个），并说明 EMC 项目的节能量核定方式。"));
        runAs("demo-finance", () -> {
            long id = pool.apply(next, ServiceCategory.FINANCE);
            pool.edit(id, pool.details(id).version(), new org.jigai.pool.ApplicationForm(
                    "与 6 家在青银行和 2 家融资租赁公司合作，近三年为 40 余个技改项目提供设备更新贷款和贴息申报服务。",
                    List.of(), List.of(0)));
            pool.take(id, org.jigai.pool.PoolTransition.SUBMIT, null);
        });
    }

    /** The generated volume goes in through the import paths: organisations without user accounts. */
    void loadVolume(DemoGenerator.Data data) {
        var ids = new java.util.HashMap<String, Long>();
        for (var o : data.organizations()) {
            var result = accounts.importOrganization(o.ref(), o.provider() ? "PROVIDER" : "ENTERPRISE", o.name(),
                    o.creditCode(), o.region(), o.industries(), o.description().isEmpty() ? null : o.description());
            ids.put(o.ref(), result.id());
            if (o.provider()) {
                providerProfiles.importProfile(result.id(), o.categories(), o.industries(), o.description());
            }
        }
        for (var s : data.solutions()) {
            solutions.importSolution(ids.get(s.providerRef()), s.ref(), new SolutionForm(s.title(), s.description(),
                    s.categories(), s.industries(), s.directions(), s.priceMinWan(), s.priceMaxWan(), s.deliveryWeeks(),
                    null));
        }
        for (var n : data.needs()) {
            needs.importNeed(ids.get(n.enterpriseRef()), n.ref(), new NeedForm(n.title(), n.description(), n.industry(),
                    n.directions(), n.region(), null, n.budgetWan(), null, null, Visibility.ALL_PROVIDERS,
                    ContactPreference.PLATFORM));
        }
        log.info("Demo data: generated {} organisations, {} solutions and {} needs.", data.organizations().size(),
                data.solutions().size(), data.needs().size());
    }

    /**
     * Collaborations in every stage, so that each role's first look is real: an invitation waiting for the provider,
     * an interest waiting for the enterprise, talks with a revised proposal, a signed engagement with a milestone
     * awaiting acceptance, and a completed one with both ratings shown.
     */
    void collaborations() {
        long stamping = needOf("demo-enterprise", "冲压车间 8 台老旧冲床更新为伺服压力机");
        long welding = needOf("demo-marine", "船用管件焊接机器人工作站");
        long coldStore = needOf("demo-food", "冷库制冷系统氨改氟及能耗监测");
        long coating = needOf("demo-marine", "涂装车间 VOCs 治理与安全改造");
        long provider = organizationOf("demo-provider");
        long energy = organizationOf("demo-energy");
        LocalDate today = LocalDate.now(org.jigai.base.Formats.ZONE);

        // talks: invited, accepted, a conversation, contacts exchanged, a proposal revised once
        long talks = as("demo-enterprise", () -> engagements.invite(stamping, List.of(provider),
                "看到贵司在胶州做过冲压车间的设备联网，请就伺服压力机更新和上下料自动化报价。").getFirst());
        runAs("demo-provider", () -> {
            engagements.accept(talks);
            engagements.send(talks, "王总您好，我们下周可到胶州现场查看 8 台冲床和车间布局，请问周二上午是否方便？", null, null);
        });
        runAs("demo-enterprise", () -> {
            engagements.send(talks, "周二上午可以，请带上伺服压力机的能耗对比数据。", null, null);
            engagements.consentToContacts(talks);
        });
        runAs("demo-provider", () -> {
            engagements.consentToContacts(talks);
            engagements.submitProposal(talks, new org.jigai.engagement.ProposalForm(
                    "分两期将 8 台机械冲床更换为 250 吨伺服压力机，配套上下料机械手和冲压线数据采集，接入现有 MES。",
                    "设备选型与采购、旧设备拆除处置、安装调试、操作培训；不含厂房改造。", new BigDecimal("860"), 240,
                    List.of(new org.jigai.engagement.PlannedMilestone("一期 4 台到货安装", "安装验收单", today.plusDays(90), 40),
                            new org.jigai.engagement.PlannedMilestone("二期 4 台到货安装", "安装验收单", today.plusDays(180), 40),
                            new org.jigai.engagement.PlannedMilestone("联线调试与培训", "调试报告、培训记录", today.plusDays(240), 20))),
                    null, null);
            engagements.submitProposal(talks, new org.jigai.engagement.ProposalForm(
                    "分两期将 8 台机械冲床更换为 250 吨伺服压力机，配套上下料机械手和冲压线数据采集，接入现有 MES。"
                            + "二期设备改用国产伺服系统，降低造价。",
                    "设备选型与采购、旧设备拆除处置、安装调试、操作培训；不含厂房改造。", new BigDecimal("780"), 240,
                    List.of(new org.jigai.engagement.PlannedMilestone("一期 4 台到货安装", "安装验收单", today.plusDays(90), 40),
                            new org.jigai.engagement.PlannedMilestone("二期 4 台到货安装", "安装验收单", today.plusDays(180), 40),
                            new org.jigai.engagement.PlannedMilestone("联线调试与培训", "调试报告、培训记录", today.plusDays(240), 20))),
                    null, null);
        });
        // an interest waiting for the enterprise's answer
        runAs("demo-finance", () -> engagements.expressInterest(stamping,
                "本项目符合设备更新贷款贴息条件，我们可协助申报并对接合作银行。"));
        // an invitation waiting for the provider's answer
        runAs("demo-marine", () -> engagements.invite(welding, List.of(provider),
                "需要管法兰自动焊接工作站，焊缝须满足 CCS 要求，请评估并报价。"));

        // signed, the first milestone submitted and waiting for acceptance
        long signed = as("demo-energy", () -> engagements.expressInterest(coldStore,
                "我们完成过 3 个冷库氨改氟项目，可先做安全评估与方案比选。"));
        signedEngagement = signed;
        runAs("demo-food", () -> engagements.accept(signed));
        long signedProposal = as("demo-energy", () -> engagements.submitProposal(signed,
                new org.jigai.engagement.ProposalForm("先做安全评估与三种制冷方案比选，推荐二氧化碳复叠系统，同步建设能耗在线监测。",
                        "安全评估、方案设计、施工图、监测平台；设备采购另行招标。", new BigDecimal("96"), 150,
                        List.of(new org.jigai.engagement.PlannedMilestone("安全评估与方案比选", "评估报告", today.plusDays(20), 30),
                                new org.jigai.engagement.PlannedMilestone("施工图与监测平台上线", "施工图、平台验收单", today.plusDays(150), 70))),
                null, null).id());
        runAs("demo-food", () -> engagements.acceptProposal(signed, signedProposal));
        runAs("demo-energy", () -> engagements.submitMilestone(signed, engagements.milestones(signed).getFirst().id(),
                "安全评估报告已完成，三种方案的投资与运行费用对比见报告第 4 章。", null, null));

        // completed and rated by both sides
        long done = as("demo-marine", () -> engagements.invite(coating, List.of(energy),
                "涂装车间 VOCs 整改，请报价沸石转轮+RTO 方案。").getFirst());
        doneEngagement = done;
        runAs("demo-energy", () -> engagements.accept(done));
        long doneProposal = as("demo-energy", () -> engagements.submitProposal(done,
                new org.jigai.engagement.ProposalForm("沸石转轮浓缩 + RTO 焚烧，配套防爆通风与可燃气体报警。",
                        "设计、设备供货、安装调试、环保验收配合。", new BigDecimal("420"), 120,
                        List.of(new org.jigai.engagement.PlannedMilestone("设备安装完成", "安装验收单", today.plusDays(1), 60),
                                new org.jigai.engagement.PlannedMilestone("环保验收通过", "监测报告", today.plusDays(2), 40))),
                null, null).id());
        runAs("demo-marine", () -> engagements.acceptProposal(done, doneProposal));
        for (var m : as("demo-energy", () -> engagements.milestones(done))) {
            runAs("demo-energy", () -> engagements.submitMilestone(done, m.id(), "已完成：" + m.deliverable(), null, null));
            runAs("demo-marine", () -> engagements.approveMilestone(done, m.id()));
        }
        runAs("demo-marine", () -> engagements.rate(done, new int[] {5, 4, 4}, "方案务实，调试期驻场及时；排放一次达标。"));
        runAs("demo-energy", () -> {
            engagements.rate(done, new int[] {4, 5, 5}, "需求清楚，配合顺畅，按节点付款。");
            engagements.reply(done, "感谢认可，后续运维随叫随到。");
        });
    }

    /** The key-project library: the demo enterprises' projects and about 55 more (when the volume is on). */
    void projects(List<DemoProjects.Owner> owners) {
        var demo = new DemoProjects(LocalDate.now(org.jigai.base.Formats.ZONE));
        var seeds = new java.util.ArrayList<>(demo.handWritten("91370281MA3C8RTE4Y", "91370283MA3E6PQL2P",
                "91370211MA3F1XNB34"));
        seeds.addAll(demo.generated(owners, owners.isEmpty() ? 0 : 55));
        for (var seed : seeds) {
            projectService.importProject(seed.project());
            long id = projectService.idOfRef(java.util.Objects.requireNonNull(seed.project().ref())).orElseThrow();
            projectService.backfill(id, seed.registeredOn(), seed.past());
        }
        log.info("Demo data: {} key projects with their report history.", seeds.size());
    }

    /** 「青岛胶州恒泰机械有限公司」 → 「恒泰机械」 */
    private static String shortName(String name) {
        return name.replace("青岛", "").replace("有限公司", "");
    }

    private long needOf(String username, String title) {
        return as(username, () -> needs.mine(null, org.springframework.data.domain.PageRequest.of(0, 50)).stream()
                .filter(n -> n.title().equals(title)).findFirst().orElseThrow().id());
    }

    private long organizationOf(String username) {
        return java.util.Objects.requireNonNull(accounts.findLogin(username).orElseThrow().organizationId());
    }

    /**
     * Last year's ten published excellent cases (on demo and generated enterprises of their industries, delivered by
     * the demo providers and one generated one) and this year's call in expert review (see {@link DemoCases}).
     */
    void cases(List<DemoProjects.Owner> owners, List<DemoGenerator.Organization> generatedProviders) {
        var enterprises = new java.util.ArrayList<DemoCases.Org>();
        enterprises.add(new DemoCases.Org(orgOf("demo-enterprise"), java.util.Set.of(Industry.MACHINERY)));
        enterprises.add(new DemoCases.Org(orgOf("demo-food"), java.util.Set.of(Industry.FOOD)));
        enterprises.add(new DemoCases.Org(orgOf("demo-marine"), java.util.Set.of(Industry.MARINE)));
        for (var o : owners) {
            accounts.organizationByCreditCode(o.creditCode())
                    .ifPresent(info -> enterprises.add(new DemoCases.Org(info.id(), info.industries())));
        }
        var providerIds = new java.util.ArrayList<Long>(List.of(orgOf("demo-provider"), orgOf("demo-energy")));
        providerIds.add(generatedProviders.stream().findFirst()
                .flatMap(o -> accounts.organizationByCreditCode(o.creditCode())).map(info -> info.id())
                .orElse(orgOf("demo-provider")));
        new DemoCases(selection, reviews, accounts, demoAccounts, this::runAs)
                .load(java.time.LocalDate.now(clock.withZone(org.jigai.base.Formats.ZONE)), enterprises, providerIds);
    }

    private long orgOf(String username) {
        return accounts.findLogin(username).orElseThrow().organizationId();
    }

    private <T> T as(String username, java.util.function.Supplier<T> work) {
        var result = new java.util.concurrent.atomic.AtomicReference<T>();
        runAs(username, () -> result.set(work.get()));
        return result.get();
    }

    private void runAs(String username, Runnable work) {
        AccountPrincipal principal = accounts.findLogin(username).orElseThrow().withoutPassword();
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static NeedForm need(String title, String description, Industry industry, EnumSet<Direction> directions,
            String region, Integer min, Integer max, LocalDate start, LocalDate finish, ContactPreference contact) {
        return new NeedForm(title, description, industry, directions, region, min == null ? null : new BigDecimal(min),
                max == null ? null : new BigDecimal(max), start, finish, Visibility.ALL_PROVIDERS, contact);
    }

    /** The same need, offered to members of the provider pool only (仅资源池服务商). */
    private static NeedForm poolOnly(NeedForm f) {
        return new NeedForm(f.title(), f.description(), f.industry(), f.directions(), f.region(), f.budgetMinWan(),
                f.budgetMaxWan(), f.expectedStart(), f.expectedFinish(), Visibility.POOL_MEMBERS, f.contactPreference(),
                f.anonymous());
    }

    /** The same need, published anonymously (匿名发布). */
    private static NeedForm anonymous(NeedForm f) {
        return new NeedForm(f.title(), f.description(), f.industry(), f.directions(), f.region(), f.budgetMinWan(),
                f.budgetMaxWan(), f.expectedStart(), f.expectedFinish(), f.visibility(), f.contactPreference(), true);
    }

    private static SolutionForm solution(String title, String description, EnumSet<ServiceCategory> categories,
            EnumSet<Industry> industries, EnumSet<Direction> directions, Integer min, Integer max, Integer weeks,
            String tags, String... references) {
        return new SolutionForm(title, description, categories, industries, directions,
                min == null ? null : new BigDecimal(min), max == null ? null : new BigDecimal(max), weeks, tags,
                Set.of(references));
    }

    private static List<DemoProvider> providers() {
        return List.of(
                new DemoProvider(new Registration(Role.PROVIDER, "青岛智造云工业互联网科技有限公司", "91370211MA3D2WKX7D",
                        "370211", "李晓东", "13953287654", "lixiaodong@zhizaoyun.example.cn", "demo-provider", PASSWORD),
                        new ProfileForm("青岛本地工业互联网服务商，专注离散制造业 MES、设备联网和数字化车间建设，"
                                + "已服务胶州、即墨、西海岸新区 120 余家机械、汽车零部件和家电配套企业。自有数据采集网关，"
                                + "支持 FANUC、西门子、三菱、华中数控等主流系统。", 85, 2014,
                                EnumSet.of(ServiceCategory.TECH_APPLICATION, ServiceCategory.DIAGNOSIS),
                                EnumSet.of(Industry.MACHINERY, Industry.AUTOMOTIVE, Industry.HOME_APPLIANCE),
                                Set.of("370211", "370281", "370215", "370214"),
                                List.of(new Qualification("高新技术企业", "GR202337012345", "青岛市科学技术局",
                                                LocalDate.of(2026, 12, 15)),
                                        new Qualification("ISO 9001 质量管理体系认证", "00124Q31234R1M", "中国质量认证中心",
                                                LocalDate.of(2027, 6, 30)),
                                        new Qualification("山东省智能制造系统解决方案供应商", null, "山东省工业和信息化厅", null)),
                                List.of(new ReferenceProject("胶州某农机企业机加工车间 MES", Industry.MACHINERY, 2024,
                                                "46 台设备联网，计划达成率由 72% 提升到 91%"),
                                        new ReferenceProject("即墨某汽车零部件企业设备预测性维护", Industry.AUTOMOTIVE, 2025,
                                                "非计划停机减少 35%")),
                                "李晓东", "13953287654", "lixiaodong@zhizaoyun.example.cn"),
                        List.of(solution("机加工车间轻量级 MES（含设备联网）",
                                        "面向 20–200 台设备的机加工、冲压、焊接车间：工单下达、扫码报工、质量追溯、设备状态与 OEE "
                                                + "看板。自带数据采集网关，3 个月上线；可对接用友、金蝶 ERP。",
                                        EnumSet.of(ServiceCategory.TECH_APPLICATION),
                                        EnumSet.of(Industry.MACHINERY, Industry.AUTOMOTIVE), EnumSet.of(Direction.SMART),
                                        80, 300, 12, "MES,设备联网,数字化车间", "胶州某农机企业机加工车间 MES"),
                                solution("中小制造企业智改数转诊断",
                                        "按照中小企业数字化水平评测指标，现场调研 3–5 天，输出现状评估、问题清单和分步实施路线图，"
                                                + "可作为申报技改专项和数字化转型试点的材料。",
                                        EnumSet.of(ServiceCategory.DIAGNOSIS),
                                        EnumSet.of(Industry.MACHINERY, Industry.FOOD, Industry.LIGHT, Industry.TEXTILE),
                                        EnumSet.of(Direction.SMART), 3, 10, 3, "诊断,智改数转"),
                                solution("设备预测性维护（振动与电流监测）",
                                        "在空压机、风机、水泵、主轴等关键设备加装振动、温度和电流传感器，用故障模型提前预警，"
                                                + "减少非计划停机。",
                                        EnumSet.of(ServiceCategory.TECH_APPLICATION),
                                        EnumSet.of(Industry.MACHINERY, Industry.CHEMICAL, Industry.BUILDING_MATERIALS),
                                        EnumSet.of(Direction.SMART, Direction.SAFETY), 30, 120, 8, "预测性维护,设备管理",
                                        "即墨某汽车零部件企业设备预测性维护"))),
                new DemoProvider(new Registration(Role.PROVIDER, "青岛海衡节能环保技术有限公司", "91370212MA3G4HJK5D", "370212",
                        "陈志远", "13708961234", "chenzy@haiheng-ee.example.cn", "demo-energy", PASSWORD),
                        new ProfileForm("节能诊断与合同能源管理服务商，提供空压站、锅炉、窑炉、余热回收和光伏储能的诊断、设计与"
                                + "EMC 投资运营。", 60, 2011,
                                EnumSet.of(ServiceCategory.DIAGNOSIS, ServiceCategory.TECH_APPLICATION,
                                        ServiceCategory.EQUIPMENT),
                                EnumSet.of(Industry.MACHINERY, Industry.CHEMICAL, Industry.BUILDING_MATERIALS,
                                        Industry.FOOD),
                                Set.of("370200"),
                                List.of(new Qualification("节能服务公司备案", null, "国家发展和改革委员会", null)),
                                List.of(new ReferenceProject("平度某食品企业空压站 EMC 改造", Industry.FOOD, 2023,
                                        "年节电 86 万度")),
                                "陈志远", "13708961234", "chenzy@haiheng-ee.example.cn"),
                        List.of(solution("空压站节能改造（EMC 合同能源管理）",
                                        "变频改造、集中联控、管网查漏和压缩热回收。企业零投入，按节能收益分成 5 年。",
                                        EnumSet.of(ServiceCategory.TECH_APPLICATION, ServiceCategory.EQUIPMENT),
                                        EnumSet.of(Industry.MACHINERY, Industry.FOOD, Industry.TEXTILE),
                                        EnumSet.of(Direction.GREEN), null, null, 10, "空压机,余热回收,EMC",
                                        "平度某食品企业空压站 EMC 改造"),
                                solution("工业窑炉与热处理炉节能改造",
                                        "炉衬纳米保温、燃烧优化和烟气余热回收，典型节能率 15%–30%。",
                                        EnumSet.of(ServiceCategory.TECH_APPLICATION),
                                        EnumSet.of(Industry.MACHINERY, Industry.BUILDING_MATERIALS, Industry.METALLURGY),
                                        EnumSet.of(Direction.GREEN), 50, 400, 16, "窑炉,余热,节能降碳"))),
                new DemoProvider(new Registration(Role.PROVIDER, "青岛融信科技金融服务有限公司", "91370203MA3H7LMN2N", "370203",
                        "周敏", "13964201234", "zhoumin@rongxin-fin.example.cn", "demo-finance", PASSWORD),
                        new ProfileForm("为技改项目提供设备更新贷款、融资租赁和贴息政策申报服务，与多家在青银行合作。", 25,
                                2018, EnumSet.of(ServiceCategory.FINANCE),
                                EnumSet.of(Industry.MACHINERY, Industry.FOOD, Industry.CHEMICAL, Industry.OTHER),
                                Set.of("370200"), List.of(), List.of(new ReferenceProject("即墨某机械企业数控设备融资租赁",
                                        Industry.MACHINERY, 2025, "融资 2800 万元，贴息后综合成本 3.1%")), "周敏", "13964201234",
                                "zhoumin@rongxin-fin.example.cn"),
                        List.of(solution("设备更新贷款与贴息申报",
                                        "对接设备更新和技术改造再贷款，协助准备贴息申报材料，最快 2 周放款。",
                                        EnumSet.of(ServiceCategory.FINANCE), EnumSet.of(Industry.MACHINERY, Industry.FOOD,
                                                Industry.CHEMICAL, Industry.TEXTILE, Industry.OTHER),
                                        EnumSet.of(Direction.EQUIPMENT_RENEWAL), null, null, 2, "贷款,贴息,融资租赁"))));
    }

    private static List<DemoEnterprise> enterprises() {
        return List.of(
                new DemoEnterprise(new Registration(Role.ENTERPRISE, "青岛海蓝精密机械有限公司", "91370281MA3C8RTE4Y",
                        "370281", "王建国", "13806421234", "wangjianguo@hailan-jm.example.cn", "demo-enterprise",
                        PASSWORD), List.of(
                        need("冲压车间 8 台老旧冲床更新为伺服压力机",
                                "我司位于胶州经济技术开发区，主要生产农机和工程机械用冲压件。冲压车间现有 8 台 2008—2012 年购置的"
                                        + "机械式开式冲床（160–315 吨），能耗高、噪声大，近两年故障停机累计超过 300 小时。\n"
                                        + "计划分两期更换为伺服压力机，并配套自动上下料机械手，实现冲压线无人化。希望服务商提供设备选型、"
                                        + "产线布局、旧设备处置和安装调试的整体方案，可申请设备更新贷款贴息。",
                                Industry.MACHINERY, EnumSet.of(Direction.EQUIPMENT_RENEWAL, Direction.SMART), "370281",
                                600, 900, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 12, 31), ContactPreference.PLATFORM),
                        need("机加工车间 MES 系统建设，打通 ERP 与设备数据",
                                "机加工车间有数控车床、加工中心 46 台，生产计划靠 Excel 排产，报工靠纸质流转卡，在制品和设备状态"
                                        + "看不清。已上线用友 U8 ERP。\n希望建设 MES：工单下达、扫码报工、质量追溯、设备联网采集（FANUC、"
                                        + "三菱系统为主）、看板。要求服务商有机械加工行业案例，能做数据采集网关。",
                                Industry.MACHINERY, EnumSet.of(Direction.SMART), "370281", 150, 300,
                                LocalDate.of(2027, 1, 15), LocalDate.of(2027, 8, 31), ContactPreference.PLATFORM),
                        need("空压站节能改造与余热回收",
                                "厂区空压站 4 台 110kW 工频螺杆空压机，年用电约 260 万度，管网泄漏严重。希望进行节能诊断，改造为"
                                        + "变频+集中控制，并回收压缩热用于职工浴室和清洗线加热。可接受合同能源管理（EMC）模式。",
                                Industry.MACHINERY, EnumSet.of(Direction.GREEN), "370281", 80, 150,
                                LocalDate.of(2027, 4, 1), LocalDate.of(2027, 7, 31), ContactPreference.PHONE))),
                new DemoEnterprise(new Registration(Role.ENTERPRISE, "青岛瑞丰食品有限公司", "91370283MA3E6PQL2P",
                        "370283", "赵丽华", "13589204567", "zhaolihua@ruifeng-food.example.cn", "demo-food",
                        PASSWORD), List.of(
                        need("速冻调理食品包装线自动化改造",
                                "平度工厂生产速冻水饺、馅饼，包装环节现有 60 余名工人手工装袋、装箱，用工难、成本高。希望引入自动"
                                        + "称重、装袋、金属检测、装箱码垛一体化产线，满足出口日韩客户的卫生要求。",
                                Industry.FOOD, EnumSet.of(Direction.SMART, Direction.EQUIPMENT_RENEWAL), "370283", 400, 700,
                                LocalDate.of(2027, 2, 1), LocalDate.of(2027, 10, 31), ContactPreference.PLATFORM),
                        need("冷库制冷系统氨改氟及能耗监测",
                                "现有 8000 吨冷库采用氨制冷系统，位于人员密集区，安全压力大。计划改造为二氧化碳复叠或氟利昂系统，"
                                        + "同时建设冷库能耗在线监测平台。需要有冷链工程资质的单位先做安全评估和方案比选。",
                                Industry.FOOD, EnumSet.of(Direction.SAFETY, Direction.GREEN), "370283", 500, 1200,
                                LocalDate.of(2027, 5, 1), LocalDate.of(2028, 3, 31), ContactPreference.PHONE),
                        poolOnly(need("不知从何入手：想做数字化转型诊断",
                                "我们是年产值 2 亿元左右的食品企业，听说市里有智改数转免费诊断，但不清楚该先做什么。希望有服务商"
                                        + "帮助梳理现状，出一份数字化转型诊断报告和分步实施建议。",
                                Industry.FOOD, EnumSet.of(Direction.SMART), "370283", null, 20,
                                LocalDate.of(2027, 1, 5), LocalDate.of(2027, 3, 31), ContactPreference.PLATFORM)))),
                new DemoEnterprise(new Registration(Role.ENTERPRISE, "青岛北海船舶配套科技有限公司", "91370211MA3F1XNB34",
                        "370211", "孙海涛", "15166228899", "sunhaitao@beihai-marine.example.cn", "demo-marine",
                        PASSWORD), List.of(
                        anonymous(need("船用管件焊接机器人工作站",
                                "西海岸新区工厂为船厂配套生产船用管件、法兰，焊接工 40 人，熟练焊工招不到。希望引入管法兰自动焊接"
                                        + "机器人工作站（机器换人），焊缝需满足 CCS 船级社要求。",
                                Industry.MARINE, EnumSet.of(Direction.SMART, Direction.HIGH_END), "370211", 200, 350,
                                LocalDate.of(2027, 3, 1), LocalDate.of(2027, 9, 30), ContactPreference.EMAIL)),
                        need("涂装车间 VOCs 治理与安全改造",
                                "涂装车间现有活性炭吸附装置处理效率低，环保督查要求整改。计划改造为沸石转轮+RTO 工艺，同时完善"
                                        + "防爆、通风和可燃气体报警系统。",
                                Industry.MARINE, EnumSet.of(Direction.GREEN, Direction.SAFETY), "370211", 300, 500,
                                LocalDate.of(2027, 4, 1), LocalDate.of(2027, 11, 30), ContactPreference.PHONE))));
    }
}
