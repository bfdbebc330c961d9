package org.jigai.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import org.jigai.IntegrationTest;
import org.jigai.TestData;
import org.jigai.account.AccountService;
import org.jigai.base.Direction;
import org.jigai.base.Industry;
import org.jigai.base.ServiceCategory;
import org.jigai.need.ContactPreference;
import org.jigai.need.NeedForm;
import org.jigai.need.NeedService;
import org.jigai.need.Visibility;
import org.jigai.provider.ProfileForm;
import org.jigai.provider.ProviderService;
import org.jigai.provider.SolutionForm;
import org.jigai.provider.SolutionService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

@IntegrationTest
class MatchingServiceTest {

    static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Autowired MatchingService matching;
    @Autowired IndexSync sync;
    @Autowired AccountService accounts;
    @Autowired NeedService needs;
    @Autowired SolutionService solutions;
    @Autowired ProviderService providers;

    String provider;
    String otherProvider;
    String enterprise;
    String otherEnterprise;
    long specific;
    long generic;
    long need;

    @BeforeEach
    void marketplace() {
        provider = TestData.username("heat");
        accounts.register(TestData.provider(provider));
        otherProvider = TestData.username("prov");
        accounts.register(TestData.provider(otherProvider));
        enterprise = TestData.username("kiln");
        accounts.register(TestData.enterprise(enterprise));
        otherEnterprise = TestData.username("ent");
        accounts.register(TestData.enterprise(otherEnterprise));

        TestData.actAs(accounts, provider);
        providers.save(-1, new ProfileForm("专做工业窑炉余热回收与低温余热发电的工程公司。", 40, 2012,
                EnumSet.of(ServiceCategory.TECH_APPLICATION), EnumSet.of(Industry.BUILDING_MATERIALS),
                Set.of("370285", "370283"), List.of(), List.of(), null, null, null));
        specific = solutions.create(new SolutionForm("辊道窑烟气余热发电系统",
                "针对陶瓷辊道窑、隧道窑 200–350℃ 排烟，建设有机朗肯循环（ORC）低温余热发电机组，余热锅炉与窑炉联动控制，"
                        + "典型项目年发电 300 万度。",
                EnumSet.of(ServiceCategory.TECH_APPLICATION), EnumSet.of(Industry.BUILDING_MATERIALS),
                EnumSet.of(Direction.GREEN), new BigDecimal("300"), new BigDecimal("900"), 26, "余热发电,窑炉,ORC"), true);
        generic = solutions.create(new SolutionForm("智能制造与绿色低碳一站式整体解决方案",
                "数字化转型 智能化 MES ERP WMS 工业互联网 大数据 AI 5G 数字孪生 机器人 余热 节能 光伏 储能 窑炉 锅炉 "
                        + "空压机 变频 除尘 安全 检测 融资 诊断 设计 全行业 全流程 一站式服务。",
                EnumSet.allOf(ServiceCategory.class), EnumSet.allOf(Industry.class), EnumSet.allOf(Direction.class),
                null, null, null, "数字化,智能化,节能,余热,窑炉,光伏,机器人"), true);

        TestData.actAs(accounts, enterprise);
        need = needs.create(new NeedForm("陶瓷窑炉废热利用发电",
                "我厂两条陶瓷辊道窑，排烟温度约 280℃，废热直接排放。想建设余热发电，降低外购电量，"
                        + "希望有窑炉余热项目经验的单位来看现场。",
                Industry.BUILDING_MATERIALS, EnumSet.of(Direction.GREEN), "370285", null, new BigDecimal("800"),
                null, null, Visibility.ALL_PROVIDERS, ContactPreference.PLATFORM), true);
    }

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    List<Long> ids(List<MatchingService.Result> results) {
        return results.stream().map(MatchingService.Result::id).toList();
    }

    @Test
    void a_need_gets_the_specific_solution_first_with_reasons_and_the_keyword_stuffer_below_it() {
        TestData.actAs(accounts, enterprise);
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(ids(matching.solutionsForNeed(need, 10, ZH))).contains(specific));
        var results = matching.solutionsForNeed(need, 20, ZH);
        int at = ids(results).indexOf(specific);
        assertThat(at).isNotNegative();
        assertThat(results.subList(0, at)).as("only the same solution of the other tests' providers ranks above it")
                .allMatch(r -> r.title().equals("辊道窑烟气余热发电系统"));
        if (ids(results).contains(generic)) {
            assertThat(ids(results).indexOf(specific)).isLessThan(ids(results).indexOf(generic));
        }
        var best = results.get(ids(results).indexOf(specific));
        assertThat(best.reasons()).contains("同行业: 建材", "服务区域覆盖莱西市", "改造方向: 绿色化/节能降碳");
        assertThat(best.reasons()).anyMatch(r -> r.startsWith("关键词: ") && (r.contains("余热") || r.contains("窑")));
        assertThat(best.organizationName()).startsWith("青岛云启工业软件有限公司");
        assertThat(best.standing()).contains("2 个已发布方案");

        assertThat(matching.solutionsForNeed(need, 10, Locale.ENGLISH).get(0).reasons())
                .allMatch(r -> r.chars().noneMatch(c -> c >= 0x4E00 && c < 0x9FFF) || r.startsWith("Keywords"));
    }

    @Test
    void a_provider_sees_the_need_for_its_solution_and_in_its_leads_until_the_need_closes() {
        TestData.actAs(accounts, provider);
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(ids(matching.needsForSolution(specific, 10, ZH))).contains(need));
        assertThat(ids(matching.leads(10, ZH))).contains(need);

        TestData.actAs(accounts, enterprise);
        needs.close(need, "已与服务商签约");
        TestData.actAs(accounts, provider);
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(ids(matching.needsForSolution(specific, 10, ZH))).doesNotContain(need));
    }

    @Test
    void nobody_gets_recommendations_for_another_organisations_records() {
        TestData.actAs(accounts, otherEnterprise);
        assertThatThrownBy(() -> matching.solutionsForNeed(need, 10, ZH)).isInstanceOf(NoSuchElementException.class);
        TestData.actAs(accounts, otherProvider);
        assertThatThrownBy(() -> matching.needsForSolution(specific, 10, ZH)).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> matching.solutionsForNeed(need, 10, ZH)).isInstanceOf(NoSuchElementException.class);
        TestData.actAs(accounts, enterprise);
        assertThatThrownBy(() -> matching.leads(10, ZH)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> matching.solutionsForNeed(need, 0, ZH)).hasMessageContaining("limit");
        TestData.actAs(accounts, "demo-bureau");
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(ids(matching.solutionsForNeed(need, 5, ZH))).as("staff read a published need")
                        .contains(specific));

        TestData.actAs(accounts, enterprise);
        long draft = needs.create(new NeedForm("窑炉余热草稿", "尚未发布的草稿：窑炉余热发电的初步想法。",
                Industry.BUILDING_MATERIALS, EnumSet.of(Direction.GREEN), "370285", null, null, null, null,
                Visibility.ALL_PROVIDERS, ContactPreference.PLATFORM), false);
        assertThat(matching.solutionsForNeed(draft, 5, ZH)).as("the owner sees matches for its draft").isNotNull();
        TestData.actAs(accounts, provider);
        long draftSolution = solutions.create(new SolutionForm("余热方案草稿", "尚未发布的方案草稿。",
                EnumSet.of(ServiceCategory.TECH_APPLICATION), EnumSet.of(Industry.BUILDING_MATERIALS),
                EnumSet.of(Direction.GREEN), null, null, null, null), false);
        for (String staff : List.of("demo-bureau", "admin")) {
            TestData.actAs(accounts, staff);
            assertThatThrownBy(() -> matching.solutionsForNeed(draft, 5, ZH)).as(staff + ": a draft need")
                    .isInstanceOf(NoSuchElementException.class);
            assertThatThrownBy(() -> matching.needsForSolution(draftSolution, 5, ZH)).as(staff + ": a draft solution")
                    .isInstanceOf(NoSuchElementException.class);
        }
    }

    static SolutionForm solution(String title, String description, Industry industry, Direction direction) {
        return new SolutionForm(title, description, EnumSet.of(ServiceCategory.TECH_APPLICATION), EnumSet.of(industry),
                EnumSet.of(direction), null, null, null, null);
    }

    static NeedForm need(String title, String description, Industry industry, Direction direction, String region) {
        return new NeedForm(title, description, industry, EnumSet.of(direction), region, null, null, null, null,
                Visibility.ALL_PROVIDERS, ContactPreference.PLATFORM);
    }

    @Test
    void a_provider_sees_the_need_its_solution_fits_exactly_first_among_its_leads() {
        String mesProvider = TestData.username("mes");
        accounts.register(TestData.provider(mesProvider));
        TestData.actAs(accounts, mesProvider);
        solutions.create(solution("离散制造 MES 制造执行系统实施",
                "面向机加工、装配车间的 MES 制造执行系统：工单下达、扫码报工、质量追溯、设备联网采集 OEE，"
                        + "与 ERP 集成，三个月上线。", Industry.MACHINERY, Direction.SMART), true);
        solutions.create(solution("工业物联网网关与传感器接入",
                "边缘网关接入各类传感器，Modbus、OPC UA 协议转换，数据上云。", Industry.ELECTRONICS, Direction.SMART),
                true);
        String sensorProvider = TestData.username("sensor");
        accounts.register(TestData.provider(sensorProvider));
        TestData.actAs(accounts, sensorProvider);
        solutions.create(solution("传感器生产线自动化与在线检测改造",
                "压力传感器、温度传感器生产线的自动上下料、激光调阻、在线标定与检测，提升良率。",
                Industry.ELECTRONICS, Direction.SMART), true);

        String factory = TestData.username("mesneed");
        accounts.register(TestData.enterprise(factory));
        TestData.actAs(accounts, factory);
        long mesNeed = needs.create(need("机加工车间上 MES 制造执行系统",
                "我厂机加工和装配车间靠纸质工单，想上 MES：工单下达、扫码报工、质量追溯，并和 ERP 打通。",
                Industry.MACHINERY, Direction.SMART, "370281"), true);
        String sensorMaker = TestData.username("sensorneed");
        accounts.register(TestData.enterprise(sensorMaker));
        TestData.actAs(accounts, sensorMaker);
        for (String line : List.of("压力传感器", "温度传感器", "湿度传感器", "流量传感器", "位移传感器")) {
            needs.create(need(line + "生产线自动化改造", line + "生产线的上下料、标定和检测靠人工，想做自动化改造，提升良率。",
                    Industry.ELECTRONICS, Direction.SMART, "370211"), true);
        }

        TestData.actAs(accounts, mesProvider);
        await().pollInSameThread().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            var leads = matching.leads(10, ZH);
            assertThat(leads).isNotEmpty();
            assertThat(leads.getFirst().id()).as("the exact fit first: %s", leads.stream()
                    .map(MatchingService.Result::title).toList()).isEqualTo(mesNeed);
            assertThat(leads.getFirst().level()).isEqualTo(MatchLevel.HIGH);
        });
    }

    @Test
    void near_identical_solutions_of_one_provider_fold_into_one_row_and_one_provider_fills_at_most_two() {
        String mark = "型号" + Long.toString(System.nanoTime() % 100_000, 36);
        String copier = TestData.username("copier");
        accounts.register(TestData.provider(copier));
        TestData.actAs(accounts, copier);
        for (int i = 1; i <= 5; i++) {
            solutions.create(solution("印染废水回用系统 " + mark, "印染废水膜处理回用，中水回用率 60%，" + mark
                    + " 第 " + i + " 版。", Industry.TEXTILE, Direction.GREEN), true);
        }
        solutions.create(solution("印染定型机废气治理 " + mark, "定型机油烟废气静电处理与余热回收，" + mark + "。",
                Industry.TEXTILE, Direction.GREEN), true);
        solutions.create(solution("印染车间能源管理 " + mark, "蒸汽、电、水的计量与能耗分析，" + mark + "。",
                Industry.TEXTILE, Direction.GREEN), true);
        String dyer = TestData.username("dyer");
        accounts.register(TestData.enterprise(dyer));
        TestData.actAs(accounts, dyer);
        long dyeing = needs.create(need("印染厂废水回用 " + mark, "印染废水量大，想做膜处理回用，" + mark + "。",
                Industry.TEXTILE, Direction.GREEN, "370214"), true);

        await().pollInSameThread().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            var results = matching.solutionsForNeed(dyeing, 10, ZH);
            var titles = results.stream().map(r -> r.title() + " ×" + (r.similar() + 1)).toList();
            var fromCopier = results.stream().filter(r -> r.title().endsWith(mark)).toList();
            assertThat(fromCopier).as("at most two rows of one provider: %s", titles).hasSize(2);
            assertThat(fromCopier.getFirst().title()).startsWith("印染废水回用系统");
            assertThat(fromCopier.getFirst().similar()).as("five copies are one row: %s", titles).isEqualTo(4);
            assertThat(results).extracting(MatchingService.Result::id).doesNotHaveDuplicates();
        });
    }

    @Test
    void reasons_name_at_most_three_meaningful_keywords() {
        TestData.actAs(accounts, enterprise);
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(ids(matching.solutionsForNeed(need, 10, ZH))).contains(specific));
        for (var r : matching.solutionsForNeed(need, 10, ZH)) {
            r.reasons().stream().filter(reason -> reason.startsWith("关键词")).forEach(reason -> {
                var words = List.of(reason.substring(reason.indexOf(':') + 1).strip().split("、"));
                assertThat(words).hasSizeLessThanOrEqualTo(3).doesNotContainAnyElementsOf(Analysis.GENERIC);
            });
        }
    }

    @Test
    void a_rebuild_while_serving_ends_equal_to_the_database() {
        TestData.actAs(accounts, enterprise);
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() -> sync.difference() == null && !sync.progress().running());
        assertThat(sync.rebuildInBackground("test")).isTrue();
        await().pollInSameThread().atMost(Duration.ofSeconds(60)).until(() -> !sync.progress().running());
        assertThat(sync.progress().failure()).isNull();
        assertThat(sync.difference()).isNull();
        assertThat(ids(matching.solutionsForNeed(need, 10, ZH))).contains(specific);
    }
}
