package org.jigai;

import org.jigai.AccessTables.Row;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.jigai.account.AccountService;
import org.jigai.base.Direction;
import org.jigai.base.Industry;
import org.jigai.base.InvalidInputException;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Walks the access table of {@code docs/security.md} for every role against every state: through the services (the
 * may-do flags, and each action actually tried and rolled back), the REST API (lists and matches) and the search API.
 * The table is read from the document, so the document, the policies and this test cannot drift apart.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AccessPolicyTableTest {

    static final Path DOC = Path.of("docs/security.md");
    static final List<String> NEED_ACTIONS = List.of("edit", "publish", "renew", "close", "moderate", "resubmit");
    static final List<String> SOLUTION_ACTIONS = List.of("edit", "publish", "archive", "moderate", "resubmit");


    @Autowired AccountService accounts;
    @Autowired NeedService needs;
    @Autowired SolutionService solutions;
    @Autowired ProviderService providers;
    @Autowired org.jigai.pool.PoolService pool;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;
    @LocalServerPort int port;

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    static List<Row> table() throws IOException {
        return AccessTables.read(DOC, "access-table");
    }

    @Test
    void every_role_reads_and_does_exactly_what_the_table_in_security_md_says() throws Exception {
        List<Row> rows = table();
        assertThat(rows).extracting(Row::record).contains("need", "solution", "provider profile");

        String enterprise = register(true);
        String otherEnterprise = register(true);
        String provider = register(false);
        String otherProvider = register(false);
        String poolMember = register(false);
        long memberId = TestData.actAs(accounts, poolMember).organizationId();
        TestData.actAs(accounts, "demo-bureau");
        var thisYear = pool.currentYear().orElseThrow(); // the demo data's pool of this year
        pool.enrol(thisYear.id(), memberId, thisYear.categories().getFirst(), null, java.time.Instant.now());
        Map<String, String> needReaders = readers(enterprise, otherEnterprise, provider, poolMember);
        Map<String, String> solutionReaders = readers(provider, otherEnterprise, otherProvider, poolMember);

        var api = new ApiClient(port);
        Map<String, String> tokens = new LinkedHashMap<>();
        for (String user : Set.of(enterprise, otherEnterprise, provider, otherProvider, poolMember)) {
            tokens.put(user, api.token(user, TestData.PASSWORD));
        }
        for (String user : List.of("demo-bureau", "admin", "demo-expert")) {
            tokens.put(user, api.token(user, "Demo-2026!"));
        }

        List<Runnable> searchChecks = new ArrayList<>();
        for (Row row : rows) {
            String word = word();
            switch (row.record()) {
                case "need" -> {
                    long id = need(row.state(), word, enterprise);
                    for (var column : needReaders.entrySet()) {
                        Set<String> allowed = row.allowed().get(column.getKey());
                        String user = column.getValue();
                        String where = row.record() + " / " + row.state() + " / " + column.getKey();
                        checkNeedService(id, user, allowed, where);
                        checkApi("/api/v1/needs", id, "/api/v1/needs/" + id + "/matches", tokens.get(user), allowed, where);
                        searchChecks.add(() -> checkSearch(word, "need", id, tokens.get(user), allowed, where));
                    }
                }
                case "solution" -> {
                    long id = solution(row.state(), word, provider);
                    for (var column : solutionReaders.entrySet()) {
                        Set<String> allowed = row.allowed().get(column.getKey());
                        String user = column.getValue();
                        String where = row.record() + " / " + row.state() + " / " + column.getKey();
                        checkSolutionService(id, user, allowed, where);
                        checkApi("/api/v1/solutions", id, "/api/v1/solutions/" + id + "/matches", tokens.get(user),
                                allowed, where);
                        searchChecks.add(() -> checkSearch(word, "solution", id, tokens.get(user), allowed, where));
                    }
                }
                case "provider profile" -> {
                    String profileOwner = register(false);
                    tokens.put(profileOwner, api.token(profileOwner, TestData.PASSWORD));
                    long id = profile(word, profileOwner);
                    if (row.state().equals("hidden by the bureau")) {
                        TestData.actAs(accounts, "demo-bureau");
                        providers.hide(id, "测试隐藏");
                    }
                    var profileReaders = readers(profileOwner, otherEnterprise, otherProvider, poolMember);
                    for (var column : profileReaders.entrySet()) {
                        Set<String> allowed = row.allowed().get(column.getKey());
                        String where = row.record() + " / " + row.state() + " / " + column.getKey();
                        TestData.actAs(accounts, column.getValue());
                        boolean read = succeeds(() -> providers.details(id));
                        assertThat(read).as(where + ": read").isEqualTo(allowed.contains("read"));
                        if (read) {
                            var details = providers.details(id);
                            assertThat(details.mine()).as(where + ": edit").isEqualTo(allowed.contains("edit"));
                            assertThat(details.contactMobile() != null).as(where + ": contacts")
                                    .isEqualTo(allowed.contains("contacts"));
                            assertThat(details.mayModerate()).as(where + ": moderate")
                                    .isEqualTo(allowed.contains("moderate"));
                            assertThat(details.mayResubmit()).as(where + ": resubmit")
                                    .isEqualTo(allowed.contains("resubmit"));
                        }
                        searchChecks.add(() -> checkSearch(word, "organization", id, tokens.get(column.getValue()),
                                allowed, where));
                    }
                }
                default -> throw new IllegalStateException("unknown record in the table: " + row.record());
            }
        }
        SecurityContextHolder.clearContext();
        // The index follows the database through events after commit: wait until it has caught up.
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> searchChecks.forEach(Runnable::run));
    }

    private Map<String, String> readers(String owner, String otherEnterprise, String otherProvider,
            String poolMember) {
        Map<String, String> readers = new LinkedHashMap<>();
        readers.put("owner", owner);
        readers.put("other enterprise", otherEnterprise);
        readers.put("other provider", otherProvider);
        readers.put("pool member", poolMember);
        readers.put("bureau", "demo-bureau");
        readers.put("admin", "admin");
        readers.put("expert", "demo-expert");
        return readers;
    }

    // ------------------------------------------------------------------ records in each state of the table

    private long need(String state, String word, String owner) {
        TestData.actAs(accounts, owner);
        var form = needForm(word, state.contains("pool") ? Visibility.POOL_MEMBERS : Visibility.ALL_PROVIDERS);
        long id = needs.create(form, !state.equals("draft") && !state.equals("closed before publication"));
        switch (state) {
            case "draft", "published", "published, pool members only" -> { }
            case "hidden by the bureau", "hidden, resubmitted" -> {
                TestData.actAs(accounts, "demo-bureau");
                needs.hide(id, "测试隐藏");
                if (state.equals("hidden, resubmitted")) {
                    TestData.actAs(accounts, owner);
                    needs.resubmit(id);
                }
            }
            case "expired" -> {
                jdbc.update("UPDATE need SET expires_at = ? WHERE id = ?",
                        java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60)), id);
                needs.expireOverdue();
            }
            case "closed", "closed before publication" -> needs.close(id, "测试关闭");
            default -> throw new IllegalStateException("unknown need state in the table: " + state);
        }
        return id;
    }

    private long solution(String state, String word, String owner) {
        TestData.actAs(accounts, owner);
        long id = solutions.create(solutionForm(word), !state.equals("draft"));
        switch (state) {
            case "draft", "published" -> { }
            case "archived" -> solutions.archive(id);
            case "hidden by the bureau", "hidden, resubmitted" -> {
                TestData.actAs(accounts, "demo-bureau");
                solutions.hide(id, "测试隐藏");
                if (state.equals("hidden, resubmitted")) {
                    TestData.actAs(accounts, owner);
                    solutions.resubmit(id);
                }
            }
            default -> throw new IllegalStateException("unknown solution state in the table: " + state);
        }
        return id;
    }

    private long profile(String word, String owner) {
        var me = TestData.actAs(accounts, owner);
        providers.save(providers.mine().version(), new ProfileForm("访问表测试档案 " + word, 20, 2015,
                EnumSet.of(ServiceCategory.TECH_APPLICATION), EnumSet.of(Industry.MACHINERY), Set.of("370211"),
                List.of(), List.of(), "孙丽", "15066778899", "sunli@example.cn"));
        return me.organizationId();
    }

    // ------------------------------------------------------------------ the three ways in

    private void checkNeedService(long id, String user, Set<String> allowed, String where) {
        TestData.actAs(accounts, user);
        boolean read = succeeds(() -> needs.details(id));
        assertThat(read).as(where + ": read").isEqualTo(allowed.contains("read"));
        if (read) {
            var n = needs.details(id);
            assertThat(Map.of("edit", n.mayEdit(), "publish", n.mayPublish(), "renew", n.mayRenew(), "close",
                    n.mayClose(), "moderate", n.mayModerate(), "match", n.mayMatch(), "resubmit", n.mayResubmit()))
                    .as(where + ": flags").isEqualTo(expected(allowed, "edit", "publish", "renew", "close", "moderate",
                            "match", "resubmit"));
        }
        for (String action : NEED_ACTIONS) {
            boolean done = triedAndRolledBack(() -> {
                switch (action) {
                    case "edit" -> needs.update(id, versionOfNeed(id), needForm("改", Visibility.ALL_PROVIDERS));
                    case "publish" -> needs.publish(id);
                    case "renew" -> needs.renew(id);
                    case "close" -> needs.close(id, "试关闭");
                    case "moderate" -> needs.hide(id, "试隐藏");
                    case "resubmit" -> needs.resubmit(id);
                    default -> throw new IllegalStateException(action);
                }
            });
            assertThat(done).as(where + ": " + action).isEqualTo(allowed.contains(action));
        }
    }

    private void checkSolutionService(long id, String user, Set<String> allowed, String where) {
        TestData.actAs(accounts, user);
        boolean read = succeeds(() -> solutions.details(id));
        assertThat(read).as(where + ": read").isEqualTo(allowed.contains("read"));
        if (read) {
            var s = solutions.details(id);
            assertThat(Map.of("edit", s.mine(), "publish", s.mayPublish(), "archive", s.mayArchive(), "moderate",
                    s.mayModerate(), "resubmit", s.mayResubmit()))
                    .as(where + ": flags").isEqualTo(expected(allowed, "edit", "publish", "archive", "moderate", "resubmit"));
        }
        for (String action : SOLUTION_ACTIONS) {
            boolean done = triedAndRolledBack(() -> {
                switch (action) {
                    case "edit" -> solutions.update(id, versionOfSolution(id), solutionForm("改"));
                    case "publish" -> solutions.publish(id);
                    case "archive" -> solutions.archive(id);
                    case "moderate" -> solutions.hide(id, "试隐藏");
                    case "resubmit" -> solutions.resubmit(id);
                    default -> throw new IllegalStateException(action);
                }
            });
            assertThat(done).as(where + ": " + action).isEqualTo(allowed.contains(action));
        }
    }

    private void checkApi(String list, long id, String matches, String token, Set<String> allowed, String where) {
        try {
            var api = new ApiClient(port);
            assertThat(listed(api, list, id, token)).as(where + ": API list").isEqualTo(allowed.contains("read"));
            var response = api.call("GET", matches, token, null);
            assertThat(response.statusCode()).as(where + ": API matches " + response.body())
                    .isEqualTo(allowed.contains("match") ? 200 : 404);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void checkSearch(String word, String type, long id, String token, Set<String> allowed, String where) {
        try {
            var response = new ApiClient(port).call("GET", "/api/v1/search?type=" + type + "&q=" + word, token, null);
            assertThat(response.statusCode()).as(where + ": search " + response.body()).isEqualTo(200);
            Set<Long> found = new HashSet<>();
            ApiClient.JSON.readTree(response.body()).get("content").forEach(h -> found.add(h.get("id").asLong()));
            assertThat(found.contains(id)).as(where + ": search").isEqualTo(allowed.contains("search"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean listed(ApiClient api, String list, long id, String token) throws Exception {
        for (int page = 0; ; page++) {
            var response = api.call("GET", list + "?size=100&page=" + page, token, null);
            assertThat(response.statusCode()).as(list + " " + response.body()).isEqualTo(200);
            JsonNode body = ApiClient.JSON.readTree(response.body());
            for (JsonNode item : body.get("content")) {
                if (item.get("id").asLong() == id) {
                    return true;
                }
            }
            if ((long) (page + 1) * 100 >= body.get("totalElements").asLong()) {
                return false;
            }
        }
    }

    // ------------------------------------------------------------------ helpers

    private boolean triedAndRolledBack(Runnable action) {
        Boolean done = transactions.execute(status -> {
            status.setRollbackOnly();
            try {
                action.run();
                return true;
            } catch (NoSuchElementException | AccessDeniedException | InvalidInputException refused) {
                return false;
            }
        });
        return Boolean.TRUE.equals(done);
    }

    private long versionOfNeed(long id) {
        try {
            return needs.details(id).version();
        } catch (NoSuchElementException | AccessDeniedException unreadable) {
            return 0;
        }
    }

    private long versionOfSolution(long id) {
        try {
            return solutions.details(id).version();
        } catch (NoSuchElementException | AccessDeniedException unreadable) {
            return 0;
        }
    }

    private static boolean succeeds(Supplier<?> read) {
        try {
            read.get();
            return true;
        } catch (NoSuchElementException | AccessDeniedException refused) {
            return false;
        }
    }

    private static Map<String, Boolean> expected(Set<String> allowed, String... actions) {
        Map<String, Boolean> expected = new java.util.HashMap<>();
        for (String a : actions) {
            expected.put(a, allowed.contains(a));
        }
        return expected;
    }

    private String register(boolean enterprise) {
        String user = TestData.username(enterprise ? "acl-ent" : "acl-prov");
        accounts.register(enterprise ? TestData.enterprise(user) : TestData.provider(user));
        return user;
    }

    /** A word of Latin letters that no other record contains, so that a search for it finds only one record. */
    private static String word() {
        var random = ThreadLocalRandom.current();
        var word = new StringBuilder("acl");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    private static NeedForm needForm(String word, Visibility visibility) {
        return new NeedForm("访问表测试需求 " + word, "冲压车间设备更新，访问规则测试用需求 " + word + "。", Industry.MACHINERY,
                EnumSet.of(Direction.EQUIPMENT_RENEWAL), "370281", new BigDecimal("100"), new BigDecimal("200"), null,
                null, visibility, ContactPreference.PLATFORM);
    }

    private static SolutionForm solutionForm(String word) {
        return new SolutionForm("访问表测试方案 " + word, "伺服压力机改造方案，访问规则测试用 " + word + "。",
                EnumSet.of(ServiceCategory.TECH_APPLICATION), EnumSet.of(Industry.MACHINERY),
                EnumSet.of(Direction.EQUIPMENT_RENEWAL), null, null, null, null, null);
    }
}
