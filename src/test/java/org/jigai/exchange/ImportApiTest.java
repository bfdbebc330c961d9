package org.jigai.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jigai.ApiClient;
import org.jigai.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ImportApiTest {

    @LocalServerPort int port;
    final JsonMapper json = ApiClient.JSON;

    HttpResponse<String> call(String method, String path, String token, String body) throws Exception {
        return new ApiClient(port).call(method, path, token, body);
    }

    JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    String token(String user, String password) throws Exception {
        return new ApiClient(port).token(user, password);
    }

    /** The example body of API.md with fresh refs and valid credit codes. */
    static String body(String p, String e, String s, String n) {
        return """
                {"organizations": [
                  {"ref": "%s", "type": "PROVIDER", "name": "青岛某某科技有限公司", "uscc": "%s", "region": "370211",
                   "categories": ["TECH_APPLICATION"], "industries": ["MACHINERY"], "description": "工业软件与自动化集成"},
                  {"ref": "%s", "type": "ENTERPRISE", "name": "胶州市某某机械有限公司", "uscc": "%s", "region": "370281",
                   "industries": ["MACHINERY"]}],
                 "solutions": [
                  {"ref": "%s", "providerRef": "%s", "title": "冲压线自动化改造", "description": "机器人上下料与在线检测",
                   "industries": ["MACHINERY"], "directions": ["SMART"], "categories": ["TECH_APPLICATION"]}],
                 "needs": [
                  {"ref": "%s", "enterpriseRef": "%s", "title": "老旧冲床更新", "description": "8 台冲床更新为伺服压力机",
                   "industry": "MACHINERY", "directions": ["EQUIPMENT_RENEWAL"], "region": "370281", "budgetWan": 600}]}
                """.formatted(p, TestData.creditCode(), e, TestData.creditCode(), s, p, n, e);
    }

    @Test
    void imports_the_example_body_once_and_the_second_time_changes_nothing() throws Exception {
        String bureau = token("demo-bureau", "Demo-2026!");
        String suffix = "-" + System.nanoTime();
        String body = body("P" + suffix, "E" + suffix, "S" + suffix, "N" + suffix);

        JsonNode first = ok(call("POST", "/api/v1/import", bureau, body));
        assertThat(first.get("errors")).isEmpty();
        assertThat(first.get("created").get("organizations").asInt()).isEqualTo(2);
        assertThat(first.get("created").get("solutions").asInt()).isEqualTo(1);
        assertThat(first.get("created").get("needs").asInt()).isEqualTo(1);

        JsonNode second = ok(call("POST", "/api/v1/import", bureau, body));
        assertThat(second.get("errors")).isEmpty();
        assertThat(second.get("created").get("organizations").asInt()).isZero();
        assertThat(second.get("updated").get("needs").asInt()).isZero();
        assertThat(second.get("unchanged").get("organizations").asInt()).isEqualTo(2);
        assertThat(second.get("unchanged").get("needs").asInt()).isEqualTo(1);

        JsonNode need = ok(call("GET", "/api/v1/needs?ref=N" + suffix, bureau, null));
        assertThat(need).hasSize(1);
        assertThat(need.get(0).get("enterpriseRef").asString()).isEqualTo("E" + suffix);
        assertThat(need.get(0).get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(need.get(0).get("budgetMaxWan").decimalValue()).isEqualByComparingTo("600");
        JsonNode solution = ok(call("GET", "/api/v1/solutions?ref=S" + suffix, bureau, null));
        assertThat(solution.get(0).get("providerRef").asString()).isEqualTo("P" + suffix);
        JsonNode org = ok(call("GET", "/api/v1/organizations?ref=P" + suffix, bureau, null));
        assertThat(org.get(0).get("type").asString()).isEqualTo("PROVIDER");

        String changed = body.replace("老旧冲床更新", "老旧冲床更新（二期）");
        JsonNode third = ok(call("POST", "/api/v1/import", bureau, changed));
        assertThat(third.get("updated").get("needs").asInt()).isEqualTo(1);
        assertThat(ok(call("GET", "/api/v1/needs?ref=N" + suffix, bureau, null)).get(0).get("title").asString())
                .isEqualTo("老旧冲床更新（二期）");
    }

    @Test
    void reports_invalid_records_in_chinese_and_stores_the_valid_ones() throws Exception {
        String admin = token("admin", "Demo-2026!");
        String s = "-" + System.nanoTime();
        String body = """
                {"organizations": [
                  {"ref": "BAD%1$s", "type": "ENTERPRISE", "name": "校验位错误公司", "uscc": "91370200163562681H", "region": "370211"},
                  {"ref": "OK%1$s", "type": "PROVIDER", "name": "有效服务商", "uscc": "%2$s", "region": "370212",
                   "categories": ["DIAGNOSIS"], "industries": ["STEEL"]},
                  {"ref": "GOOD%1$s", "type": "PROVIDER", "name": "有效服务商二", "uscc": "%3$s", "region": "370212",
                   "categories": ["DIAGNOSIS"]}],
                 "solutions": [
                  {"ref": "S1%1$s", "providerRef": "NOPE%1$s", "title": "悬空方案", "description": "x",
                   "industries": ["MACHINERY"], "directions": ["SMART"], "categories": ["DIAGNOSIS"]},
                  {"ref": "S2%1$s", "providerRef": "GOOD%1$s", "description": "没有标题",
                   "industries": ["MACHINERY"], "directions": ["SMART"], "categories": ["DIAGNOSIS"]}],
                 "needs": [{"ref": "N1%1$s", "enterpriseRef": "GOOD%1$s", "title": "错的单位类型", "description": "x",
                   "industry": "MACHINERY", "directions": ["SMART"], "region": "370211", "budgetWan": -5}]}
                """.formatted(s, TestData.creditCode(), TestData.creditCode());
        JsonNode result = ok(call("POST", "/api/v1/import", admin, body));
        assertThat(result.get("created").get("organizations").asInt()).isEqualTo(1);
        var errors = result.get("errors");
        assertThat(errors.toString())
                .contains("BAD" + s, "统一社会信用代码校验位不正确")
                .contains("OK" + s, "未知的代码：STEEL")
                .contains("NOPE" + s)
                .contains("S2" + s, "\"field\":\"title\"", "此项为必填项")
                .contains("N1" + s, "enterpriseRef");
        assertThat(ok(call("GET", "/api/v1/organizations?ref=BAD" + s, admin, null))).isEmpty();
        assertThat(ok(call("GET", "/api/v1/organizations?ref=GOOD" + s, admin, null))).hasSize(1);
    }

    @Autowired ExcelExchange excel;
    @Autowired org.jigai.account.AccountService accounts;

    @Test
    void an_administrator_reads_back_by_ref_by_page_and_in_the_excel_export_what_it_imported() throws Exception {
        String admin = token("admin", "Demo-2026!");
        String suffix = "-a" + System.nanoTime();
        ok(call("POST", "/api/v1/import", admin, body("P" + suffix, "E" + suffix, "S" + suffix, "N" + suffix)));

        JsonNode need = ok(call("GET", "/api/v1/needs?ref=N" + suffix, admin, null));
        assertThat(need).hasSize(1);
        assertThat(need.get(0).get("title").asString()).isEqualTo("老旧冲床更新");
        assertThat(ok(call("GET", "/api/v1/solutions?ref=S" + suffix, admin, null))).hasSize(1);
        JsonNode page = ok(call("GET", "/api/v1/needs?size=100", admin, null));
        assertThat(page.get("content").findValuesAsString("ref")).contains("N" + suffix);

        TestData.actAs(accounts, "admin");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(excel.export()))) {
            var refs = new java.util.ArrayList<String>();
            workbook.getSheet("技改需求").forEach(row -> refs.add(String.valueOf(row.getCell(0))));
            assertThat(refs).contains("N" + suffix);
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    @Test
    void a_malformed_body_is_a_400_in_json_and_stores_nothing() throws Exception {
        String bureau = token("demo-bureau", "Demo-2026!");
        long before = ok(call("GET", "/api/v1/organizations", bureau, null)).get("totalElements").asLong();
        for (String bad : new String[] {"{\"organizations\": [", "{\"needs\": \"not a list\"}", "[1, 2]"}) {
            var response = call("POST", "/api/v1/import", bureau, bad);
            assertThat(response.statusCode()).as(bad).isEqualTo(400);
            assertThat(json.readTree(response.body()).get("message").asString()).contains("请求格式不正确");
        }
        assertThat(ok(call("GET", "/api/v1/organizations", bureau, null)).get("totalElements").asLong()).isEqualTo(before);
    }

    @Test
    void only_bureau_and_admin_import_and_pages_are_bounded() throws Exception {
        String enterprise = token("demo-enterprise", "Demo-2026!");
        var refused = call("POST", "/api/v1/import", enterprise, "{}");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(json.readTree(refused.body()).get("message").asString()).isEqualTo("没有执行此操作的权限");
        var tooBig = call("GET", "/api/v1/needs?size=101", enterprise, null);
        assertThat(tooBig.statusCode()).isEqualTo(400);
        assertThat(json.readTree(tooBig.body()).get("errors").get(0).get("field").asString()).isEqualTo("size");
    }

    @Test
    void another_enterprises_need_is_not_revealed_by_ref() throws Exception {
        String bureau = token("demo-bureau", "Demo-2026!");
        String suffix = "-" + System.nanoTime();
        ok(call("POST", "/api/v1/import", bureau, body("P" + suffix, "E" + suffix, "S" + suffix, "N" + suffix)));
        String otherEnterprise = token("demo-food", "Demo-2026!");
        assertThat(ok(call("GET", "/api/v1/needs?ref=N" + suffix, otherEnterprise, null))).isEmpty();
        String provider = token("demo-provider", "Demo-2026!");
        assertThat(ok(call("GET", "/api/v1/needs?ref=N" + suffix, provider, null))).hasSize(1);
        JsonNode page = ok(call("GET", "/api/v1/needs?page=0&size=5", otherEnterprise, null));
        assertThat(page.get("content").toString()).doesNotContain("N" + suffix);
    }

    @Test
    void the_openapi_description_is_served() throws Exception {
        var response = java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("/api/v1/import", "/api/v1/needs", "/api/v1/tokens", "bearer");
    }
}
