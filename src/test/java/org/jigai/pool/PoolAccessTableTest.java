package org.jigai.pool;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jigai.AccessTables;
import org.jigai.AccessTables.Row;
import org.jigai.TestData;
import org.jigai.account.AccountService;
import org.jigai.base.Industry;
import org.jigai.base.ServiceCategory;
import org.jigai.provider.ProfileForm;
import org.jigai.provider.ProviderService;
import org.jigai.provider.ReferenceProject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Walks the pool table of {@code docs/security.md}: for every application state, every reader's view (read, list,
 * may-do flags) through the service, and every action tried and rolled back. The applications are made on the pool
 * year the demo data keeps open for applications.
 */
@SpringBootTest
@ActiveProfiles("test")
class PoolAccessTableTest {

    static final List<String> ACTIONS = List.of("edit", "submit", "withdraw", "reopen", "approve", "return", "reject",
            "remove");

    @Autowired PoolService pool;
    @Autowired ProviderService providers;
    @Autowired AccountService accounts;
    @Autowired TransactionTemplate transactions;

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void every_reader_sees_and_does_exactly_what_the_pool_table_says() throws Exception {
        List<Row> rows = AccessTables.read(Path.of("docs/security.md"), "pool-table");
        assertThat(rows).hasSize(8);
        TestData.actAs(accounts, "demo-bureau");
        PoolYearView open = pool.openYears().getFirst();
        Map<String, String> readers = new LinkedHashMap<>();
        readers.put("provider", null);
        readers.put("other provider", provider());
        readers.put("enterprise", enterprise());
        readers.put("bureau", "demo-bureau");
        readers.put("admin", "admin");
        readers.put("expert", "demo-expert");
        for (Row row : rows) {
            String owner = provider();
            readers.put("provider", owner);
            long id = applicationIn(row.state(), owner, open);
            for (var reader : readers.entrySet()) {
                String where = row.state() + " / " + reader.getKey();
                check(id, reader.getValue(), row.allowed().get(reader.getKey()), where);
            }
        }
    }

    private void check(long id, String user, Set<String> allowed, String where) {
        TestData.actAs(accounts, user);
        boolean read = AccessTables.succeeds(() -> pool.details(id));
        assertThat(read).as(where + ": read").isEqualTo(allowed.contains("read"));
        assertThat(listed(id)).as(where + ": list").isEqualTo(allowed.contains("list"));
        if (read) {
            var d = pool.details(id);
            assertThat(d.mayEdit()).as(where + ": edit flag").isEqualTo(allowed.contains("edit"));
            for (PoolTransition t : PoolTransition.values()) {
                assertThat(d.transitions().contains(t)).as(where + ": " + t + " flag")
                        .isEqualTo(allowed.contains(t.name().toLowerCase(java.util.Locale.ROOT)));
            }
        }
        for (String action : ACTIONS) {
            boolean done = AccessTables.triedAndRolledBack(transactions, () -> {
                if (action.equals("edit")) {
                    var d = pool.details(id);
                    pool.edit(id, d.version(), new ApplicationForm("表内修改的申请说明，说明服务能力与业绩情况。", List.of(),
                            List.of(0)));
                } else {
                    var t = PoolTransition.valueOf(action.toUpperCase(java.util.Locale.ROOT));
                    pool.take(id, t, t.reasoned() ? "表内理由" : null);
                }
            });
            assertThat(done).as(where + ": " + action).isEqualTo(allowed.contains(action));
        }
    }

    private boolean listed(long id) {
        for (int page = 0; ; page++) {
            var found = pool.list(ReviewFilter.ANY, PageRequest.of(page, 100));
            if (found.getContent().stream().anyMatch(a -> a.id() == id)) {
                return true;
            }
            if (!found.hasNext()) {
                return false;
            }
        }
    }

    /** A fresh provider with a profile that has a reference project. */
    private String provider() {
        String username = TestData.username("pool");
        accounts.register(TestData.provider(username));
        TestData.actAs(accounts, username);
        providers.save(-1, new ProfileForm("表内服务商", 20, 2015, Set.of(ServiceCategory.DIAGNOSIS),
                Set.of(Industry.MACHINERY), Set.of("370200"), List.of(),
                List.of(new ReferenceProject("某机械企业节能诊断", Industry.MACHINERY, 2025, "节能 12%")), null, null, null));
        return username;
    }

    private String enterprise() {
        String username = TestData.username("poolent");
        accounts.register(TestData.enterprise(username));
        return username;
    }

    private long applicationIn(String state, String owner, PoolYearView open) {
        TestData.actAs(accounts, owner);
        long id = pool.apply(open.id(), ServiceCategory.DIAGNOSIS);
        pool.edit(id, pool.details(id).version(), new ApplicationForm("我们为机械企业提供节能诊断与能源审计服务，团队二十人。",
                List.of(), List.of(0)));
        switch (state) {
            case "draft" -> { }
            case "withdrawn before submission" -> pool.take(id, PoolTransition.WITHDRAW, null);
            default -> {
                pool.take(id, PoolTransition.SUBMIT, null);
                switch (state) {
                    case "submitted" -> { }
                    case "withdrawn after submission" -> pool.take(id, PoolTransition.WITHDRAW, null);
                    default -> {
                        TestData.actAs(accounts, "demo-bureau");
                        switch (state) {
                            case "returned" -> pool.take(id, PoolTransition.RETURN, "请补充业绩");
                            case "approved" -> pool.take(id, PoolTransition.APPROVE, null);
                            case "rejected" -> pool.take(id, PoolTransition.REJECT, "业绩不足");
                            case "removed" -> {
                                pool.take(id, PoolTransition.APPROVE, null);
                                pool.take(id, PoolTransition.REMOVE, "信用问题");
                            }
                            default -> throw new IllegalArgumentException(state);
                        }
                    }
                }
            }
        }
        return id;
    }
}
