package org.jigai.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.jigai.MovableClock;
import org.jigai.TestData;
import org.jigai.account.AccountService;
import org.jigai.audit.AuditLog;
import org.jigai.base.Formats;
import org.jigai.base.InvalidInputException;
import org.jigai.base.PublishedCases;
import org.jigai.notification.Kind;
import org.jigai.notification.NotificationService;
import org.jigai.selection.SelectionViews.BoardPair;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * One call through every stage, by every role, on a clock that moves: the call's form, nominations refused until
 * complete, returned and resubmitted, the formal check, the review refused before the window ends, conflicts of
 * interest kept out of the proposal, removed pairs not proposed again, scores hidden until one's own are in, an
 * abstention made good, the ranking checked against totals worked out by hand, a selection that departs from the
 * ranking only with reasons, the notice with an objection, and publication only once the notice is over and the
 * objection handled — each step told and audited.
 */
@SpringBootTest
@ActiveProfiles("test")
class SelectionServiceTest {

    @Autowired SelectionService selection;
    @Autowired ReviewService reviews;
    @Autowired AccountService accounts;
    @Autowired NotificationService notifications;
    @Autowired AuditLog audit;
    @Autowired PublishedCases published;
    @Autowired MovableClock clock;
    @Autowired org.jigai.matching.SearchService search;

    @AfterEach
    void reset() {
        clock.reset();
        SecurityContextHolder.clearContext();
    }

    /** The criteria's scores per case, and the weighted totals they make (worked out by hand: Σ weight·score / 10). */
    static final List<Integer> TOP = List.of(9, 9, 8, 8);       // 86.0
    static final List<Integer> SECOND = List.of(8, 8, 7, 7);    // 76.0
    static final List<Integer> THIRD = List.of(7, 7, 6, 6);     // 66.0
    static final List<Integer> FOURTH = List.of(6, 6, 5, 5);    // 56.0
    static final List<Integer> HARSH = List.of(3, 3, 3, 3);     // 30.0

    @Test
    void a_call_runs_from_nomination_to_published_cases() throws InterruptedException {
        var fx = new SelectionFixture(accounts);
        LocalDate today = LocalDate.now(Formats.ZONE);
        int year = today.getYear() + 1;
        String a = fx.enterprise();
        String b = fx.enterprise();
        String c = fx.enterprise();
        String p = fx.provider();
        String stranger = fx.provider();
        long providerOrg = fx.org(p);
        var experts = fx.experts(4);

        // ---- the call
        TestData.actAs(accounts, "demo-bureau");
        var bad = new CallForm(year, " ", today, today.minusDays(1), today.minusDays(1), 3, 0, 2, 10, 20, false, false,
                List.of(new Criterion("创新性", 60), new Criterion("创新性", 30)));
        assertThatThrownBy(() -> selection.saveCall(null, 0, bad)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).containsKeys("title", "nominationCloses", "reviewCloses", "noticeDays",
                        "selectCount", "expertsPerCase", "criteria"));
        long callId = selection.saveCall(null, 0, SelectionFixture.call(year, today, today));
        selection.takeCall(callId, CallTransition.OPEN);
        assertThat(selection.call(callId).state()).isEqualTo(CallState.NOMINATING);

        // ---- a nomination: refused until complete, returned, resubmitted, passed
        TestData.actAs(accounts, a);
        long na = selection.nominate(callId, null, null);
        assertThatThrownBy(() -> selection.take(na, NominationTransition.SUBMIT, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsKeys(
                        "title", "industry", "region", "directions", "investmentWan", "background", "work",
                        "results", "photos"));
        selection.saveNomination(na, selection.details(na).version(), SelectionFixture.form("热处理线节能改造", providerOrg));
        assertThatThrownBy(() -> selection.addFile(na, true, "note.txt", "不是图片".getBytes(), null))
                .isInstanceOf(InvalidInputException.class);
        selection.addFile(na, true, "车间.png", SelectionFixture.photo(), "改造后的热处理车间");
        selection.take(na, NominationTransition.SUBMIT, null);
        assertThat(selection.details(na).summary().state()).isEqualTo(NominationState.SUBMITTED);
        // the enterprise can no longer change it; others cannot read it at all
        assertThatThrownBy(() -> selection.saveNomination(na, selection.details(na).version(),
                SelectionFixture.form("改名", providerOrg))).isInstanceOf(InvalidInputException.class);
        TestData.actAs(accounts, b);
        assertThatThrownBy(() -> selection.details(na)).isInstanceOf(NoSuchElementException.class);
        TestData.actAs(accounts, stranger);
        assertThatThrownBy(() -> selection.details(na)).isInstanceOf(NoSuchElementException.class);
        TestData.actAs(accounts, p);
        assertThat(selection.details(na).summary().providerName()).isNotBlank();
        assertThat(selection.details(na).may()).isEmpty();
        assertThat(selection.mine()).extracting(SelectionViews.NominationSummary::id).contains(na);

        TestData.actAs(accounts, "demo-bureau");
        assertThat(notifications.mine(false, List.of(Kind.SELECTION_NOMINATION_SUBMITTED), PageRequest.of(0, 50))
                .getContent()).anyMatch(n -> n.link().equals("selection/nomination/" + na));
        assertThatThrownBy(() -> selection.take(na, NominationTransition.RETURN, "短"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsKey("reason"));
        selection.take(na, NominationTransition.RETURN, "请补充能耗数据的计量依据");
        TestData.actAs(accounts, a);
        assertThat(selection.details(na).decisionReason()).isEqualTo("请补充能耗数据的计量依据");
        assertThat(notifications.mine(false, List.of(Kind.SELECTION_NOMINATION_RETURNED), PageRequest.of(0, 5))
                .getContent()).singleElement().satisfies(n -> assertThat(n.detail()).isEqualTo("请补充能耗数据的计量依据"));
        assertThatThrownBy(() -> selection.take(na, NominationTransition.PASS, null))
                .isInstanceOf(InvalidInputException.class);
        selection.take(na, NominationTransition.SUBMIT, null);
        TestData.actAs(accounts, "demo-bureau");
        selection.take(na, NominationTransition.PASS, null);

        long nb = submitted(fx, b, callId, "注塑车间数字化改造", null);
        long nc = submitted(fx, c, callId, "涂装线 VOCs 治理", null);
        // demo-marine had a completed engagement with demo-energy: an expert affiliated with demo-energy must not judge it
        long nd = submitted(fx, "demo-marine", callId, "船舶分段涂装智能化", null);
        TestData.actAs(accounts, "demo-bureau");
        selection.take(nb, NominationTransition.PASS, null);
        selection.take(nd, NominationTransition.PASS, null);

        // ---- the review waits for the window's end and for every check
        assertThatThrownBy(() -> selection.takeCall(callId, CallTransition.START_REVIEW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get("state").key())
                        .isEqualTo("selection.error.stillNominating"));
        clock.shift(Duration.ofDays(1));
        TestData.actAs(accounts, "demo-bureau");
        assertThatThrownBy(() -> selection.takeCall(callId, CallTransition.START_REVIEW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get("state").key())
                        .isEqualTo("selection.error.unchecked"));
        selection.take(nc, NominationTransition.PASS, null);
        selection.takeCall(callId, CallTransition.START_REVIEW);
        var form = selection.call(callId).toForm();
        assertThatThrownBy(() -> selection.saveCall(callId, selection.call(callId).version(), new CallForm(form.year(),
                form.title(), form.nominationOpens(), form.nominationCloses(), form.reviewCloses(), form.noticeDays(),
                form.selectCount(), form.expertsPerCase(), 5, form.spreadMargin(), form.blind(), form.normalised(),
                form.criteria()))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).containsKey("criteria"));
        TestData.actAs(accounts, a);
        assertThatThrownBy(() -> selection.nominate(callId, null, null)).isInstanceOf(InvalidInputException.class);

        // ---- declarations and the proposal
        declare(experts.get(0), Set.of(fx.org(a)), Set.of());                        // works for A
        declare(experts.get(1), Set.of(fx.org("demo-energy")), Set.of());            // demo-energy worked with demo-marine
        declare(experts.get(2), Set.of(), Set.of(providerOrg));                      // conflict with A's provider
        TestData.actAs(accounts, "demo-bureau");
        var board = reviews.propose(callId);
        long e0 = fx.id(experts.get(0));
        long e1 = fx.id(experts.get(1));
        long e2 = fx.id(experts.get(2));
        assertThat(row(board, na).conflicts()).containsEntry(e0, ReviewService.SAME_ORG)
                .containsEntry(e2, ReviewService.DECLARED_CONFLICT);
        assertThat(row(board, nd).conflicts()).containsEntry(e1, ReviewService.PAST_ENGAGEMENT);
        for (var r : board.rows()) {
            assertThat(active(r)).as(r.nomination().title()).hasSize(3);
            assertThat(active(r)).noneMatch(pair -> r.conflicts().containsKey(pair.expertId()));
        }
        var loads = board.experts().stream().map(SelectionViews.ExpertLoad::assigned).toList();
        assertThat(loads.stream().mapToInt(i -> i).max().orElseThrow() - loads.stream().mapToInt(i -> i).min()
                .orElseThrow()).as("load spread evenly: " + loads).isLessThanOrEqualTo(1);
        assertThatThrownBy(() -> reviews.assign(na, e0)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems().get("expert").key()).isEqualTo("selection.error.conflict"));
        // a removed pair is not proposed again
        var removed = active(row(board, nb)).getFirst();
        reviews.remove(removed.assignmentId());
        board = reviews.propose(callId);
        assertThat(active(row(board, nb))).hasSize(3).extracting(BoardPair::expertId).doesNotContain(removed.expertId());

        // ---- scoring: nobody but the assigned expert; others' scores only after one's own
        TestData.actAs(accounts, a);
        var anyAssignment = active(row(board, na)).getFirst().assignmentId();
        assertThatThrownBy(() -> reviews.review(anyAssignment)).isInstanceOf(AccessDeniedException.class);
        Map<Long, List<Integer>> scoreOf = Map.of(na, TOP, nb, SECOND, nc, THIRD, nd, FOURTH);
        boolean harshGiven = false;
        boolean abstained = false;
        // the proposal may use any expert of the shared database: act as each by its account
        Map<Long, String> userOf = new HashMap<>();
        for (var e : board.experts()) {
            userOf.put(e.id(), accounts.findById(e.id()).orElseThrow().username());
        }
        for (var r : board.rows()) {
            var pairs = active(r);
            for (int i = 0; i < pairs.size(); i++) {
                var pair = pairs.get(i);
                TestData.actAs(accounts, userOf.get(pair.expertId()));
                var d = reviews.review(pair.assignmentId());
                assertThat(d.others()).as("no peeking before one's own scores").isEmpty();
                if (r.nomination().id() == nd && !abstained) {
                    assertThatThrownBy(() -> reviews.abstain(pair.assignmentId(), "")).isInstanceOf(
                            InvalidInputException.class);
                    reviews.abstain(pair.assignmentId(), "曾为该企业做过咨询");
                    abstained = true;
                    continue;
                }
                if (i == 0) {
                    // refused input first: a missing score, one above the scale, a comment too short
                    var v = d.version();
                    assertThatThrownBy(() -> reviews.submit(pair.assignmentId(), v, java.util.Arrays.asList(null, 11,
                            5, 5), List.of("好", "亮点突出", "可推广", "效益好"), "总体"))
                            .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                                    .containsKeys("score0", "score1", "comment0", "comment"));
                }
                var scores = r.nomination().id() == nc && !harshGiven ? HARSH : scoreOf.get(r.nomination().id());
                if (r.nomination().id() == nc && !harshGiven) {
                    harshGiven = true;
                }
                reviews.submit(pair.assignmentId(), d.version(), scores, List.of("技术先进", "数据可信", "可以推广",
                        "回收期合理"), "案例扎实，建议入选");
                var after = reviews.review(pair.assignmentId());
                assertThat(after.state()).isEqualTo(ReviewState.SUBMITTED);
                assertThat(after.others()).hasSize(pairs.size() - 1)
                        .allSatisfy(o -> assertThat(o.alias()).hasSize(1));
                assertThat(after.total()).isNotNull();
                assertThatThrownBy(() -> reviews.submit(pair.assignmentId(), after.version(), scores, List.of("a", "b",
                        "c", "d"), "再次提交")).isInstanceOf(InvalidInputException.class);
            }
        }

        // ---- the ranking, against totals worked out by hand
        TestData.actAs(accounts, "demo-bureau");
        var ranking = reviews.ranking(callId);
        var rowA = rank(ranking, na);
        assertThat(rowA.mean()).isCloseTo(86.0, within(1e-9));
        assertThat(rank(ranking, nb).mean()).isCloseTo(76.0, within(1e-9));
        var rowC = rank(ranking, nc);
        assertThat(rowC.mean()).isCloseTo((66.0 + 66.0 + 30.0) / 3, within(1e-9));
        assertThat(rowC.median()).isCloseTo(66.0, within(1e-9));
        assertThat(rowC.spread()).isCloseTo(36.0, within(1e-9));
        assertThat(rowC.disputed()).isTrue();
        assertThat(rowA.disputed()).isFalse();
        assertThat(rank(ranking, nd).totals()).hasSize(2);
        // D lacks its third expert: it is not proposed, and cannot be chosen until it has one
        assertThat(rank(ranking, nd).proposed()).isFalse();
        assertThatThrownBy(() -> reviews.publishNotice(callId, Set.of(na, nd), Map.of(nb, "兼顾行业分布的考虑",
                nd, "成效突出，建议入选")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get("selection")
                        .key()).isEqualTo("selection.error.tooFewReviews"));
        var onD = row(reviews.board(callId), nd);
        var taken = onD.pairs().stream().map(BoardPair::expertId).toList();
        long extra = reviews.board(callId).experts().stream().map(SelectionViews.ExpertLoad::id)
                .filter(id -> !taken.contains(id) && !onD.conflicts().containsKey(id) && userOf.containsKey(id))
                .findFirst().orElseThrow();
        reviews.assign(nd, extra);
        TestData.actAs(accounts, userOf.get(extra));
        var mine = reviews.myReviews().stream().filter(r -> r.nominationId() == nd).findFirst().orElseThrow();
        reviews.submit(mine.assignmentId(), reviews.review(mine.assignmentId()).version(), FOURTH, List.of("一般",
                "一般", "一般", "一般"), "成效一般，数据完整");
        TestData.actAs(accounts, "demo-bureau");
        ranking = reviews.ranking(callId);
        assertThat(ranking.rows()).extracting(r -> r.nomination().id()).containsExactly(na, nb, nd, nc);
        assertThat(ranking.rows()).extracting(SelectionViews.RankRow::proposed).containsExactly(true, true, false,
                false);

        // ---- the selection departs from the ranking only with reasons
        assertThatThrownBy(() -> reviews.publishNotice(callId, Set.of(na, nc), Map.of()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsOnlyKeys("reason" + nb, "reason" + nc));
        assertThatThrownBy(() -> reviews.publishNotice(callId, Set.of(na, nb, nd), Map.of()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsKey(
                        "selection"));
        reviews.publishNotice(callId, Set.of(na, nc), Map.of(nb, "同类案例已有入选，兼顾行业分布",
                nc, "专家意见分歧，中位数排名第二，经复核成效属实"));
        var call = selection.call(callId);
        assertThat(call.state()).isEqualTo(CallState.NOTICE);
        assertThat(call.noticeFrom()).isEqualTo(today.plusDays(1));
        assertThat(call.noticeUntil()).isEqualTo(today.plusDays(7));
        assertThat(selection.details(nb).summary().state()).isEqualTo(NominationState.NOT_SELECTED);
        TestData.actAs(accounts, b);
        assertThat(notifications.mine(false, List.of(Kind.SELECTION_CASE_NOT_SELECTED), PageRequest.of(0, 5))
                .getContent()).hasSize(1);
        assertThatThrownBy(() -> reviews.ranking(callId)).isInstanceOf(AccessDeniedException.class);

        // ---- the notice: public, open to objections; nothing final before it ends and every objection is handled
        SecurityContextHolder.clearContext();
        assertThat(selection.story(na).inNotice()).isTrue();
        assertThatThrownBy(() -> selection.story(nb)).isInstanceOf(NoSuchElementException.class);
        assertThat(selection.inNotice()).extracting(SelectionViews.CaseCard::id).contains(na, nc)
                .doesNotContain(nb, nd);
        TestData.actAs(accounts, stranger);
        assertThatThrownBy(() -> selection.lodge(na, "不实")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).containsKey("grounds"));
        assertThatThrownBy(() -> selection.lodge(nb, "该案例数据存在明显问题，请核实")).isInstanceOf(
                NoSuchElementException.class);
        long objection = selection.lodge(na, "该案例的节能数据与我方了解的情况不一致，请核实计量依据。");
        assertThat(selection.objections(null)).extracting(SelectionViews.ObjectionView::id).containsExactly(objection);
        assertThatThrownBy(() -> selection.objections(callId)).isInstanceOf(NoSuchElementException.class);
        TestData.actAs(accounts, "demo-bureau");
        assertThatThrownBy(() -> selection.takeCall(callId, CallTransition.PUBLISH))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get("state").key())
                        .isEqualTo("selection.error.noticeRunning"));
        clock.shift(Duration.ofDays(7));
        TestData.actAs(accounts, stranger);
        assertThatThrownBy(() -> selection.lodge(na, "公示期结束后提出的异议不应被受理")).isInstanceOf(
                InvalidInputException.class);
        TestData.actAs(accounts, "demo-bureau");
        assertThatThrownBy(() -> selection.takeCall(callId, CallTransition.PUBLISH))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get("state").key())
                        .isEqualTo("selection.error.objectionsOpen"));
        assertThatThrownBy(() -> selection.handle(objection, ObjectionOutcome.DISMISSED, ""))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsKey(
                        "response"));
        selection.handle(objection, ObjectionOutcome.DISMISSED, "经核查计量报告，节能数据属实。");
        selection.takeCall(callId, CallTransition.PUBLISH);
        assertThat(selection.call(callId).state()).isEqualTo(CallState.PUBLISHED);
        TestData.actAs(accounts, stranger);
        assertThat(notifications.mine(false, List.of(Kind.SELECTION_OBJECTION_HANDLED), PageRequest.of(0, 5))
                .getContent()).singleElement().satisfies(n -> assertThat(n.detail()).isEqualTo(
                        "经核查计量报告，节能数据属实。"));

        // ---- published: in the showcase, counted in the provider's standing, every step audited
        SecurityContextHolder.clearContext();
        assertThat(selection.published(new SelectionViews.CaseFilter(year, null, null, null, null)))
                .extracting(SelectionViews.CaseCard::id).containsExactlyInAnyOrder(na, nc);
        // the search index holds the published cases (fed after the commit): words find them, for anyone
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!search.publicCases("VOCs 治理", 50).contains(nc) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        var found = search.publicCases("VOCs 治理", 50);
        assertThat(found).contains(nc);
        assertThat(selection.published(new SelectionViews.CaseFilter(year, null, null, null, found)))
                .extracting(SelectionViews.CaseCard::id).startsWith(nc);
        assertThat(selection.published(new SelectionViews.CaseFilter(year, null, null, null, List.of())))
                .isEmpty();
        // signed in, the global search finds the case among its kinds; the REST API's search does not (API.md)
        TestData.actAs(accounts, stranger);
        var request = new org.jigai.matching.SearchService.Request("VOCs 治理", null, Map.of(), 0, 50);
        assertThat(search.search(request).hits()).anyMatch(h -> h.type() == org.jigai.matching.SearchService.Type.CASE
                && h.id() == nc);
        assertThat(search.search(request, org.jigai.matching.SearchService.Type.API).hits())
                .noneMatch(h -> h.type() == org.jigai.matching.SearchService.Type.CASE);
        SecurityContextHolder.clearContext();
        assertThat(selection.story(na).inNotice()).isFalse();
        assertThat(published.byProvider()).containsEntry(providerOrg, 1L);
        // an expert who declares a conflict with an enterprise after scoring its case: the score stops counting
        TestData.actAs(accounts, "demo-bureau");
        var scoredC = row(reviews.board(callId), nc).pairs().stream().filter(x -> x.state() == ReviewState.SUBMITTED)
                .findFirst().orElseThrow();
        declare(accounts.findById(scoredC.expertId()).orElseThrow().username(), Set.of(), Set.of(fx.org(c)));
        TestData.actAs(accounts, "demo-bureau");
        var after = rank(reviews.ranking(callId), nc);
        assertThat(after.excluded()).isEqualTo(1);
        assertThat(after.totals()).hasSize(2);
        assertThat(row(reviews.board(callId), nc).pairs()).anyMatch(x -> x.expertId() == scoredC.expertId()
                && x.conflicted());
        TestData.actAs(accounts, "admin");
        for (String action : List.of("NOMINATION_SUBMIT", "NOMINATION_RETURN", "NOMINATION_PASS", "REVIEW_ABSTAIN",
                "REVIEW_SUBMIT", "REVIEW_REMOVE", "SELECTION_CALL_PUBLISH_NOTICE", "NOMINATION_SELECT",
                "NOMINATION_DECLINE", "SELECTION_OBJECTION_LODGED", "SELECTION_OBJECTION_HANDLED",
                "SELECTION_CALL_PUBLISH", "NOMINATION_PUBLISH")) {
            assertThat(audit.count(action)).as(action).isPositive();
        }
    }

    private long submitted(SelectionFixture fx, String user, long callId, String title, Long provider) {
        TestData.actAs(accounts, user);
        long id = selection.nominate(callId, null, null);
        selection.saveNomination(id, selection.details(id).version(), SelectionFixture.form(title, provider));
        selection.addFile(id, true, "现场.png", SelectionFixture.photo(), null);
        selection.take(id, NominationTransition.SUBMIT, null);
        return id;
    }

    private void declare(String expert, Set<Long> affiliations, Set<Long> conflicts) {
        TestData.actAs(accounts, expert);
        reviews.declare(reviews.myDeclaration().version(), affiliations, conflicts, null);
    }

    private static SelectionViews.BoardRow row(SelectionViews.AssignmentBoard board, long nomination) {
        return board.rows().stream().filter(r -> r.nomination().id() == nomination).findFirst().orElseThrow();
    }

    private static List<BoardPair> active(SelectionViews.BoardRow row) {
        return row.pairs().stream().filter(p -> p.state() == ReviewState.PENDING || p.state() == ReviewState.SUBMITTED)
                .toList();
    }

    private static SelectionViews.RankRow rank(SelectionViews.RankingView view, long nomination) {
        return view.rows().stream().filter(r -> r.nomination().id() == nomination).findFirst().orElseThrow();
    }
}
