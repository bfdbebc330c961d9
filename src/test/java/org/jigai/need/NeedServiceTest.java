package org.jigai.need;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.NoSuchElementException;
import java.util.Set;
import org.jigai.IntegrationTest;
import org.jigai.TestData;
import org.jigai.account.AccountPrincipal;
import org.jigai.account.AccountService;
import org.jigai.base.Direction;
import org.jigai.base.Industry;
import org.jigai.base.InvalidInputException;
import org.jigai.base.Translations;
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
class NeedServiceTest {

    @Autowired NeedService needs;
    @Autowired AccountService accounts;
    @Autowired Translations translations;

    String enterpriseA;
    String enterpriseB;
    String provider;

    @BeforeEach
    void organisations() {
        enterpriseA = TestData.username("ent-a");
        accounts.register(TestData.enterprise(enterpriseA));
        enterpriseB = TestData.username("ent-b");
        accounts.register(TestData.enterprise(enterpriseB));
        provider = TestData.username("prov");
        accounts.register(TestData.provider(provider));
    }

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    void actAs(String username) {
        TestData.actAs(accounts, username);
    }

    static NeedForm form(String title) {
        return new NeedForm(title, "胶州工厂冲压车间现有 8 台 2008 年购入的机械压力机，能耗高、故障多。\n希望更换为伺服压力机并接入 MES。",
                Industry.MACHINERY, EnumSet.of(Direction.EQUIPMENT_RENEWAL, Direction.SMART), "370281",
                new BigDecimal("300"), new BigDecimal("800"), LocalDate.of(2027, 3, 1), LocalDate.of(2027, 9, 30),
                Visibility.ALL_PROVIDERS, ContactPreference.PLATFORM);
    }

    static NeedForm with(NeedForm f, String field, Object value) {
        return new NeedForm(
                field.equals("title") ? (String) value : f.title(),
                field.equals("description") ? (String) value : f.description(), f.industry(),
                field.equals("directions") ? (Set<Direction>) value : f.directions(),
                field.equals("region") ? (String) value : f.region(),
                field.equals("budgetMinWan") ? (BigDecimal) value : f.budgetMinWan(),
                field.equals("budgetMaxWan") ? (BigDecimal) value : f.budgetMaxWan(), f.expectedStart(),
                field.equals("expectedFinish") ? (LocalDate) value : f.expectedFinish(),
                field.equals("visibility") ? (Visibility) value : f.visibility(), f.contactPreference());
    }

    String problem(NeedForm form, String field) {
        try {
            needs.create(form, true);
        } catch (InvalidInputException e) {
            var p = e.problems().get(field);
            assertThat(p).as(field + " among " + e.problems().keySet()).isNotNull();
            return translations.get(p.key(), p.args());
        }
        throw new AssertionError("accepted");
    }

    @Test
    void an_enterprise_publishes_a_need_for_90_days() {
        actAs(enterpriseA);
        long id = needs.create(form("冲压车间伺服压力机更新"), true);
        var details = needs.details(id);
        assertThat(details.status()).isEqualTo(NeedStatus.PUBLISHED);
        assertThat(details.mine()).isTrue();
        assertThat(java.time.Duration.between(details.publishedAt(), details.expiresAt()).toDays()).isEqualTo(90);
        assertThat(needs.mine(null, PageRequest.of(0, 10)).getContent()).extracting(NeedSummary::id).contains(id);
    }

    @Test
    void rejects_bad_input_field_by_field_in_chinese() {
        actAs(enterpriseA);
        NeedForm ok = form("标题");
        assertThat(problem(with(ok, "title", "长".repeat(61)), "title")).isEqualTo("长度应为 1–60 个字符");
        assertThat(problem(with(ok, "description", "字".repeat(5001)), "description")).isEqualTo("长度应为 1–5,000 个字符");
        assertThat(problem(with(ok, "budgetMinWan", new BigDecimal("-1")), "budgetMinWan")).isEqualTo("金额不能为负数");
        assertThat(problem(with(ok, "budgetMaxWan", new BigDecimal("100")), "budgetMaxWan")).isEqualTo("上限不能低于下限");
        assertThat(problem(with(ok, "expectedFinish", LocalDate.of(2027, 1, 1)), "expectedFinish"))
                .isEqualTo("预计完成日期不能早于开始日期");
        assertThat(problem(with(ok, "directions", Set.of()), "directions")).isEqualTo("请至少选择一个改造方向");
        assertThat(problem(with(ok, "region", "999999"), "region")).isEqualTo("未知的区域代码，请使用 GB/T 2260 六位代码");
        assertThat(needs.countMine(null)).isZero();
    }

    @Test
    void counts_characters_not_bytes_so_emoji_and_rare_characters_fit_and_survive() {
        actAs(enterpriseA);
        String title = "𠀾𪚥🔧".repeat(20); // 60 characters, 100+ UTF-16 units
        String description = "<script>alert('x')</script>\n<b>加粗</b> & 🔧";
        long id = needs.create(with(with(form("x"), "title", title), "description", description), false);
        var stored = needs.details(id);
        assertThat(stored.title()).isEqualTo(title);
        assertThat(stored.description()).isEqualTo(description);
    }

    @Test
    void another_organisations_need_is_not_found_whatever_the_id() {
        actAs(enterpriseA);
        long draft = needs.create(form("草稿需求"), false);
        long published = needs.create(form("已发布需求"), true);

        actAs(enterpriseB);
        for (long id : new long[] {draft, published}) {
            assertThatThrownBy(() -> needs.details(id)).isInstanceOf(NoSuchElementException.class);
            assertThatThrownBy(() -> needs.update(id, 0, form("篡改"))).isInstanceOf(NoSuchElementException.class);
            assertThatThrownBy(() -> needs.close(id, "篡改")).isInstanceOf(NoSuchElementException.class);
            assertThatThrownBy(() -> needs.renew(id)).isInstanceOf(NoSuchElementException.class);
        }
        assertThat(needs.mine(null, PageRequest.of(0, 50)).getContent()).extracting(NeedSummary::id)
                .doesNotContain(draft, published);
        assertThatThrownBy(() -> needs.browse(NeedFilter.NONE, PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void providers_see_published_needs_for_all_providers_only() {
        actAs(enterpriseA);
        long draft = needs.create(form("草稿"), false);
        long open = needs.create(form("公开需求"), true);
        long poolOnly = needs.create(with(form("资源池需求"), "visibility", Visibility.POOL_MEMBERS), true);

        actAs(provider);
        assertThat(needs.details(open).mine()).isFalse();
        assertThat(needs.details(open).mayEdit()).isFalse();
        assertThatThrownBy(() -> needs.details(draft)).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> needs.details(poolOnly)).isInstanceOf(NoSuchElementException.class);
        var listed = needs.browse(NeedFilter.NONE, PageRequest.of(0, 500)).getContent();
        assertThat(listed).extracting(NeedSummary::id).contains(open).doesNotContain(draft, poolOnly);
        assertThatThrownBy(() -> needs.create(form("服务商不能发需求"), true)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_second_of_two_concurrent_edits_is_refused_and_nothing_is_overwritten() {
        actAs(enterpriseA);
        long id = needs.create(form("原标题"), false);
        long version = needs.details(id).version();
        needs.update(id, version, form("第一位编辑的标题"));
        assertThatThrownBy(() -> needs.update(id, version, form("第二位编辑的标题")))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(needs.details(id).title()).isEqualTo("第一位编辑的标题");
    }

    @Test
    void the_bureau_hides_a_need_with_a_reason_that_its_owner_sees() {
        actAs(enterpriseA);
        long id = needs.create(form("含联系方式的广告"), true);

        actAs(provider);
        assertThatThrownBy(() -> needs.hide(id, "广告")).isInstanceOf(AccessDeniedException.class);

        actAs("demo-bureau");
        assertThatThrownBy(() -> needs.hide(id, " ")).isInstanceOf(InvalidInputException.class);
        needs.hide(id, "内容为广告，不属于技改需求");
        assertThat(needs.details(id).hidden()).isTrue();

        actAs(provider);
        assertThatThrownBy(() -> needs.details(id)).isInstanceOf(NoSuchElementException.class);
        assertThat(needs.browse(NeedFilter.NONE, PageRequest.of(0, 500)).getContent()).extracting(NeedSummary::id)
                .doesNotContain(id);

        actAs(enterpriseA);
        assertThat(needs.details(id).hiddenReason()).isEqualTo("内容为广告，不属于技改需求");

        actAs("demo-bureau");
        needs.unhide(id);
        actAs(provider);
        assertThat(needs.details(id).hidden()).isFalse();
    }

    @Test
    void filters_by_industry_direction_city_and_budget() {
        actAs(enterpriseA);
        long machinery = needs.create(form("机械：设备更新"), true);
        long chemical = needs.create(new NeedForm("化工：余热回收", "反应釜余热回收利用。", Industry.CHEMICAL,
                EnumSet.of(Direction.GREEN), "370100", new BigDecimal("50"), new BigDecimal("80"), null, null,
                Visibility.ALL_PROVIDERS, ContactPreference.PHONE), true);

        actAs(provider);
        var page = PageRequest.of(0, 500);
        assertThat(needs.browse(new NeedFilter(Industry.CHEMICAL, null, null, null), page).getContent())
                .extracting(NeedSummary::id).contains(chemical).doesNotContain(machinery);
        assertThat(needs.browse(new NeedFilter(null, Direction.SMART, null, null), page).getContent())
                .extracting(NeedSummary::id).contains(machinery).doesNotContain(chemical);
        assertThat(needs.browse(new NeedFilter(null, null, "370200", null), page).getContent())
                .extracting(NeedSummary::id).as("Qingdao as a whole includes Jiaozhou").contains(machinery)
                .doesNotContain(chemical);
        assertThat(needs.browse(new NeedFilter(null, null, null, new BigDecimal("500")), page).getContent())
                .extracting(NeedSummary::id).contains(machinery).doesNotContain(chemical);
        assertThat(needs.countBrowse(new NeedFilter(Industry.CHEMICAL, Direction.GREEN, "370100", null)))
                .isPositive();
    }

    @Test
    void closing_needs_a_reason_and_ends_editing() {
        actAs(enterpriseA);
        long id = needs.create(form("将关闭"), true);
        assertThatThrownBy(() -> needs.close(id, "")).isInstanceOf(InvalidInputException.class);
        needs.close(id, "已与服务商线下签约");
        var closed = needs.details(id);
        assertThat(closed.status()).isEqualTo(NeedStatus.CLOSED);
        assertThat(closed.mayEdit()).isFalse();
        assertThatThrownBy(() -> needs.update(id, closed.version(), form("改")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> needs.publish(id)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_draft_needs_only_a_title_and_publishing_runs_every_check() {
        actAs(enterpriseA);
        var onlyTitle = new NeedForm("空压站改造（先记下来）", null, null, Set.of(), null, null, null, null, null, null, null);
        long id = needs.create(onlyTitle, false);
        var draft = needs.details(id);
        assertThat(draft.status()).isEqualTo(NeedStatus.DRAFT);
        assertThat(draft.industry()).isNull();
        assertThatThrownBy(() -> needs.publish(id)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems().keySet()).contains("description", "industry", "directions", "region"));
        assertThatThrownBy(() -> needs.create(new NeedForm(" ", null, null, Set.of(), null, null, null, null, null, null,
                null), false)).as("not even a title").isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> needs.create(new NeedForm("有错的草稿", null, null, Set.of(), "999999", null, null, null,
                null, null, null), false)).as("what is filled in must be valid").isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.problems()).containsOnlyKeys("region"));
        needs.update(id, draft.version(), form("空压站改造"));
        needs.publish(id);
        assertThat(needs.details(id).status()).isEqualTo(NeedStatus.PUBLISHED);
    }

    @Test
    void a_hidden_need_is_noticed_changed_resubmitted_reviewed_and_shown_again() {
        actAs(enterpriseA);
        long id = needs.create(form("含广告的需求"), true);
        actAs("demo-bureau");
        needs.hide(id, "描述中含有广告");
        actAs(enterpriseA);
        assertThat(needs.mineHidden()).extracting(NeedSummary::id).containsExactly(id);
        assertThat(needs.mineHidden().getFirst().hiddenReason()).isEqualTo("描述中含有广告");
        var hidden = needs.details(id);
        assertThat(hidden.mayResubmit()).isTrue();
        needs.update(id, hidden.version(), form("不含广告的需求"));
        needs.resubmit(id);
        assertThat(needs.mineHidden()).isEmpty();
        assertThat(needs.details(id).mayResubmit()).as("once").isFalse();
        assertThatThrownBy(() -> needs.resubmit(id)).isInstanceOf(InvalidInputException.class);

        actAs("demo-bureau");
        assertThat(needs.countHiddenForReview(true)).isPositive();
        assertThat(needs.hiddenForReview(PageRequest.of(0, 1)).getContent()).as("resubmitted first")
                .extracting(NeedSummary::resubmittedAt).doesNotContainNull();
        needs.unhide(id);
        actAs(provider);
        assertThat(needs.details(id).title()).isEqualTo("不含广告的需求");
        assertThatThrownBy(() -> needs.resubmit(id)).isInstanceOf(AccessDeniedException.class);
    }
}
