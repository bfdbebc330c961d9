package org.jigai.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.jigai.IntegrationTest;
import org.jigai.TestData;
import org.jigai.account.AccountPrincipal;
import org.jigai.account.AccountService;
import org.jigai.base.Direction;
import org.jigai.base.Industry;
import org.jigai.base.InvalidInputException;
import org.jigai.base.ServiceCategory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

@IntegrationTest
class ProviderServicesTest {

    @Autowired ProviderService providers;
    @Autowired SolutionService solutions;
    @Autowired AccountService accounts;

    String providerA;
    String providerB;
    String enterprise;

    @BeforeEach
    void organisations() {
        providerA = TestData.username("prov-a");
        accounts.register(TestData.provider(providerA));
        providerB = TestData.username("prov-b");
        accounts.register(TestData.provider(providerB));
        enterprise = TestData.username("ent");
        accounts.register(TestData.enterprise(enterprise));
    }

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    AccountPrincipal actAs(String username) {
        return TestData.actAs(accounts, username);
    }

    static ProfileForm profile() {
        return new ProfileForm("专注机械加工行业 MES 与设备联网，服务青岛及周边 120 余家制造企业。", 85, 2014,
                EnumSet.of(ServiceCategory.TECH_APPLICATION, ServiceCategory.DIAGNOSIS), EnumSet.of(Industry.MACHINERY),
                Set.of("370211", "370281"),
                List.of(new Qualification("ISO 9001", "00123Q45678R0M", "中国质量认证中心", LocalDate.of(2028, 5, 31)),
                        new Qualification("高新技术企业", "GR202337001234", "青岛市科学技术局", null)),
                List.of(new ReferenceProject("某汽车零部件企业 MES 项目", Industry.AUTOMOTIVE, 2024, "设备综合效率提升 18%")),
                "李晓东", "13953287654", "lixd@example.cn");
    }

    static SolutionForm solution(String title) {
        return new SolutionForm(title, "面向离散制造的轻量级 MES：工单、报工、质量追溯、设备数据采集。",
                EnumSet.of(ServiceCategory.TECH_APPLICATION), EnumSet.of(Industry.MACHINERY),
                EnumSet.of(Direction.SMART), new BigDecimal("50"), new BigDecimal("200"), 12, "MES,数字化车间");
    }

    @Test
    void a_provider_keeps_a_profile_whose_contact_details_only_it_sees() {
        var me = actAs(providerA);
        assertThat(providers.mine().version()).isEqualTo(-1);
        providers.save(-1, profile());
        var mine = providers.mine();
        assertThat(mine.qualifications()).extracting(Qualification::name).containsExactly("ISO 9001", "高新技术企业");
        assertThat(mine.contactMobile()).isEqualTo("13953287654");

        actAs(enterprise);
        var seen = providers.details(me.organizationId());
        assertThat(seen.references()).hasSize(1);
        assertThat(seen.contactName()).isNull();
        assertThat(seen.contactMobile()).isNull();
        assertThat(seen.contactEmail()).isNull();
        assertThatThrownBy(() -> providers.details(accounts.findLogin(enterprise).orElseThrow().organizationId()))
                .as("an enterprise has no provider page").isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void a_solution_links_reference_projects_of_its_own_profile_only() {
        actAs(providerA);
        providers.save(-1, profile());
        var base = solution("汽车零部件 MES");
        var linked = new SolutionForm(base.title(), base.description(), base.categories(), base.industries(),
                base.directions(), base.priceMinWan(), base.priceMaxWan(), base.deliveryWeeks(), base.tags(),
                Set.of("某汽车零部件企业 MES 项目"));
        long id = solutions.create(linked, true);
        assertThat(solutions.details(id).references()).extracting(ReferenceProject::result)
                .containsExactly("设备综合效率提升 18%");
        var foreign = new SolutionForm(base.title(), base.description(), base.categories(), base.industries(),
                base.directions(), base.priceMinWan(), base.priceMaxWan(), base.deliveryWeeks(), base.tags(),
                Set.of("别人家的案例"));
        assertThatThrownBy(() -> solutions.update(id, solutions.details(id).version(), foreign))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("references"));
        // a form without links (an import) keeps them; a project removed from the profile is no longer shown
        solutions.update(id, solutions.details(id).version(), base);
        assertThat(solutions.details(id).references()).hasSize(1);
        var p = profile();
        providers.save(providers.mine().version(), new ProfileForm(p.description(), p.teamSize(), p.foundedYear(),
                p.categories(), p.industries(), p.regions(), p.qualifications(), List.of(), p.contactName(),
                p.contactMobile(), p.contactEmail()));
        assertThat(solutions.details(id).references()).isEmpty();
    }

    @Test
    void a_stale_profile_save_is_refused() {
        actAs(providerA);
        providers.save(-1, profile());
        long version = providers.mine().version();
        providers.save(version, profile());
        assertThatThrownBy(() -> providers.save(version, profile())).isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void rejects_bad_profiles() {
        actAs(providerA);
        var bad = new ProfileForm("x", -3, 1800, Set.of(), Set.of(), Set.of("999999"),
                List.of(new Qualification(" ", null, null, null)),
                List.of(new ReferenceProject("项目", null, 3000, null)), null, "123", "not-mail");
        assertThatThrownBy(() -> providers.save(-1, bad)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems().keySet()).contains("teamSize", "foundedYear", "categories", "regions",
                        "qualifications", "references", "contactMobile", "contactEmail"));
        actAs(enterprise);
        assertThatThrownBy(() -> providers.save(-1, profile())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void published_solutions_are_for_everyone_drafts_and_archives_only_for_their_provider() {
        actAs(providerA);
        long draft = solutions.create(solution("草稿方案"), false);
        long published = solutions.create(solution("已发布方案"), true);
        long archived = solutions.create(solution("已下架方案"), true);
        solutions.archive(archived);

        actAs(enterprise);
        assertThat(solutions.details(published).mine()).isFalse();
        assertThatThrownBy(() -> solutions.details(draft)).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> solutions.details(archived)).isInstanceOf(NoSuchElementException.class);
        assertThat(solutions.browse(SolutionFilter.NONE, null, PageRequest.of(0, 500)).getContent())
                .extracting(SolutionSummary::id).contains(published).doesNotContain(draft, archived);

        actAs(providerB);
        assertThatThrownBy(() -> solutions.details(draft)).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> solutions.update(published, 0, solution("篡改"))).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> solutions.archive(published)).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void rejects_bad_solutions_and_concurrent_edits() {
        actAs(providerA);
        var bad = new SolutionForm("长".repeat(61), "", Set.of(), Set.of(), Set.of(), new BigDecimal("-1"),
                null, 0, null);
        assertThatThrownBy(() -> solutions.create(bad, true)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems().keySet()).contains("title", "description", "categories", "industries",
                        "directions", "priceMinWan", "deliveryWeeks"));
        long id = solutions.create(solution("原标题"), false);
        long version = solutions.details(id).version();
        solutions.update(id, version, solution("新标题"));
        assertThatThrownBy(() -> solutions.update(id, version, solution("旧页面的标题")))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(solutions.details(id).title()).isEqualTo("新标题");
    }

    @Test
    void filters_solutions_and_providers() {
        var me = actAs(providerA);
        providers.save(-1, profile());
        long mes = solutions.create(solution("MES 方案"), true);
        long finance = solutions.create(new SolutionForm("设备更新贷款贴息方案", "与银行合作的技改专项贷款。",
                EnumSet.of(ServiceCategory.FINANCE), EnumSet.of(Industry.FOOD), EnumSet.of(Direction.EQUIPMENT_RENEWAL),
                new BigDecimal("1000"), null, 4, null), true);

        actAs(enterprise);
        var page = PageRequest.of(0, 500);
        assertThat(solutions.browse(new SolutionFilter(null, null, ServiceCategory.FINANCE, null), null, page)
                .getContent()).extracting(SolutionSummary::id).contains(finance).doesNotContain(mes);
        assertThat(solutions.browse(new SolutionFilter(Industry.MACHINERY, Direction.SMART, null, new BigDecimal("100")),
                null, page).getContent()).extracting(SolutionSummary::id).contains(mes).doesNotContain(finance);
        assertThat(solutions.countBrowse(SolutionFilter.NONE, me.organizationId())).isEqualTo(2);
        assertThat(providers.browse(new ProviderFilter(ServiceCategory.DIAGNOSIS, Industry.MACHINERY, "370200"), page)
                .getContent()).extracting(ProviderSummary::organizationId).contains(me.organizationId());
        assertThat(providers.browse(new ProviderFilter(ServiceCategory.TESTING, null, null), page).getContent())
                .extracting(ProviderSummary::organizationId).doesNotContain(me.organizationId());
    }

    @Test
    void a_solution_draft_needs_only_a_title_and_publishing_runs_every_check() {
        String p = org.jigai.TestData.username("draftprov");
        accounts.register(org.jigai.TestData.provider(p));
        org.jigai.TestData.actAs(accounts, p);
        long id = solutions.create(new SolutionForm("预测性维护（草稿）", null, java.util.Set.of(), java.util.Set.of(),
                java.util.Set.of(), null, null, null, null, null), false);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> solutions.publish(id))
                .isInstanceOfSatisfying(org.jigai.base.InvalidInputException.class, e -> org.assertj.core.api.Assertions
                        .assertThat(e.problems().keySet()).contains("description", "categories", "industries", "directions"));
        org.assertj.core.api.Assertions.assertThat(solutions.details(id).description()).isNull();
    }

    @Test
    void the_bureau_hides_a_solution_and_a_profile_the_provider_resubmits_and_the_bureau_shows_them_again() {
        String p = TestData.username("hideprov");
        accounts.register(TestData.provider(p));
        var me = TestData.actAs(accounts, p);
        providers.save(-1, new ProfileForm("广告式的简介", 5, 2020, EnumSet.of(ServiceCategory.TESTING),
                EnumSet.of(Industry.MACHINERY), Set.of("370211"), List.of(), List.of(), null, null, null));
        long solution = solutions.create(new SolutionForm("含广告的方案", "联系电话见图片。", EnumSet.of(ServiceCategory.TESTING),
                EnumSet.of(Industry.MACHINERY), EnumSet.of(Direction.SAFETY), null, null, null, null, null), true);
        long org = me.organizationId();

        TestData.actAs(accounts, p);
        assertThatThrownBy(() -> solutions.hide(solution, "广告")).isInstanceOf(AccessDeniedException.class);
        TestData.actAs(accounts, "demo-bureau");
        assertThatThrownBy(() -> solutions.hide(solution, " ")).isInstanceOf(InvalidInputException.class);
        solutions.hide(solution, "方案中含有广告");
        providers.hide(org, "简介为广告");
        assertThat(solutions.countHiddenForReview(false)).isPositive();
        assertThat(providers.hiddenForReview(PageRequest.of(0, 100)).getContent())
                .extracting(ProviderDetails::organizationId).contains(org);

        TestData.actAs(accounts, "demo-enterprise");
        assertThatThrownBy(() -> solutions.details(solution)).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> providers.details(org)).isInstanceOf(NoSuchElementException.class);
        assertThat(solutions.browse(SolutionFilter.NONE, null, PageRequest.of(0, 500)).getContent())
                .extracting(SolutionSummary::id).doesNotContain(solution);
        assertThat(providers.browse(new ProviderFilter(null, null, null), PageRequest.of(0, 500)).getContent())
                .extracting(ProviderSummary::organizationId).doesNotContain(org);

        TestData.actAs(accounts, p);
        var hidden = solutions.details(solution);
        assertThat(hidden.hiddenReason()).isEqualTo("方案中含有广告");
        assertThat(hidden.mayResubmit()).isTrue();
        solutions.resubmit(solution);
        assertThatThrownBy(() -> solutions.resubmit(solution)).isInstanceOf(InvalidInputException.class);
        assertThat(providers.mine().hiddenReason()).isEqualTo("简介为广告");
        providers.resubmit();

        TestData.actAs(accounts, "demo-bureau");
        assertThat(solutions.countHiddenForReview(true)).isPositive();
        assertThat(providers.countHiddenForReview(true)).isPositive();
        solutions.unhide(solution);
        providers.unhide(org);
        TestData.actAs(accounts, "demo-enterprise");
        assertThat(solutions.details(solution).hidden()).isFalse();
        assertThat(providers.details(org).hidden()).isFalse();
    }
}
