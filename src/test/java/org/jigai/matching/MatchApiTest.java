package org.jigai.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jigai.ApiClient;
import org.jigai.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MatchApiTest {

    @LocalServerPort int port;
    final JsonMapper json = ApiClient.JSON;

    HttpResponse<String> call(String method, String path, String token, String body) throws Exception {
        return new ApiClient(port).call(method, path, token, body);
    }

    String token(String user) throws Exception {
        return new ApiClient(port).token(user, "Demo-2026!");
    }

    @Test
    void imported_records_are_matchable_within_seconds_and_others_get_json_errors() throws Exception {
        String bureau = token("demo-bureau");
        String s = "-m" + System.nanoTime();
        String body = """
                {"organizations": [
                  {"ref": "P%1$s", "type": "PROVIDER", "name": "青岛蓝海船舶检测技术有限公司", "uscc": "%2$s", "region": "370211",
                   "categories": ["TESTING"], "industries": ["MARINE"], "description": "船舶与海工焊缝无损检测"},
                  {"ref": "E%1$s", "type": "ENTERPRISE", "name": "青岛西海岸某船舶修造有限公司", "uscc": "%3$s", "region": "370211",
                   "industries": ["MARINE"]}],
                 "solutions": [
                  {"ref": "S%1$s", "providerRef": "P%1$s", "title": "船体分段焊缝相控阵超声检测",
                   "description": "船体分段对接焊缝相控阵超声和射线检测，持证人员驻场，检测报告当天出具。",
                   "industries": ["MARINE"], "directions": ["SAFETY"], "categories": ["TESTING"]}],
                 "needs": [
                  {"ref": "N%1$s", "enterpriseRef": "E%1$s", "title": "船体分段焊缝检测外包",
                   "description": "修船业务增加，船体分段焊缝的超声检测力量不足，想找有资质的检测机构驻场。",
                   "industry": "MARINE", "directions": ["SAFETY"], "region": "370211", "budgetWan": 80}]}
                """.formatted(s, TestData.creditCode(), TestData.creditCode());
        assertThat(call("POST", "/api/v1/import", bureau, body).statusCode()).isEqualTo(200);
        long needId = json.readTree(call("GET", "/api/v1/needs?ref=N" + s, bureau, null).body()).get(0).get("id").asLong();
        long solutionId = json.readTree(call("GET", "/api/v1/solutions?ref=S" + s, bureau, null).body()).get(0)
                .get("id").asLong();

        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode matches = json.readTree(call("GET", "/api/v1/needs/" + needId + "/matches?limit=5", bureau, null).body());
            assertThat(matches.get(0).get("solutionId").asLong()).isEqualTo(solutionId);
        });
        JsonNode best = json.readTree(call("GET", "/api/v1/needs/" + needId + "/matches", bureau, null).body()).get(0);
        assertThat(best.get("solutionRef").asString()).isEqualTo("S" + s);
        assertThat(best.get("providerRef").asString()).isEqualTo("P" + s);
        assertThat(best.get("title").asString()).isEqualTo("船体分段焊缝相控阵超声检测");
        assertThat(best.get("score").asDouble()).isPositive();
        assertThat(best.get("reasons").toString()).contains("同行业: 船舶海工", "服务类别: 检验检测", "同在黄岛区");

        JsonNode needs = json.readTree(call("GET", "/api/v1/solutions/" + solutionId + "/matches?limit=3", bureau, null).body());
        assertThat(needs.get(0).get("needId").asLong()).isEqualTo(needId);
        assertThat(needs.get(0).get("needRef").asString()).isEqualTo("N" + s);

        String stranger = token("demo-enterprise");
        var hidden = call("GET", "/api/v1/needs/" + needId + "/matches", stranger, null);
        assertThat(hidden.statusCode()).isEqualTo(404);
        assertThat(json.readTree(hidden.body()).get("message").asString()).isNotBlank();
        assertThat(call("GET", "/api/v1/solutions/" + solutionId + "/matches", token("demo-provider"), null).statusCode())
                .isEqualTo(404);
        assertThat(call("GET", "/api/v1/needs/999999999/matches", bureau, null).statusCode()).isEqualTo(404);
        var badLimit = call("GET", "/api/v1/needs/" + needId + "/matches?limit=500", bureau, null);
        assertThat(badLimit.statusCode()).isEqualTo(400);
        assertThat(badLimit.body()).contains("\"status\":400").contains("limit");
        var notNumber = call("GET", "/api/v1/needs/abc/matches", bureau, null);
        assertThat(notNumber.statusCode()).isEqualTo(400);
        assertThat(notNumber.headers().firstValue("Content-Type").orElse("")).contains("json");
        assertThat(call("GET", "/api/v1/needs/" + needId + "/matches", "not-a-token", null).statusCode()).isEqualTo(401);

        var q = java.net.URLEncoder.encode("焊缝检测", StandardCharsets.UTF_8);
        JsonNode found = json.readTree(call("GET", "/api/v1/search?q=" + q + "&type=solution&size=5", bureau, null).body());
        assertThat(found.get("totalElements").asLong()).isPositive();
        assertThat(found.get("content").get(0).get("type").asString()).isEqualTo("solution");
        assertThat(found.get("content").toString()).contains("<mark>");
        assertThat(found.get("facets").get("industry").toString()).contains("MARINE");
        var badType = call("GET", "/api/v1/search?q=" + q + "&type=bogus", bureau, null);
        assertThat(badType.statusCode()).isEqualTo(400);
        assertThat(json.readTree(badType.body()).get("message").asString()).contains("need");
        assertThat(call("GET", "/api/v1/search?q=", bureau, null).statusCode()).isEqualTo(400);
        assertThat(call("GET", "/api/v1/search?q=" + q + "&size=1000", bureau, null).statusCode()).isEqualTo(400);
        JsonNode forEnterprise = json.readTree(call("GET", "/api/v1/search?q=" + q + "&type=need", stranger, null).body());
        assertThat(forEnterprise.get("totalElements").asLong()).isZero();
    }
}
