package org.jigai.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
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
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/** {@code GET /api/v1/projects} and {@code POST /api/v1/projects/import}: scope, fields, upserts, per-record errors. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ProjectApiTest {

    @LocalServerPort int port;
    @Autowired AccountService accounts;
    @Autowired ProjectService projects;
    final LocalDate today = LocalDate.now(Formats.ZONE);

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void an_enterprise_lists_its_own_projects_and_staff_list_all() throws Exception {
        String user = TestData.username("api-proj");
        accounts.register(TestData.enterprise(user));
        TestData.actAs(accounts, user);
        long id = projects.create(new ProjectForm("接口项目", Industry.FOOD, EnumSet.of(Direction.GREEN), "370283",
                new BigDecimal("1000.00"), new BigDecimal("300"), today, today.plusMonths(3), today.plusMonths(4), null,
                null, List.of(), Set.of()), null);
        var api = new ApiClient(port);
        String mine = api.token(user, TestData.PASSWORD);
        JsonNode page = ApiClient.JSON.readTree(api.call("GET", "/api/v1/projects", mine, null).body());
        assertThat(page.get("totalElements").asLong()).isEqualTo(1);
        JsonNode p = page.get("content").get(0);
        assertThat(p.get("id").asLong()).isEqualTo(id);
        assertThat(p.get("ref").asString()).startsWith("XM");
        assertThat(p.get("stage").asString()).isEqualTo("PLANNED");
        assertThat(p.get("region").asString()).isEqualTo("370283");
        assertThat(p.get("totalInvestmentWan").decimalValue()).isEqualByComparingTo("1000");
        assertThat(p.get("investedWan").isNull()).isTrue();
        assertThat(p.get("overdue").asBoolean()).isFalse();
        assertThat(p.has("enterpriseId")).isTrue();

        String other = TestData.username("api-proj2");
        accounts.register(TestData.enterprise(other));
        JsonNode none = ApiClient.JSON.readTree(api.call("GET", "/api/v1/projects", api.token(other, TestData.PASSWORD),
                null).body());
        assertThat(none.get("totalElements").asLong()).isZero();
        String bureau = api.token("demo-bureau", "Demo-2026!");
        JsonNode all = ApiClient.JSON.readTree(api.call("GET", "/api/v1/projects?size=100", bureau, null).body());
        assertThat(all.get("totalElements").asLong()).isGreaterThanOrEqualTo(6); // five demo projects and this one
        JsonNode overdue = ApiClient.JSON.readTree(api.call("GET", "/api/v1/projects?overdue=true&size=100", bureau,
                null).body());
        for (JsonNode o : overdue.get("content")) {
            assertThat(o.get("overdue").asBoolean()).isTrue();
        }
        assertThat(api.call("GET", "/api/v1/projects?size=1000", bureau, null).statusCode()).isEqualTo(400);
        assertThat(api.call("GET", "/api/v1/projects", null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void the_import_upserts_by_ref_and_reports_each_refused_record() throws Exception {
        String user = TestData.username("api-imp");
        var registration = TestData.enterprise(user);
        accounts.register(registration);
        var api = new ApiClient(port);
        String ref = "API-" + System.nanoTime();
        String body = """
                {"projects": [
                  {"ref": "%1$s-A", "enterpriseCreditCode": "%2$s", "name": "热处理线节能改造", "industry": "MACHINERY",
                   "directions": ["GREEN"], "region": "370281", "totalInvestmentWan": 1500, "equipmentInvestmentWan": 900,
                   "plannedStart": "2026-01-01", "plannedCompletion": "2026-12-31", "plannedProduction": "2027-03-31",
                   "stage": "UNDER_CONSTRUCTION", "actualStart": "2026-02-01", "investedWan": 600, "percentComplete": 40},
                  {"ref": "%1$s-B", "enterpriseCreditCode": "%2$s", "name": "", "industry": "MACHINERY",
                   "directions": [], "region": "370281", "totalInvestmentWan": 100, "equipmentInvestmentWan": 200,
                   "plannedStart": "2026-01-01", "plannedCompletion": "2025-12-31", "plannedProduction": "2027-03-31"},
                  {"ref": "%1$s-A", "name": "dup"},
                  {"name": "no ref"}
                ]}""".formatted(ref, registration.creditCode());
        String enterpriseToken = api.token(user, TestData.PASSWORD);
        assertThat(api.call("POST", "/api/v1/projects/import", enterpriseToken, body).statusCode()).isEqualTo(403);
        String bureau = api.token("demo-bureau", "Demo-2026!");
        var response = api.call("POST", "/api/v1/projects/import", bureau, body);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode result = ApiClient.JSON.readTree(response.body());
        assertThat(result.get("created").asInt()).isEqualTo(1);
        var fieldsOfB = new java.util.HashSet<String>();
        var refs = new java.util.ArrayList<String>();
        for (JsonNode e : result.get("errors")) {
            String errorRef = e.path("ref").isString() ? e.path("ref").asString() : null;
            refs.add(errorRef);
            if ((ref + "-B").equals(errorRef)) {
                fieldsOfB.add(e.get("field").asString());
            }
            assertThat(e.get("message").asString()).isNotBlank();
        }
        assertThat(fieldsOfB).contains("name", "directions", "totalInvestmentWan", "equipmentInvestmentWan",
                "plannedCompletion");
        assertThat(refs).contains(ref + "-A").containsNull();
        // the same record again: unchanged; then a change: updated
        String again = body.substring(0, body.indexOf("},") + 1) + "]}";
        assertThat(ApiClient.JSON.readTree(api.call("POST", "/api/v1/projects/import", bureau, again).body())
                .get("unchanged").asInt()).isEqualTo(1);
        String changed = again.replace("热处理线节能改造", "热处理线节能降碳改造");
        assertThat(ApiClient.JSON.readTree(api.call("POST", "/api/v1/projects/import", bureau, changed).body())
                .get("updated").asInt()).isEqualTo(1);
        assertThat(api.call("POST", "/api/v1/projects/import", enterpriseToken, "{\"projects\": []}").statusCode())
                .as("the role is checked before anything else").isEqualTo(403);
        // a ref and a filing number of two different projects, and a date of another millennium
        String two = """
                {"projects": [
                  {"ref": "%1$s-C", "filingNumber": "2026-370281-34-03-%3$s", "enterpriseCreditCode": "%2$s",
                   "name": "项目丙", "industry": "MACHINERY", "directions": ["GREEN"], "region": "370281",
                   "totalInvestmentWan": 800, "equipmentInvestmentWan": 300, "plannedStart": "2026-01-01",
                   "plannedCompletion": "2026-12-31", "plannedProduction": "2027-03-31"},
                  {"ref": "%1$s-A", "filingNumber": "2026-370281-34-03-%3$s", "enterpriseCreditCode": "%2$s",
                   "name": "热处理线节能降碳改造", "industry": "MACHINERY", "directions": ["GREEN"], "region": "370281",
                   "totalInvestmentWan": 1500, "equipmentInvestmentWan": 900, "plannedStart": "2026-01-01",
                   "plannedCompletion": "9999-12-31", "plannedProduction": "9999-12-31"}
                ]}""".formatted(ref, registration.creditCode(), String.valueOf(System.nanoTime() % 1_000_000 + 1_000_000).substring(1));
        JsonNode conflict = ApiClient.JSON.readTree(api.call("POST", "/api/v1/projects/import", bureau, two).body());
        assertThat(conflict.get("created").asInt()).isEqualTo(1);
        var conflictFields = new java.util.HashSet<String>();
        conflict.get("errors").forEach(e -> conflictFields.add(e.get("field").asString()));
        assertThat(conflictFields).contains("filingNumber", "plannedCompletion");
        var bad = api.call("POST", "/api/v1/projects/import", bureau, "{\"projects\": [{\"ref\": \"x\", \"industry\": \"NOPE\"}]}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).startsWith("{");
    }
}
