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
        assertThat(ids(results).indexOf(specific)).isLessThan(Math.max(0, ids(results).indexOf(generic)) + 100)
                .isLessThanOrEqualTo(2);
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
