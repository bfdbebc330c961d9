package org.jigai.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import org.jigai.IntegrationTest;
import org.jigai.TestData;
import org.jigai.account.AccountService;
import org.jigai.base.Direction;
import org.jigai.base.Industry;
import org.jigai.base.InvalidInputException;
import org.jigai.base.ServiceCategory;
import org.jigai.need.ContactPreference;
import org.jigai.need.NeedForm;
import org.jigai.need.NeedService;
import org.jigai.need.Visibility;
import org.jigai.provider.SolutionForm;
import org.jigai.provider.SolutionService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

@IntegrationTest
class SearchServiceTest {

    @Autowired SearchService search;
    @Autowired AccountService accounts;
    @Autowired SolutionService solutions;
    @Autowired NeedService needs;

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    SearchService.Result find(String q, SearchService.Type type, Map<String, String> filters) {
        return search.search(new SearchService.Request(q, type, filters, 0, 20));
    }

    @Test
    void finds_with_highlights_facets_filters_role_limits_and_typo_tolerance() {
        String provider = TestData.username("srch");
        accounts.register(TestData.provider(provider));
        TestData.actAs(accounts, provider);
        long solution = solutions.create(new SolutionForm("<script>alert(1)</script>盾构机刀盘再制造",
                "盾构机刀盘、刀具的激光熔覆再制造与耐磨堆焊，MES 全程记录修复工艺。", EnumSet.of(ServiceCategory.TECH_APPLICATION),
                EnumSet.of(Industry.MACHINERY), EnumSet.of(Direction.GREEN), null, null, 8, "再制造,激光熔覆"), true);
        String enterprise = TestData.username("srch-ent");
        accounts.register(TestData.enterprise(enterprise));
        TestData.actAs(accounts, enterprise);
        long open = needs.create(new NeedForm("盾构机刀盘磨损修复", "隧道施工单位，盾构机刀盘磨损严重，想找再制造服务。",
                Industry.MACHINERY, EnumSet.of(Direction.GREEN), "370281", null, new BigDecimal("50"), null, null,
                Visibility.ALL_PROVIDERS, ContactPreference.PLATFORM), true);
        long poolOnly = needs.create(new NeedForm("盾构机主轴承检测", "只面向资源池服务商：盾构机主轴承状态检测。",
                Industry.MACHINERY, EnumSet.of(Direction.SAFETY), "370281", null, null, null, null,
                Visibility.POOL_MEMBERS, ContactPreference.PLATFORM), true);

        // an enterprise finds solutions and its own needs, never other enterprises' needs
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(find("盾构机", null, Map.of()).hits()).extracting(SearchService.Hit::id).contains(solution));
        var forEnterprise = find("盾构机", null, Map.of());
        assertThat(forEnterprise.hits()).filteredOn(h -> h.type() == SearchService.Type.NEED)
                .extracting(SearchService.Hit::id).containsExactlyInAnyOrder(open, poolOnly);
        String other = TestData.username("srch-other");
        accounts.register(TestData.enterprise(other));
        TestData.actAs(accounts, other);
        assertThat(find("盾构机", null, Map.of()).hits()).noneMatch(h -> h.type() == SearchService.Type.NEED);
        TestData.actAs(accounts, enterprise);
        var hit = forEnterprise.hits().stream().filter(h -> h.id() == solution).findFirst().orElseThrow();
        assertThat(hit.titleHtml()).contains("&lt;script&gt;").doesNotContain("<script>").contains("<mark>");
        assertThat(hit.snippetHtml()).contains("<mark>");
        assertThat(forEnterprise.facets().get("industry")).containsKey("MACHINERY");

        // a provider finds the open need but not the pool-only one; staff find both
        TestData.actAs(accounts, provider);
        assertThat(find("盾构机", SearchService.Type.NEED, Map.of()).hits()).extracting(SearchService.Hit::id)
                .contains(open).doesNotContain(poolOnly);
        TestData.actAs(accounts, "demo-bureau");
        assertThat(find("盾构机", SearchService.Type.NEED, Map.of()).hits()).extracting(SearchService.Hit::id)
                .contains(open, poolOnly);
        assertThat(find("盾构机", null, Map.of("direction", "SAFETY")).hits()).extracting(SearchService.Hit::id)
                .contains(poolOnly).doesNotContain(open, solution);

        // a typo in a Latin term still finds it, marked as approximate
        var typo = find("刀盘 MSE", SearchService.Type.SOLUTION, Map.of());
        assertThat(typo.hits()).extracting(SearchService.Hit::id).contains(solution);
        var onlyTypo = find("MSE", SearchService.Type.SOLUTION, Map.of());
        assertThat(onlyTypo.approximate()).isTrue();
        assertThat(onlyTypo.hits()).isNotEmpty();

        assertThatThrownBy(() -> find("  ", null, Map.of())).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> search.search(new SearchService.Request("刀盘", null, Map.of(), 0, 500)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> find("刀盘", null, Map.of("password", "x"))).isInstanceOf(InvalidInputException.class);
    }
}
