package org.jigai.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jigai.TestData;
import org.jigai.account.AccountService;
import org.jigai.audit.AuditLog;
import org.jigai.base.Formats;
import org.jigai.base.Industry;
import org.jigai.base.InvalidInputException;
import org.jigai.base.PoolMembership;
import org.jigai.base.ServiceCategory;
import org.jigai.notification.Kind;
import org.jigai.notification.NotificationService;
import org.jigai.provider.ProfileForm;
import org.jigai.provider.ProviderService;
import org.jigai.provider.Qualification;
import org.jigai.provider.ReferenceProject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * The pool through its service, on the demo data's pool years (this year's, closed for applications; next year's,
 * open): renewal, decisions with their notices and audit entries, badges over the year's end, renewal reminders on
 * fixed days, flagged qualifications, the pool year form, and the public list with its export.
 */
@SpringBootTest
@ActiveProfiles("test")
class PoolServiceTest {

    @Autowired PoolService pool;
    @Autowired PoolSheets sheets;
    @Autowired PoolMembership membership;
    @Autowired ProviderService providers;
    @Autowired AccountService accounts;
    @Autowired NotificationService notifications;
    @Autowired AuditLog audit;

    final LocalDate today = LocalDate.now(Formats.ZONE);

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_renewal_is_prefilled_from_last_year_and_cannot_be_submitted_until_each_answer_is_confirmed() {
        String user = provider(List.of(new Qualification("CMA 资质认定", "240012345678", "山东省市场监督管理局",
                today.plusYears(2)), new Qualification("ISO 9001", null, null, null)));
        long org = org(user);
        long last = enrol(org, "我们为机械企业提供节能诊断与能源审计服务，近三年完成诊断 30 家。");
        assertThat(last).isPositive();
        // the provider drops one qualification from its profile before renewing
        TestData.actAs(accounts, user);
        var profile = providers.mine();
        providers.save(profile.version(), new ProfileForm(profile.description(), profile.teamSize(),
                profile.foundedYear(), profile.categories(), profile.industries(), profile.regions(),
                List.of(profile.qualifications().getFirst()), profile.references(), null, null, null));
        long id = pool.apply(next().id(), ServiceCategory.DIAGNOSIS);
        var d = pool.details(id);
        assertThat(d.renewedFrom()).isEqualTo(last);
        assertThat(d.statement()).isEqualTo("我们为机械企业提供节能诊断与能源审计服务，近三年完成诊断 30 家。");
        assertThat(d.qualifications()).extracting(Qualification::name).containsExactly("CMA 资质认定");
        assertThat(d.references()).extracting(ReferenceProject::title).containsExactly("某机械企业节能诊断");
        assertThat(d.prefilled()).containsExactlyInAnyOrder("STATEMENT", "QUALIFICATIONS", "REFERENCES");

        assertThatThrownBy(() -> pool.take(id, PoolTransition.SUBMIT, null)).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.problems()).containsOnlyKeys("statement",
                        "qualifications", "references"));
        pool.confirm(id, "STATEMENT");
        // changing an answer confirms it
        pool.edit(id, pool.details(id).version(), new ApplicationForm(d.statement(), List.of(), List.of(0)));
        assertThat(pool.details(id).prefilled()).containsExactly("REFERENCES");
        assertThatThrownBy(() -> pool.confirm(id, "NONSENSE")).isInstanceOf(InvalidInputException.class);
        pool.confirm(id, "REFERENCES");
        pool.take(id, PoolTransition.SUBMIT, null);
        assertThat(pool.details(id).state()).isEqualTo(ApplicationState.SUBMITTED);
        // applying again returns the same application
        assertThat(pool.apply(next().id(), ServiceCategory.DIAGNOSIS)).isEqualTo(id);
    }

    @Test
    void decisions_need_their_role_and_reason_and_are_told_to_the_provider_and_audited() {
        String user = provider(List.of());
        long id = submitted(user);
        TestData.actAs(accounts, user);
        assertThatThrownBy(() -> pool.take(id, PoolTransition.APPROVE, null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> pool.edit(id, pool.details(id).version(), new ApplicationForm("改动", List.of(),
                List.of(0)))).isInstanceOf(InvalidInputException.class);
        TestData.actAs(accounts, "demo-bureau");
        assertThatThrownBy(() -> pool.take(id, PoolTransition.RETURN, "  ")).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.problems()).containsOnlyKeys("reason"));
        assertThatThrownBy(() -> pool.edit(id, 0, new ApplicationForm("改动", List.of(), List.of())))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        pool.take(id, PoolTransition.RETURN, "请补充近三年项目清单");
        TestData.actAs(accounts, user);
        var notices = notifications.mine(false, List.of(Kind.POOL_RETURNED), PageRequest.of(0, 10)).getContent();
        assertThat(notices).hasSize(1);
        assertThat(notices.getFirst().detail()).isEqualTo("请补充近三年项目清单");
        assertThat(notices.getFirst().link()).isEqualTo("pool/applications/" + id);
        assertThat(notices.getFirst().subject()).isEqualTo(next().year() + "年度资源池 · 诊断咨询");
        assertThat(pool.details(id).decisionReason()).isEqualTo("请补充近三年项目清单");
        // the returned application is changed and submitted again, then approved
        pool.edit(id, pool.details(id).version(), new ApplicationForm(
                "补充：近三年完成机械、食品企业节能诊断 32 家，清单见附件。", List.of(), List.of(0)));
        pool.take(id, PoolTransition.SUBMIT, null);
        TestData.actAs(accounts, "demo-bureau");
        pool.take(id, PoolTransition.APPROVE, null);
        assertThat(pool.details(id).steps()).extracting(ApplicationDetails.Step::transition).containsExactly(
                PoolTransition.SUBMIT, PoolTransition.RETURN, PoolTransition.SUBMIT, PoolTransition.APPROVE);
        TestData.actAs(accounts, "admin");
        var entries = audit.list(null, PageRequest.of(0, 50)).getContent().stream()
                .filter(e -> ("pool-application:" + id).equals(e.getTarget())).map(e -> e.getAction()).toList();
        assertThat(entries).contains("POOL_APPLIED", "POOL_APPLICATION_EDITED", "POOL_SUBMIT", "POOL_RETURN",
                "POOL_APPROVE");
        assertThatThrownBy(() -> pool.take(id, PoolTransition.REMOVE, "管理员不移出"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void badges_hold_for_the_days_of_their_year_and_go_with_removal() {
        String user = provider(List.of());
        long org = org(user);
        long current = enrol(org, null);
        int year = today.getYear();
        assertThat(membership.badges(org, LocalDate.of(year, 12, 31)))
                .containsExactly(new PoolMembership.Badge(year, ServiceCategory.DIAGNOSIS));
        assertThat(membership.badges(org, LocalDate.of(year + 1, 1, 1))).isEmpty();
        assertThat(membership.badges(org, LocalDate.of(year - 1, 12, 31))).isEmpty();
        long renewal = submitted(user);
        TestData.actAs(accounts, "demo-bureau");
        pool.take(renewal, PoolTransition.APPROVE, null);
        assertThat(membership.badges(org, LocalDate.of(year + 1, 1, 1)))
                .containsExactly(new PoolMembership.Badge(year + 1, ServiceCategory.DIAGNOSIS));
        assertThat(membership.badges(org, LocalDate.of(year, 12, 31)))
                .containsExactly(new PoolMembership.Badge(year, ServiceCategory.DIAGNOSIS));
        pool.take(current, PoolTransition.REMOVE, "年度内发现资质造假");
        assertThat(membership.badges(org, LocalDate.of(year, 12, 31))).isEmpty();
        assertThat(membership.member(org, LocalDate.of(year + 1, 6, 30))).isTrue();
        TestData.actAs(accounts, user);
        assertThat(notifications.mine(false, List.of(Kind.POOL_REMOVED), PageRequest.of(0, 5)).getContent())
                .singleElement().satisfies(n -> assertThat(n.detail()).isEqualTo("年度内发现资质造假"));
    }

    @Test
    void members_are_reminded_30_and_7_days_before_the_year_ends_once_each_unless_they_reapplied() {
        int year = today.getYear();
        String waiting = provider(List.of());
        enrol(org(waiting), null);
        String renewed = provider(List.of());
        enrol(org(renewed), null);
        submitted(renewed);
        pool.remindRenewals(LocalDate.of(year, 11, 30)); // 31 days before the end: nothing yet
        assertThat(reminders(waiting)).isZero();
        pool.remindRenewals(LocalDate.of(year, 12, 1));
        assertThat(reminders(waiting)).isEqualTo(1);
        pool.remindRenewals(LocalDate.of(year, 12, 1));
        pool.remindRenewals(LocalDate.of(year, 12, 20));
        assertThat(reminders(waiting)).isEqualTo(1);
        pool.remindRenewals(LocalDate.of(year, 12, 24));
        pool.remindRenewals(LocalDate.of(year, 12, 30));
        assertThat(reminders(waiting)).isEqualTo(2);
        assertThat(reminders(renewed)).isZero();
        TestData.actAs(accounts, waiting);
        assertThat(notifications.mine(false, List.of(Kind.POOL_RENEWAL_DUE), PageRequest.of(0, 5)).getContent()
                .getFirst().detail()).isEqualTo(LocalDate.of(year, 12, 31).toString());
        // after the year has ended there is nothing to remind of
        assertThat(pool.remindRenewals(LocalDate.of(year + 1, 1, 2))).isZero();
    }

    @Test
    void qualifications_expired_or_expiring_within_60_days_are_flagged_to_the_reviewer() {
        String user = provider(List.of(new Qualification("CNAS 认可", "L12345", null, today.plusDays(59)),
                new Qualification("高新技术企业", null, null, today.plusDays(200)),
                new Qualification("ISO 14001", null, null, today.minusDays(3))));
        TestData.actAs(accounts, user);
        long id = pool.apply(next().id(), ServiceCategory.TESTING);
        pool.edit(id, pool.details(id).version(), new ApplicationForm("第三方检验检测机构，具备 CMA、CNAS 资质，服务机械行业。",
                List.of(0, 1, 2), List.of(0)));
        pool.take(id, PoolTransition.SUBMIT, null);
        TestData.actAs(accounts, "demo-bureau");
        var d = pool.details(id);
        assertThat(d.qualifications()).extracting(d::expiring).containsExactly(true, false, true);
        var row = pool.list(new ReviewFilter(next().year(), ServiceCategory.TESTING, ApplicationState.SUBMITTED,
                accounts.findLogin(user).orElseThrow().organizationName()), PageRequest.of(0, 10)).getContent();
        assertThat(row).singleElement().satisfies(a -> assertThat(a.expiring()).isEqualTo(2));
    }

    @Test
    void the_pool_year_form_is_checked_on_the_server() {
        TestData.actAs(accounts, "demo-bureau");
        int year = today.getYear();
        var problems = catchProblems(() -> pool.saveYear(null, 0, new PoolYearForm(year, LocalDate.of(year, 3, 1),
                LocalDate.of(year, 2, 1), Set.of(), null)));
        assertThat(problems).containsOnlyKeys("year", "closesOn", "categories");
        problems = catchProblems(() -> pool.saveYear(null, 0, new PoolYearForm(year + 5, null,
                LocalDate.of(year + 6, 1, 1), PoolYearForm.DEFAULT_CATEGORIES, null)));
        assertThat(problems).containsOnlyKeys("year", "opensOn", "closesOn");
        var open = next();
        var without = EnumSet.copyOf(open.categories());
        without.remove(ServiceCategory.DIAGNOSIS); // providers applied in it (the demo data and the tests above)
        assertThat(catchProblems(() -> pool.saveYear(open.id(), open.version(), new PoolYearForm(open.year(),
                open.opensOn(), open.closesOn(), without, open.requirements())))).containsOnlyKeys("categories");
        assertThatThrownBy(() -> pool.publishYear(open.id())).isInstanceOf(InvalidInputException.class);
        TestData.actAs(accounts, "admin");
        assertThatThrownBy(() -> pool.saveYear(null, 0, open.toForm()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void applying_outside_the_window_is_refused() {
        var current = pool.currentYear().orElseThrow();
        assumeThat(today).isAfter(current.closesOn());
        String user = provider(List.of());
        TestData.actAs(accounts, user);
        assertThatThrownBy(() -> pool.apply(current.id(), ServiceCategory.DIAGNOSIS))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get("category").key()).isEqualTo("pool.error.windowClosed"));
        assertThatThrownBy(() -> pool.apply(next().id(), ServiceCategory.DESIGN))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get("category").key()).isEqualTo("pool.error.categoryNotInYear"));
    }

    @Test
    void the_public_list_shows_members_by_category_without_hidden_profiles_and_exports_them() throws Exception {
        String shown = provider(List.of());
        enrol(org(shown), null);
        String hidden = provider(List.of());
        enrol(org(hidden), null);
        TestData.actAs(accounts, "demo-bureau");
        providers.hide(org(hidden), "资料不实");
        SecurityContextHolder.clearContext(); // the public page: nobody signed in
        var members = pool.members(today).get(ServiceCategory.DIAGNOSIS);
        String shownName = accounts.organizations(List.of(org(shown))).get(org(shown)).name();
        assertThat(members).extracting(Member::name).contains(shownName);
        assertThat(members).extracting(Member::organizationId).doesNotContain(org(hidden));
        byte[] xlsx = sheets.members(ServiceCategory.DIAGNOSIS, today, Locale.SIMPLIFIED_CHINESE);
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("服务商名称");
            assertThat(sheet.getLastRowNum()).isEqualTo(members.size());
            boolean found = false;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                var row = sheet.getRow(r);
                assertThat((int) row.getCell(0).getNumericCellValue()).isEqualTo(r);
                assertThat(row.getCell(6).getStringCellValue()).isEqualTo("诊断咨询");
                found |= row.getCell(1).getStringCellValue().equals(shownName);
            }
            assertThat(found).isTrue();
        }
        assertThat(sheets.fileName(ServiceCategory.DIAGNOSIS, today, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo(today.getYear() + "年度技术改造服务商资源池-诊断咨询.xlsx");
    }

    @Autowired org.jigai.need.NeedService needs;
    @Autowired org.jigai.engagement.EngagementService engagements;

    @Test
    void a_pool_only_need_invites_members_only() {
        String member = provider(List.of());
        enrol(org(member), null);
        String outsider = provider(List.of());
        String enterprise = TestData.username("poolent");
        accounts.register(TestData.enterprise(enterprise));
        TestData.actAs(accounts, enterprise);
        long need = needs.create(new org.jigai.need.NeedForm("资源池专属诊断需求", "想做一次节能诊断，只面向资源池服务商。",
                Industry.MACHINERY, EnumSet.of(org.jigai.base.Direction.GREEN), "370281", null,
                new java.math.BigDecimal("20"), null, null, org.jigai.need.Visibility.POOL_MEMBERS,
                org.jigai.need.ContactPreference.PLATFORM), true);
        assertThatThrownBy(() -> engagements.invite(need, List.of(org(outsider)), null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get("providerIds")
                        .key()).isEqualTo("engagement.error.notPoolMember"));
        assertThat(engagements.invite(need, List.of(org(member)), null)).hasSize(1);
    }

    // ------------------------------------------------------------------ helpers

    private static java.util.Map<String, InvalidInputException.Problem> catchProblems(Runnable r) {
        try {
            r.run();
        } catch (InvalidInputException e) {
            return e.problems();
        }
        throw new AssertionError("not refused");
    }

    private int reminders(String user) {
        TestData.actAs(accounts, user);
        return notifications.mine(false, List.of(Kind.POOL_RENEWAL_DUE), PageRequest.of(0, 10)).getContent().size();
    }

    private PoolYearView next() {
        return pool.openYears().getFirst();
    }

    private long org(String user) {
        return accounts.findLogin(user).orElseThrow().organizationId();
    }

    /** Bureau enrols the provider in this year's pool (admitted before the platform). */
    private long enrol(long org, String statement) {
        TestData.actAs(accounts, "demo-bureau");
        var current = pool.currentYear().orElseThrow();
        return pool.enrol(current.id(), org, ServiceCategory.DIAGNOSIS, statement, Instant.now());
    }

    /** A DIAGNOSIS application to next year's pool, submitted. */
    private long submitted(String user) {
        TestData.actAs(accounts, user);
        long id = pool.apply(next().id(), ServiceCategory.DIAGNOSIS);
        var d = pool.details(id);
        d.prefilled().forEach(f -> pool.confirm(id, f));
        pool.edit(id, pool.details(id).version(), new ApplicationForm("我们为机械企业提供节能诊断与能源审计服务，团队二十人。",
                List.of(), List.of(0)));
        pool.take(id, PoolTransition.SUBMIT, null);
        return id;
    }

    private String provider(List<Qualification> qualifications) {
        String username = TestData.username("poolsvc");
        accounts.register(TestData.provider(username));
        TestData.actAs(accounts, username);
        providers.save(-1, new ProfileForm("节能诊断服务商", 20, 2015, Set.of(ServiceCategory.DIAGNOSIS),
                Set.of(Industry.MACHINERY), Set.of("370200"), qualifications,
                List.of(new ReferenceProject("某机械企业节能诊断", Industry.MACHINERY, 2025, "节能 12%")), null, null, null));
        return username;
    }
}
