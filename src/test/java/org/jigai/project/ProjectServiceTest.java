package org.jigai.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.jigai.IntegrationTest;
import org.jigai.TestData;
import org.jigai.account.AccountService;
import org.jigai.base.Direction;
import org.jigai.base.Formats;
import org.jigai.base.Industry;
import org.jigai.base.InvalidInputException;
import org.jigai.base.ServiceCategory;
import org.jigai.engagement.EngagementService;
import org.jigai.engagement.EngagementState;
import org.jigai.matching.VocabularyService;
import org.jigai.need.NeedService;
import org.jigai.need.NeedStatus;
import org.jigai.notification.Kind;
import org.jigai.notification.NotificationService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** The project library through its service: registration, stages, reports, reminders, the bureau's work, totals. */
@IntegrationTest
class ProjectServiceTest {

    @Autowired ProjectService projects;
    @Autowired AccountService accounts;
    @Autowired NeedService needs;
    @Autowired EngagementService engagements;
    @Autowired NotificationService notifications;
    @Autowired VocabularyService vocabulary;
    @Autowired JdbcTemplate jdbc;

    String enterprise;
    String other;
    String provider;
    long providerId;
    final LocalDate today = LocalDate.now(Formats.ZONE);

    @BeforeEach
    void parties() {
        enterprise = TestData.username("p-ent");
        accounts.register(TestData.enterprise(enterprise));
        other = TestData.username("p-other");
        accounts.register(TestData.enterprise(other));
        provider = TestData.username("p-prov");
        providerId = accounts.register(TestData.provider(provider)).organizationId();
    }

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    void actAs(String username) {
        TestData.actAs(accounts, username);
    }

    ProjectForm form(String name, String total) {
        return new ProjectForm(name, Industry.MACHINERY, EnumSet.of(Direction.SMART, Direction.EQUIPMENT_RENEWAL),
                "370281", new BigDecimal(total), new BigDecimal("500"), today.minusMonths(1), today.plusMonths(8),
                today.plusMonths(10), null, "数控车间设备联网与 MES。",
                List.of(new ExpectedResult(ResultKind.ENERGY_SAVED, new BigDecimal("1200"), "吨标准煤/年")),
                Set.of());
    }

    long register(String name, String total) {
        actAs(enterprise);
        return projects.create(form(name, total), null);
    }

    /** Moves the project's registration back, as if it had been registered then. */
    void registeredAt(long id, String isoDate) {
        jdbc.update("update project set created_at = ? where id = ?",
                Timestamp.from(LocalDate.parse(isoDate).atTime(10, 0).atZone(Formats.ZONE).toInstant()), id);
    }

    static Set<String> fields(Throwable e) {
        return ((InvalidInputException) e).problems().keySet();
    }

    @Test
    void registration_is_checked_field_by_field_and_nothing_half_saved() {
        actAs(enterprise);
        var bad = new ProjectForm(" ", null, Set.of(), "999999", new BigDecimal("300"), new BigDecimal("400"),
                today, today.minusDays(1), today.minusDays(2), "2025-37021-34-03-01", null,
                List.of(new ExpectedResult(ResultKind.OUTPUT, new BigDecimal("-1"), "万元")), Set.of(123456789L));
        assertThatThrownBy(() -> projects.create(bad, null)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).containsKeys("name", "industry", "directions", "region",
                        "totalInvestmentWan", "equipmentInvestmentWan", "plannedCompletion", "plannedProduction",
                        "filingNumber", "results", "providerIds"));
        assertThat(projects.count(LibraryFilter.ALL)).as("nothing saved").isZero();
        // a provider on the platform this enterprise does not work with is refused too
        var stranger = new ProjectForm("数控车间改造", Industry.MACHINERY, Set.of(Direction.SMART), "370281",
                new BigDecimal("1200"), new BigDecimal("500"), today, today, today, null, null, List.of(),
                Set.of(providerId));
        assertThatThrownBy(() -> projects.create(stranger, null)).satisfies(e -> assertThat(((InvalidInputException) e)
                .problems().get("providerIds").key()).isEqualTo("project.error.notPartner"));

        var filed = new ProjectForm("数控车间改造", Industry.MACHINERY, Set.of(Direction.SMART), "370281",
                new BigDecimal("1200"), new BigDecimal("500"), today, today, today, "2025-370281-34-03-000001", null,
                List.of(), Set.of());
        long id = projects.create(filed, null);
        assertThat(projects.details(id).summary().ref()).startsWith("XM" + today.getYear() + "-");
        assertThatThrownBy(() -> projects.create(filed, null)).satisfies(e ->
                assertThat(((InvalidInputException) e).problems().get("filingNumber").key())
                        .isEqualTo("project.error.filingNumberTaken"));
        // the bureau does not register projects for enterprises in the app (it imports them)
        actAs("demo-bureau");
        assertThatThrownBy(() -> projects.create(filed, null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void stages_follow_the_table_with_actual_dates_in_order_and_never_in_the_future() {
        long id = register("焊装车间机器人换人项目", "1500");
        assertThatThrownBy(() -> projects.take(id, ProjectTransition.COMPLETE, today, null))
                .as("not under construction yet").satisfies(e -> assertThat(((InvalidInputException) e).problems()
                        .get("stage").key()).isEqualTo("project.error.refused"));
        assertThatThrownBy(() -> projects.take(id, ProjectTransition.START, today.plusDays(1), null))
                .satisfies(e -> assertThat(((InvalidInputException) e).problems().get("date").key())
                        .isEqualTo("project.error.future"));
        assertThatThrownBy(() -> projects.take(id, ProjectTransition.START, null, null))
                .satisfies(e -> assertThat(fields(e)).containsExactly("date"));
        projects.take(id, ProjectTransition.START, today.minusDays(20), null);
        assertThatThrownBy(() -> projects.take(id, ProjectTransition.COMPLETE, today.minusDays(21), null))
                .as("completion before start").satisfies(e -> assertThat(((InvalidInputException) e).problems()
                        .get("date").key()).isEqualTo("project.error.beforePrevious"));
        assertThatThrownBy(() -> projects.take(id, ProjectTransition.START_PRODUCTION, today, null))
                .as("no production before completion").isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> projects.take(id, ProjectTransition.SUSPEND, null, " "))
                .satisfies(e -> assertThat(fields(e)).containsExactly("reason"));
        projects.take(id, ProjectTransition.SUSPEND, null, "土建手续待批");
        assertThat(projects.details(id).summary().stage()).isEqualTo(ProjectStage.SUSPENDED);
        assertThat(projects.details(id).may()).containsExactly(ProjectTransition.RESUME);
        projects.take(id, ProjectTransition.RESUME, null, null);
        assertThat(projects.details(id).summary().stage()).as("back where it was")
                .isEqualTo(ProjectStage.UNDER_CONSTRUCTION);
        projects.take(id, ProjectTransition.COMPLETE, today.minusDays(2), null);
        projects.take(id, ProjectTransition.START_PRODUCTION, today, null);
        var d = projects.details(id);
        assertThat(d.summary().stage()).isEqualTo(ProjectStage.IN_PRODUCTION);
        assertThat(d.summary().actualStart()).isEqualTo(today.minusDays(20));
        assertThat(d.summary().actualProduction()).isEqualTo(today);
        assertThat(d.mayEdit()).as("frozen in production").isFalse();
        assertThat(d.may()).isEmpty();
        assertThatThrownBy(() -> projects.update(id, d.version(), form("改名", "1500")))
                .isInstanceOf(InvalidInputException.class);
        // every transition is in the timeline and the audit log
        assertThat(projects.timeline(id)).filteredOn(t -> t.key().equals("project.timeline.stage")).hasSize(5);
        assertThat(jdbc.queryForList("select action from audit_entry where target = ?", String.class, "project:" + id))
                .contains("PROJECT_REGISTERED", "PROJECT_START", "PROJECT_SUSPEND", "PROJECT_RESUME",
                        "PROJECT_COMPLETE", "PROJECT_START_PRODUCTION");
        // only its enterprise moves it
        actAs(other);
        assertThatThrownBy(() -> projects.take(id, ProjectTransition.SUSPEND, null, "x"))
                .isInstanceOf(NoSuchElementException.class);
        actAs("demo-bureau");
        assertThatThrownBy(() -> projects.take(id, ProjectTransition.SUSPEND, null, "x"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void reports_are_drafted_filed_and_corrected_and_investment_never_falls() {
        long id = register("空压站节能改造项目", "800");
        registeredAt(id, today.minusMonths(3).withDayOfMonth(5).toString());
        actAs(enterprise);
        var periods = projects.periods(id);
        assertThat(periods).hasSize(4);
        assertThat(periods.getFirst().period().start()).as("newest first").isEqualTo(today.withDayOfMonth(1));
        LocalDate first = periods.getLast().period().start();
        LocalDate second = periods.get(2).period().start();
        assertThat(periods.getLast().state()).isEqualTo(PeriodState.VERY_LATE);

        // a draft, then the filed report
        projects.saveReport(id, first, new ReportForm(10, new BigDecimal("80"), "完成设备招标", List.of(), null), false);
        assertThat(projects.periods(id).getLast().draft()).isNotNull();
        assertThat(projects.periods(id).getLast().state()).as("a draft is not a report").isEqualTo(PeriodState.VERY_LATE);
        assertThatThrownBy(() -> projects.saveReport(id, first, new ReportForm(101, null, null, List.of(), null), true))
                .satisfies(e -> assertThat(fields(e)).containsExactlyInAnyOrder("percentComplete", "investedWan"));
        projects.saveReport(id, first, new ReportForm(15, new BigDecimal("120"), "完成设备招标", List.of(), null), true);
        var filed = projects.periods(id).getLast();
        assertThat(filed.state()).isEqualTo(PeriodState.FILED);
        assertThat(filed.versions()).hasSize(1);
        assertThat(filed.draft()).as("the draft became the report").isNull();

        // the next period cannot show less investment
        assertThatThrownBy(() -> projects.saveReport(id, second,
                new ReportForm(20, new BigDecimal("100"), null, List.of(), null), true))
                .satisfies(e -> assertThat(((InvalidInputException) e).problems().get("investedWan").key())
                        .isEqualTo("project.error.investmentFell"));
        projects.saveReport(id, second, new ReportForm(30, new BigDecimal("260"), "设备进场",
                List.of(new Problem(ProblemKind.FINANCING, "二期设备款缺口 200 万元", null)), null), true);
        // a correction of the first period: a note is required, and it cannot exceed the later figure
        assertThatThrownBy(() -> projects.saveReport(id, first,
                new ReportForm(15, new BigDecimal("130"), null, List.of(), null), true))
                .satisfies(e -> assertThat(fields(e)).containsExactly("correctionNote"));
        assertThatThrownBy(() -> projects.saveReport(id, first,
                new ReportForm(15, new BigDecimal("300"), null, List.of(), "补录发票"), true))
                .satisfies(e -> assertThat(((InvalidInputException) e).problems().get("investedWan").key())
                        .isEqualTo("project.error.investmentAboveLater"));
        projects.saveReport(id, first, new ReportForm(15, new BigDecimal("130"), "完成设备招标", List.of(), "补录发票"), true);
        var corrected = projects.periods(id).getLast();
        assertThat(corrected.versions()).extracting(ReportView::version).containsExactly(1, 2);
        assertThat(corrected.versions().getFirst().investedWan()).as("the filed version kept as it was")
                .isEqualByComparingTo("120");
        assertThat(corrected.latest().correctionNote()).isEqualTo("补录发票");
        var secondView = projects.periods(id).get(2).latest();
        assertThat(secondView.periodInvestedWan()).as("in the period = cumulative less the previous period's")
                .isEqualByComparingTo("130");

        var d = projects.details(id);
        assertThat(d.summary().investedWan()).isEqualByComparingTo("260");
        assertThat(d.summary().percentComplete()).isEqualTo(30);
        assertThat(d.summary().overdue()).as("the third period is still missing")
                .isEqualTo(ReportCalendar.overdue(projects.periods(id).get(1).period().due(), today));
        assertThat(projects.timeline(id)).extracting(TimelineEntry::key)
                .contains("project.timeline.report", "project.timeline.correction", "project.timeline.registered");

        // a period that is not the project's is refused, so is a future one
        assertThatThrownBy(() -> projects.saveReport(id, today.plusMonths(1).withDayOfMonth(1),
                new ReportForm(40, new BigDecimal("300"), null, List.of(), null), true))
                .satisfies(e -> assertThat(fields(e)).containsExactly("period"));
        // nobody else files or reads
        actAs(other);
        assertThatThrownBy(() -> projects.periods(id)).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> projects.saveReport(id, second, new ReportForm(40, BigDecimal.TEN, null, List.of(),
                null), true)).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void reminders_before_on_and_weekly_after_the_due_day_each_once_across_the_year_end() {
        long id = register("冷库节能改造项目", "900");
        registeredAt(id, "2025-11-20");
        actAs(enterprise);
        // November 2025 is due on 10 December, December on 10 January
        assertThat(projects.runRemindersFor(id, Instant.parse("2025-12-06T15:59:59Z"))).as("6 Dec 23:59 in Qingdao")
                .isZero();
        assertThat(projects.runRemindersFor(id, Instant.parse("2025-12-06T16:00:00Z"))).as("7 Dec 00:00").isEqualTo(1);
        assertThat(projects.runRemindersFor(id, Instant.parse("2025-12-08T02:00:00Z"))).as("once per offset").isZero();
        assertThat(projects.runRemindersFor(id, Instant.parse("2025-12-10T01:00:00Z"))).isEqualTo(1);
        assertThat(projects.runRemindersFor(id, Instant.parse("2025-12-17T01:00:00Z"))).as("a week late").isEqualTo(1);
        assertThat(projects.runRemindersFor(id, Instant.parse("2026-01-07T01:00:00Z")))
                .as("November 4 weeks late, December 3 days before: one notice").isEqualTo(1);
        assertThat(notifications.mine(false, List.of(Kind.PROJECT_REPORT_DUE_SOON, Kind.PROJECT_REPORT_DUE,
                Kind.PROJECT_REPORT_OVERDUE), PageRequest.of(0, 20)).getContent())
                .as("one notice per project and run, about the oldest period").extracting(n -> n.kind())
                .containsExactlyInAnyOrder(Kind.PROJECT_REPORT_DUE_SOON, Kind.PROJECT_REPORT_DUE,
                        Kind.PROJECT_REPORT_OVERDUE, Kind.PROJECT_REPORT_OVERDUE);
        assertThat(jdbc.queryForObject("select count(*) from project_reminder where project_id = ?", Long.class, id))
                .as("but every period's reminder is recorded once").isEqualTo(5);
        // filed: no more reminders for November
        projects.saveReport(id, LocalDate.parse("2025-11-01"),
                new ReportForm(5, new BigDecimal("40"), null, List.of(), null), true);
        assertThat(projects.runRemindersFor(id, Instant.parse("2026-01-10T15:59:59Z"))).as("December due today")
                .isEqualTo(1);
        assertThat(notifications.mine(false, List.of(Kind.PROJECT_REPORT_DUE), PageRequest.of(0, 20)).getContent())
                .hasSize(2);
        // skipped by the bureau: no more reminders for December either
        actAs("demo-bureau");
        assertThatThrownBy(() -> projects.skip(id, LocalDate.parse("2025-11-01"), "重复"))
                .as("a filed period cannot be skipped").isInstanceOf(InvalidInputException.class);
        projects.skip(id, LocalDate.parse("2025-12-01"), "春节前停工");
        assertThat(projects.runRemindersFor(id, Instant.parse("2026-01-18T01:00:00Z"))).isZero();
        // and, as of today, the project is on the bureau's overdue list (the months since are missing)
        var overdue = projects.list(new LibraryFilter(null, null, null, null, null, null, true, "冷库节能改造项目"),
                PageRequest.of(0, 10)).getContent();
        assertThat(overdue).extracting(ProjectSummary::id).contains(id);
        assertThat(overdue.getFirst().veryLate()).isTrue();
        assertThat(projects.timeline(id)).extracting(TimelineEntry::key).contains("project.timeline.skipped");
    }

    @Test
    void a_problem_becomes_a_draft_need_that_asks_for_the_right_providers() {
        long id = register("二期设备更新项目", "2000");
        registeredAt(id, today.minusMonths(1).withDayOfMonth(3).toString());
        actAs(enterprise);
        LocalDate first = projects.periods(id).getLast().period().start();
        var report = projects.saveReport(id, first, new ReportForm(20, new BigDecimal("300"), null,
                List.of(new Problem(ProblemKind.FINANCING, "设备款缺口 400 万元", null),
                        new Problem(ProblemKind.EQUIPMENT, "五轴加工中心交货期过长", null)), null), true);
        long financing = projects.problemToNeed(report.id(), 0);
        long equipment = projects.problemToNeed(report.id(), 1);
        assertThat(projects.problemToNeed(report.id(), 0)).as("once").isEqualTo(financing);
        var need = needs.details(financing);
        assertThat(need.status()).isEqualTo(NeedStatus.DRAFT);
        assertThat(need.industry()).isEqualTo(Industry.MACHINERY);
        assertThat(vocabulary.current().impliedCategories(need.title() + "\n" + need.description()))
                .contains(ServiceCategory.FINANCE);
        var eq = needs.details(equipment);
        assertThat(vocabulary.current().impliedCategories(eq.title() + "\n" + eq.description()))
                .contains(ServiceCategory.EQUIPMENT);
        assertThat(projects.periods(id).getLast().latest().problems()).extracting(Problem::needId)
                .containsExactly(financing, equipment);
        actAs(other);
        assertThatThrownBy(() -> projects.problemToNeed(report.id(), 0)).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void totals_and_targets_on_a_fixed_set_computed_by_hand() {
        String tag = "合计校验" + System.nanoTime();
        actAs("demo-bureau");
        var before = projects.totals(LibraryFilter.ALL);
        long a = register(tag + "甲", "1200");   // key project, will be completed this year
        long b = register(tag + "乙", "600");    // not a key project
        long c = register(tag + "丙", "5000");   // key project, in production before this year: not tracked
        actAs(enterprise);
        projects.take(a, ProjectTransition.START, today.minusDays(1), null);
        projects.take(a, ProjectTransition.COMPLETE, today, null);
        jdbc.update("update project set stage = 'IN_PRODUCTION', actual_start = ?, actual_completion = ?,"
                + " actual_production = ? where id = ?", LocalDate.of(today.getYear() - 2, 3, 1),
                LocalDate.of(today.getYear() - 2, 12, 1), LocalDate.of(today.getYear() - 1, 6, 1), c);
        registeredAt(b, today.minusMonths(1).withDayOfMonth(1).toString());
        projects.saveReport(b, today.minusMonths(1).withDayOfMonth(1),
                new ReportForm(50, new BigDecimal("250.5"), null, List.of(), null), true);

        actAs("demo-bureau");
        var mine = projects.totals(new LibraryFilter(null, null, null, null, null, null, false, tag));
        assertThat(mine.projects()).isEqualTo(3);
        assertThat(mine.plannedWan()).isEqualByComparingTo("6800");       // 1200 + 600 + 5000
        assertThat(mine.investedWan()).isEqualByComparingTo("250.5");
        var keyOnly = projects.totals(new LibraryFilter(null, null, null, null, null, new BigDecimal("1000"), false, tag));
        assertThat(keyOnly.projects()).isEqualTo(2);
        assertThat(keyOnly.plannedWan()).isEqualByComparingTo("6200");
        var after = projects.totals(LibraryFilter.ALL);
        assertThat(after.trackedKey() - before.trackedKey()).as("a tracked; b below 1000; c finished last year")
                .isEqualTo(1);
        assertThat(after.completedKey() - before.completedKey()).isEqualTo(1);
        assertThat(LibraryTotals.TRACKED_TARGET).isEqualTo(500);
        assertThat(LibraryTotals.COMPLETED_TARGET).isEqualTo(100);
        assertThat(projects.count(new LibraryFilter(ProjectStage.COMPLETED, null, null, null, null, null, false, tag)))
                .isEqualTo(1);
        assertThat(projects.count(new LibraryFilter(null, today.getYear(), "370281", Industry.MACHINERY,
                Direction.SMART, null, false, tag))).isEqualTo(3);
        assertThat(projects.count(new LibraryFilter(null, null, "370211", null, null, null, false, tag))).isZero();
        // an enterprise's totals cover its own projects only
        actAs(other);
        assertThat(projects.totals(new LibraryFilter(null, null, null, null, null, null, false, tag)).projects()).isZero();
    }

    @Test
    void a_signed_engagement_becomes_a_linked_project_in_one_click() {
        actAs("demo-food");
        var signed = engagements.mine(Set.of(EngagementState.SIGNED), PageRequest.of(0, 5)).getContent().getFirst();
        var prefilled = projects.fromEngagement(signed.id());
        assertThat(prefilled.name()).isEqualTo(signed.needTitle());
        assertThat(prefilled.providerIds()).containsExactly(signed.providerId());
        assertThat(prefilled.equipmentInvestmentWan()).isEqualByComparingTo(signed.signedPriceWan());
        long id = projects.create(prefilled, signed.id());
        assertThat(projects.details(id).engagementId()).isEqualTo(signed.id());
        assertThat(projects.projectOfEngagement(signed.id())).contains(id);
        assertThatThrownBy(() -> projects.create(prefilled, signed.id())).satisfies(e ->
                assertThat(((InvalidInputException) e).problems().get("engagement").key())
                        .isEqualTo("project.error.engagementTaken"));
        actAs("demo-energy");
        assertThatThrownBy(() -> projects.fromEngagement(signed.id())).as("the provider's side cannot")
                .isInstanceOf(AccessDeniedException.class);
        actAs(enterprise);
        assertThatThrownBy(() -> projects.fromEngagement(signed.id())).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void a_cadence_applies_from_the_next_period_and_never_shortens_the_one_under_way() {
        long id = register("季报项目", "1200");
        actAs("demo-bureau");
        var nextYear = projects.setCadence(id, today.getYear() + 1, Cadence.QUARTERLY, 15);
        assertThat(nextYear.effectiveFrom()).isEqualTo(LocalDate.of(today.getYear() + 1, 1, 1));
        var thisYear = projects.setCadence(id, today.getYear(), Cadence.MONTHLY, 5);
        assertThat(thisYear.effectiveFrom()).isEqualTo(Cadence.MONTHLY.nextPeriodStart(today));
        // in December this year's change already starts on 1 January and so replaces next year's
        long expected = thisYear.effectiveFrom().equals(nextYear.effectiveFrom()) ? 1 : 2;
        assertThat(jdbc.queryForObject("select count(*) from project_cadence where project_id = ?", Long.class, id))
                .as("this year's change keeps next year's setting").isEqualTo(expected);
        // a quarter under way is not cut short by a change to monthly reports
        jdbc.update("delete from project_cadence where project_id = ?", id);
        jdbc.update("insert into project_cadence (project_id, effective_from, cadence, due_day, set_at)"
                + " values (?, ?, 'QUARTERLY', 10, now())", id, Cadence.QUARTERLY.periodStart(today));
        var monthly = projects.setCadence(id, today.getYear(), Cadence.MONTHLY, 10);
        assertThat(monthly.effectiveFrom()).isEqualTo(Cadence.QUARTERLY.nextPeriodStart(today));
        assertThatThrownBy(() -> projects.setCadence(id, today.getYear() - 1, Cadence.MONTHLY, 10))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> projects.setCadence(id, today.getYear(), Cadence.MONTHLY, 29))
                .satisfies(e -> assertThat(fields(e)).containsExactly("dueDay"));
        actAs(enterprise);
        assertThatThrownBy(() -> projects.setCadence(id, today.getYear(), Cadence.MONTHLY, 10))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void production_cannot_start_before_a_period_already_reported_on() {
        long id = register("注塑车间改造", "900");
        registeredAt(id, today.minusMonths(2).withDayOfMonth(1).toString());
        actAs(enterprise);
        projects.take(id, ProjectTransition.START, today.minusMonths(2).withDayOfMonth(2), null);
        projects.take(id, ProjectTransition.COMPLETE, today.minusMonths(2).withDayOfMonth(3), null);
        LocalDate last = today.minusMonths(1).withDayOfMonth(1);
        projects.saveReport(id, last, new ReportForm(90, new BigDecimal("800"), null, List.of(), null), true);
        assertThatThrownBy(() -> projects.take(id, ProjectTransition.START_PRODUCTION,
                today.minusMonths(2).withDayOfMonth(4), null)).satisfies(e -> assertThat(((InvalidInputException) e)
                        .problems().get("date").key()).isEqualTo("project.error.productionBeforeReports"));
        projects.take(id, ProjectTransition.START_PRODUCTION, last, null);
        assertThat(projects.periods(id)).extracting(v -> v.period().start()).contains(last);
    }

    @Test
    void a_correction_keeps_the_need_a_problem_became() {
        long id = register("备料车间改造", "1000");
        registeredAt(id, today.minusMonths(1).withDayOfMonth(1).toString());
        actAs(enterprise);
        LocalDate first = today.minusMonths(1).withDayOfMonth(1);
        var problem = new Problem(ProblemKind.EQUIPMENT, "剪板机交货延期", null);
        var v1 = projects.saveReport(id, first, new ReportForm(10, new BigDecimal("90"), null, List.of(problem), null),
                true);
        long need = projects.problemToNeed(v1.id(), 0);
        var v2 = projects.saveReport(id, first, new ReportForm(12, new BigDecimal("95"), null, List.of(problem),
                "补录"), true);
        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.problems().getFirst().needId()).isEqualTo(need);
    }

    @Test
    void the_bureau_urges_and_skips_the_enterprise_is_told_and_edits_are_traced() {
        long id = register("锻造车间改造", "1000");
        // three months back: the month after the first report is overdue whatever today's day (it was due on the
        // 10th of last month), and last month's report may be filed or not yet due
        registeredAt(id, today.minusMonths(3).withDayOfMonth(1).toString());
        actAs(enterprise);
        LocalDate first = today.minusMonths(3).withDayOfMonth(1);
        projects.saveReport(id, first, new ReportForm(30, new BigDecimal("600"), null, List.of(), null), true);
        // progress and the total keep to what was reported
        assertThatThrownBy(() -> projects.saveReport(id, today.minusMonths(1).withDayOfMonth(1),
                new ReportForm(20, new BigDecimal("650"), null, List.of(), null), true))
                .satisfies(e -> assertThat(((InvalidInputException) e).problems().get("percentComplete").key())
                        .isEqualTo("project.error.progressFell"));
        var d = projects.details(id);
        var f = d.toForm();
        var lower = new ProjectForm(f.name(), f.industry(), f.directions(), f.region(), new BigDecimal("550"),
                new BigDecimal("300"), f.plannedStart(), f.plannedCompletion(), f.plannedProduction(), f.filingNumber(),
                f.description(), f.results(), f.providerIds());
        assertThatThrownBy(() -> projects.update(id, d.version(), lower)).satisfies(e -> assertThat(
                ((InvalidInputException) e).problems().get("totalInvestmentWan").key())
                .isEqualTo("project.error.totalBelowInvested"));
        projects.update(id, d.version(), new ProjectForm(f.name(), f.industry(), f.directions(), f.region(),
                new BigDecimal("1200"), f.equipmentInvestmentWan(), f.plannedStart(), f.plannedCompletion(),
                f.plannedProduction(), f.filingNumber(), "增加一条锻压线", f.results(), f.providerIds()));
        assertThat(projects.timeline(id)).anySatisfy(t -> {
            assertThat(t.key()).isEqualTo("project.timeline.edited");
            assertThat(((ProjectService.FieldList) t.args()[0]).fields()).containsExactly("totalInvestmentWan",
                    "description");
        });

        actAs("demo-bureau");
        projects.urge(id);
        projects.skip(id, today.minusMonths(2).withDayOfMonth(1), "停产检修");
        actAs(enterprise);
        projects.saveReport(id, today.minusMonths(1).withDayOfMonth(1), new ReportForm(35, new BigDecimal("650"), null,
                List.of(), null), true);
        actAs("demo-bureau");
        assertThatThrownBy(() -> projects.urge(id)).as("nothing overdue any more")
                .satisfies(e -> assertThat(((InvalidInputException) e).problems().get("report").key())
                        .isEqualTo("project.error.nothingOverdue"));
        actAs(enterprise);
        assertThat(notifications.mine(false, List.of(Kind.PROJECT_URGED, Kind.PROJECT_SKIPPED), PageRequest.of(0, 5))
                .getContent()).extracting(n -> n.kind())
                .containsExactlyInAnyOrder(Kind.PROJECT_URGED, Kind.PROJECT_SKIPPED);
        assertThatThrownBy(() -> projects.urge(id)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void history_is_carried_over_once_and_checked() {
        actAs("demo-bureau");
        String code = accounts.organizations(List.of(TestData.actAs(accounts, enterprise).organizationId())).values()
                .iterator().next().creditCode();
        actAs("demo-bureau");
        var row = new ProjectService.ImportedProject("HIST-" + System.nanoTime(), code, form("历史项目", "3000"),
                ProjectStage.UNDER_CONSTRUCTION, today.minusMonths(4), null, null, null, null, null);
        assertThat(projects.importProject(row)).isEqualTo(org.jigai.base.Upsert.CREATED);
        long id = projects.idOfRef(row.ref()).orElseThrow();
        LocalDate registered = today.minusMonths(5).withDayOfMonth(2);
        var m0 = registered.withDayOfMonth(1);
        assertThatThrownBy(() -> projects.backfill(id, registered, List.of(
                new ProjectService.PastReport(m0, 10, new BigDecimal("200"), null, List.of()),
                new ProjectService.PastReport(m0.plusMonths(1), 20, new BigDecimal("100"), null, List.of()))))
                .as("investment falling").isInstanceOf(InvalidInputException.class);
        projects.backfill(id, registered, List.of(
                new ProjectService.PastReport(m0, 10, new BigDecimal("200"), "招标", List.of()),
                new ProjectService.PastReport(m0.plusMonths(1), 20, new BigDecimal("450"), "进场", List.of())));
        var d = projects.details(id);
        assertThat(d.summary().investedWan()).isEqualByComparingTo("450");
        assertThat(d.summary().overdue()).as("the later months are owed").isTrue();
        assertThat(projects.timeline(id)).extracting(TimelineEntry::key).contains("project.timeline.stage");
        assertThatThrownBy(() -> projects.backfill(id, registered, List.of())).as("once")
                .isInstanceOf(InvalidInputException.class);
    }
}
