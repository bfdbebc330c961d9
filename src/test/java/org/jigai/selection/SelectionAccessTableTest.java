package org.jigai.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jigai.AccessTables;
import org.jigai.AccessTables.Row;
import org.jigai.MovableClock;
import org.jigai.TestData;
import org.jigai.account.AccountService;
import org.jigai.base.Formats;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Walks the selection table of {@code docs/security.md}: for every nomination state, every reader's view (the page,
 * its lists, the public story, the may-do flags) through the services, and every action tried and rolled back. The
 * nominations live in three calls of their own (one taking nominations, one in review, one in notice) and in the demo
 * data's published selection.
 */
@SpringBootTest
@ActiveProfiles("test")
class SelectionAccessTableTest {

    static final List<String> ACTIONS = List.of("edit", "submit", "withdraw", "pass", "return", "drop", "object",
            "review", "score");

    @Autowired SelectionService selection;
    @Autowired ReviewService reviews;
    @Autowired AccountService accounts;
    @Autowired TransactionTemplate transactions;
    @Autowired MovableClock clock;

    /** One nomination of the table and who is who for it. */
    record Case(long id, String enterprise, String provider, String expert, Long assignment) {}

    @AfterEach
    void reset() {
        clock.reset();
        SecurityContextHolder.clearContext();
    }

    @Test
    void every_reader_sees_and_does_exactly_what_the_selection_table_says() throws Exception {
        List<Row> rows = AccessTables.read(Path.of("docs/security.md"), "selection-table");
        assertThat(rows).hasSize(9);
        var fx = new SelectionFixture(accounts);
        LocalDate today = LocalDate.now(Formats.ZONE);
        Map<String, Case> cases = new LinkedHashMap<>();

        // a call taking nominations, and two going into review the next day
        TestData.actAs(accounts, "demo-bureau");
        long open = selection.saveCall(null, 0, SelectionFixture.call(today.getYear() - 2, today, today.plusDays(30)));
        long reviewing = selection.saveCall(null, 0, SelectionFixture.call(today.getYear() - 3, today, today));
        long notice = selection.saveCall(null, 0, SelectionFixture.call(today.getYear() - 4, today, today));
        for (long call : List.of(open, reviewing, notice)) {
            selection.takeCall(call, CallTransition.OPEN);
        }
        for (String state : List.of("draft", "submitted", "returned", "passed", "withdrawn")) {
            cases.put(state, nominated(fx, open, state));
        }
        var inReview = nominated(fx, reviewing, "passed");
        var selected = nominated(fx, notice, "passed");
        var declined = nominated(fx, notice, "passed");
        clock.shift(Duration.ofDays(1));
        TestData.actAs(accounts, "demo-bureau");
        selection.takeCall(reviewing, CallTransition.START_REVIEW);
        selection.takeCall(notice, CallTransition.START_REVIEW);
        reviews.propose(reviewing);
        reviews.propose(notice);
        cases.put("in review", assigned(inReview));
        // the call in notice: every expert scores, the bureau selects one of the two
        for (var row : reviews.board(notice).rows()) {
            for (var pair : row.pairs()) {
                TestData.actAs(accounts, accounts.findById(pair.expertId()).orElseThrow().username());
                reviews.submit(pair.assignmentId(), reviews.review(pair.assignmentId()).version(),
                        row.nomination().id() == selected.id() ? List.of(9, 9, 9, 9) : List.of(5, 5, 5, 5),
                        List.of("很好", "好好", "可以", "合理"), "表内评审意见");
            }
        }
        TestData.actAs(accounts, "demo-bureau");
        reviews.publishNotice(notice, Set.of(selected.id()), Map.of(declined.id(), "表内：只选一个"));
        cases.put("selected", assigned(selected));
        cases.put("not selected", assigned(declined));
        cases.put("published", published());

        String otherEnterprise = fx.enterprise();
        String otherProvider = fx.provider();
        String otherExpert = fx.experts(1).getFirst();
        for (Row row : rows) {
            Case c = cases.get(row.state());
            Map<String, String> readers = new LinkedHashMap<>();
            readers.put("enterprise", c.enterprise());
            readers.put("provider", c.provider());
            readers.put("other enterprise", otherEnterprise);
            readers.put("other provider", otherProvider);
            readers.put("bureau", "demo-bureau");
            readers.put("admin", "admin");
            readers.put("expert", c.expert());
            readers.put("other expert", otherExpert);
            readers.put("anyone", null);
            for (var reader : readers.entrySet()) {
                check(c, reader.getValue(), row.allowed().get(reader.getKey()), row.state() + " / " + reader.getKey());
            }
        }
    }

    private void check(Case c, String user, Set<String> allowed, String where) {
        if (user == null) {
            SecurityContextHolder.clearContext();
        } else {
            TestData.actAs(accounts, user);
        }
        boolean read = AccessTables.succeeds(() -> selection.details(c.id()));
        assertThat(read).as(where + ": read").isEqualTo(allowed.contains("read"));
        assertThat(listed(c)).as(where + ": list").isEqualTo(allowed.contains("list"));
        assertThat(AccessTables.succeeds(() -> selection.story(c.id()))).as(where + ": story")
                .isEqualTo(allowed.contains("story"));
        if (read) {
            var d = selection.details(c.id());
            assertThat(d.mayEdit()).as(where + ": edit flag").isEqualTo(allowed.contains("edit"));
            for (NominationTransition t : List.of(NominationTransition.SUBMIT, NominationTransition.WITHDRAW,
                    NominationTransition.PASS, NominationTransition.RETURN, NominationTransition.DROP)) {
                assertThat(d.may().contains(t)).as(where + ": " + t + " flag")
                        .isEqualTo(allowed.contains(t.name().toLowerCase(Locale.ROOT)));
            }
        }
        for (String action : ACTIONS) {
            boolean done = AccessTables.triedAndRolledBack(transactions, () -> act(c, action));
            assertThat(done).as(where + ": " + action).isEqualTo(allowed.contains(action));
        }
    }

    private void act(Case c, String action) {
        switch (action) {
            case "edit" -> selection.saveNomination(c.id(), selection.details(c.id()).version(),
                    SelectionFixture.form("表内修改", null));
            case "object" -> selection.lodge(c.id(), "表内提出的异议，说明事实和依据。");
            case "review" -> {
                if (c.assignment() == null) {
                    throw new IllegalStateException("no assignment");
                }
                reviews.review(c.assignment());
            }
            case "score" -> {
                if (c.assignment() == null) {
                    throw new IllegalStateException("no assignment");
                }
                reviews.submit(c.assignment(), reviews.review(c.assignment()).version(), List.of(7, 7, 7, 7),
                        List.of("很好", "好好", "可以", "合理"), "表内评审意见");
            }
            default -> {
                var t = NominationTransition.valueOf(action.toUpperCase(Locale.ROOT));
                selection.take(c.id(), t, t.reasoned() ? "表内的理由说明" : null);
            }
        }
    }

    /** In the reader's own list: its nominations, the call's (staff), or its reviews (experts). */
    private boolean listed(Case c) {
        var me = org.jigai.account.AccountPrincipal.current().orElse(null);
        if (me == null) {
            return false;
        }
        if (me.has(org.jigai.account.Role.EXPERT)) {
            return reviews.myReviews().stream().anyMatch(r -> r.nominationId() == c.id());
        }
        if (SelectionAccess.staff(me)) {
            long call = selection.calls().stream().filter(x -> AccessTables.succeeds(() -> {
                if (selection.ofCall(x.id()).stream().noneMatch(n -> n.id() == c.id())) {
                    throw new IllegalStateException();
                }
            })).count();
            return call > 0;
        }
        return selection.mine().stream().anyMatch(n -> n.id() == c.id());
    }

    private Case nominated(SelectionFixture fx, long call, String state) {
        String enterprise = fx.enterprise();
        String provider = fx.provider();
        TestData.actAs(accounts, enterprise);
        long id = selection.nominate(call, null, null);
        selection.saveNomination(id, selection.details(id).version(), SelectionFixture.form("表内案例",
                fx.org(provider)));
        selection.addFile(id, true, "现场.png", SelectionFixture.photo(), null);
        if (!state.equals("draft")) {
            selection.take(id, NominationTransition.SUBMIT, null);
            TestData.actAs(accounts, "demo-bureau");
            switch (state) {
                case "returned" -> selection.take(id, NominationTransition.RETURN, "请补充数据");
                case "passed" -> selection.take(id, NominationTransition.PASS, null);
                case "withdrawn" -> {
                    TestData.actAs(accounts, enterprise);
                    selection.take(id, NominationTransition.WITHDRAW, null);
                }
                default -> { }
            }
        }
        return new Case(id, enterprise, provider, "demo-expert", null);
    }

    /** The same case with one of its assigned experts (one still to score when the call is in review). */
    private Case assigned(Case c) {
        TestData.actAs(accounts, "demo-bureau");
        var call = selection.details(c.id()).call().id();
        // an expert who is nothing else (other tests may give staff accounts more than one role)
        var pair = reviews.board(call).rows().stream().filter(r -> r.nomination().id() == c.id()).findFirst()
                .orElseThrow().pairs().stream().filter(p -> accounts.findById(p.expertId()).orElseThrow().roles()
                        .equals(Set.of(org.jigai.account.Role.EXPERT))).findFirst().orElseThrow();
        return new Case(c.id(), c.enterprise(), c.provider(), accounts.findById(pair.expertId()).orElseThrow()
                .username(), pair.assignmentId());
    }

    /** One of the demo's published cases of demo-enterprise, with the demo provider it names. */
    private Case published() {
        TestData.actAs(accounts, "demo-enterprise");
        var n = selection.mine().stream().filter(x -> x.state() == NominationState.PUBLISHED && x.providerId() != null)
                .findFirst().orElseThrow();
        String provider = List.of("demo-provider", "demo-energy", "demo-finance").stream()
                .filter(u -> accounts.findLogin(u).orElseThrow().organizationId().equals(n.providerId()))
                .findFirst().orElseThrow();
        return new Case(n.id(), "demo-enterprise", provider, "demo-expert", null);
    }
}
