package org.jigai.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jigai.AccessTables;
import org.jigai.AccessTables.Row;
import org.jigai.ApiClient;
import org.jigai.TestData;
import org.jigai.account.AccountService;
import org.jigai.base.Direction;
import org.jigai.base.Formats;
import org.jigai.base.Industry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Walks the project table of {@code docs/security.md}: for every state, every reader's view (read, list, may-do
 * flags) through the service and the REST API list, and every action tried and rolled back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ProjectAccessTableTest {

    static final Path DOC = Path.of("docs/security.md");
    static final List<String> ACTIONS = List.of("edit", "stage", "report", "need", "comment", "skip", "cadence");

    @Autowired ProjectService projects;
    @Autowired AccountService accounts;
    @Autowired TransactionTemplate transactions;
    @LocalServerPort int port;
    final LocalDate today = LocalDate.now(Formats.ZONE);

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void every_reader_sees_and_does_exactly_what_the_project_table_says() throws Exception {
        List<Row> rows = AccessTables.read(DOC, "project-table");
        assertThat(rows).hasSize(6);
        String enterprise = register(true);
        String provider = register(false);
        long providerId = TestData.actAs(accounts, provider).organizationId();
        Map<String, String> readers = new LinkedHashMap<>();
        readers.put("enterprise", enterprise);
        readers.put("other enterprise", register(true));
        readers.put("provider", provider);
        readers.put("other provider", register(false));
        readers.put("bureau", "demo-bureau");
        readers.put("admin", "admin");
        readers.put("expert", "demo-expert");
        var api = new ApiClient(port);
        Map<String, String> tokens = new HashMap<>();
        for (var reader : readers.entrySet()) {
            boolean demo = reader.getValue().startsWith("demo-") || reader.getValue().equals("admin");
            tokens.put(reader.getKey(), api.token(reader.getValue(), demo ? "Demo-2026!" : TestData.PASSWORD));
        }
        for (Row row : rows) {
            long id = projectIn(row.state(), enterprise, providerId);
            for (var reader : readers.entrySet()) {
                String where = row.state() + " / " + reader.getKey();
                Set<String> allowed = row.allowed().get(reader.getKey());
                checkService(id, reader.getValue(), allowed, where);
                checkApi(api, id, tokens.get(reader.getKey()), allowed, where);
            }
        }
    }

    private void checkService(long id, String user, Set<String> allowed, String where) {
        TestData.actAs(accounts, user);
        boolean read = AccessTables.succeeds(() -> projects.details(id));
        assertThat(read).as(where + ": read").isEqualTo(allowed.contains("read"));
        assertThat(AccessTables.succeeds(() -> projects.periods(id)) && AccessTables.succeeds(() -> projects.timeline(id)))
                .as(where + ": periods and timeline").isEqualTo(allowed.contains("read"));
        assertThat(listed(id)).as(where + ": list").isEqualTo(allowed.contains("list"));
        if (read) {
            var d = projects.details(id);
            Map<String, Boolean> flags = new java.util.TreeMap<>(Map.of("edit", d.mayEdit(), "stage", !d.may().isEmpty(),
                    "report", d.mayReport(), "need", d.mayMakeNeeds(), "comment", d.maySchedule()));
            Map<String, Boolean> expected = new java.util.TreeMap<>();
            flags.keySet().forEach(a -> expected.put(a, allowed.contains(a)));
            assertThat(flags).as(where + ": flags").isEqualTo(expected);
        }
        for (String action : ACTIONS) {
            boolean done = AccessTables.triedAndRolledBack(transactions, () -> {
                switch (action) {
                    case "edit" -> {
                        var d = projects.details(id);
                        var f = d.toForm();
                        projects.update(id, d.version(), new ProjectForm(f.name() + "（修订）", f.industry(),
                                f.directions(), f.region(), f.totalInvestmentWan(), f.equipmentInvestmentWan(),
                                f.plannedStart(), f.plannedCompletion(), f.plannedProduction(), f.filingNumber(),
                                f.description(), f.results(), f.providerIds()));
                    }
                    case "stage" -> {
                        var may = projects.details(id).may();
                        var t = may.isEmpty() ? ProjectTransition.SUSPEND : may.iterator().next();
                        projects.take(id, t, t.dated() ? today : null, "试暂停");
                    }
                    case "report" -> projects.saveReport(id, today.withDayOfMonth(1),
                            new ReportForm(60, new BigDecimal("400"), null, List.of(), "试更正"), false);
                    case "need" -> {
                        var report = projects.periods(id).stream().map(PeriodView::latest)
                                .filter(r -> r != null && !r.problems().isEmpty()).findFirst().orElseThrow();
                        projects.problemToNeed(report.id(), 0);
                    }
                    case "comment" -> projects.comment(id, "请补充设备到货情况");
                    case "skip" -> projects.skip(id, today.withDayOfMonth(1), "试免报");
                    case "cadence" -> projects.setCadence(id, today.getYear() + 1,
                            org.jigai.project.Cadence.QUARTERLY, 15);
                    default -> throw new IllegalStateException(action);
                }
            });
            assertThat(done).as(where + ": " + action).isEqualTo(allowed.contains(action));
        }
    }

    private boolean listed(long id) {
        for (int page = 0; ; page++) {
            var found = projects.list(LibraryFilter.ALL, PageRequest.of(page, 100));
            if (found.getContent().stream().anyMatch(p -> p.id() == id)) {
                return true;
            }
            if (!found.hasNext()) {
                return false;
            }
        }
    }

    private void checkApi(ApiClient api, long id, String token, Set<String> allowed, String where) throws Exception {
        boolean listed = false;
        for (int page = 0; !listed; page++) {
            var response = api.call("GET", "/api/v1/projects?size=100&page=" + page, token, null);
            assertThat(response.statusCode()).as(where + ": API status").isEqualTo(200);
            JsonNode body = ApiClient.JSON.readTree(response.body());
            for (JsonNode p : body.get("content")) {
                listed |= p.get("id").asLong() == id;
            }
            if (body.get("content").size() < 100) {
                break;
            }
        }
        assertThat(listed).as(where + ": API list").isEqualTo(allowed.contains("list"));
    }

    /**
     * A fresh project of the enterprise with the provider on it, registered last month with last month's report filed
     * (with a problem, so that "need" can be tried) and this month's open, brought into the state of the row.
     */
    private long projectIn(String state, String enterprise, long providerId) {
        TestData.actAs(accounts, enterprise);
        long id = projects.create(new ProjectForm("表内项目 " + state, Industry.MACHINERY, EnumSet.of(Direction.SMART),
                "370281", new BigDecimal("1500"), new BigDecimal("700"), today.minusMonths(1), today, today, null, null,
                List.of(), Set.of()), null);
        // the provider works on the project (named as the engagement it came from would name it)
        jdbc.update("insert into project_provider (project_id, provider_id) values (?, ?)", id, providerId);
        jdbc.update("update project set created_at = ? where id = ?", java.sql.Timestamp.from(
                today.minusMonths(1).withDayOfMonth(1).atTime(10, 0).atZone(Formats.ZONE).toInstant()), id);
        projects.saveReport(id, today.minusMonths(1).withDayOfMonth(1), new ReportForm(10, new BigDecimal("100"), null,
                List.of(new Problem(ProblemKind.FINANCING, "设备款缺口", null)), null), true);
        switch (state) {
            case "planned" -> { }
            case "under construction" -> projects.take(id, ProjectTransition.START, today, null);
            case "completed" -> {
                projects.take(id, ProjectTransition.START, today, null);
                projects.take(id, ProjectTransition.COMPLETE, today, null);
            }
            case "suspended" -> projects.take(id, ProjectTransition.SUSPEND, null, "资金未到位");
            case "in production, a report missing", "in production, all reports filed" -> {
                projects.take(id, ProjectTransition.START, today, null);
                projects.take(id, ProjectTransition.COMPLETE, today, null);
                projects.take(id, ProjectTransition.START_PRODUCTION, today, null);
                if (state.endsWith("filed")) {
                    projects.saveReport(id, today.withDayOfMonth(1), new ReportForm(100, new BigDecimal("1500"), null,
                            List.of(), null), true);
                }
            }
            default -> throw new IllegalArgumentException(state);
        }
        return id;
    }

    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired org.jigai.provider.ProviderService providers;

    private String register(boolean enterprise) {
        String user = TestData.username(enterprise ? "pacl-ent" : "pacl-prov");
        accounts.register(enterprise ? TestData.enterprise(user) : TestData.provider(user));
        return user;
    }

}
