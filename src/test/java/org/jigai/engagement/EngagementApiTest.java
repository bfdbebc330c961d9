package org.jigai.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.jigai.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/** The collaboration endpoints of the REST API: the parties act, everyone else gets 404, errors are JSON. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EngagementApiTest {

    static final String NEED = "船用管件焊接机器人工作站";

    @LocalServerPort int port;

    HttpResponse<String> call(String method, String path, String token, String body) throws Exception {
        return new ApiClient(port).call(method, path, token, body);
    }

    String token(String user) throws Exception {
        return new ApiClient(port).token(user, "Demo-2026!");
    }

    JsonNode json(HttpResponse<String> response) {
        return ApiClient.JSON.readTree(response.body());
    }

    long needId(String enterpriseToken) throws Exception {
        for (JsonNode n : json(call("GET", "/api/v1/needs?size=100", enterpriseToken, null)).get("content")) {
            if (n.get("title").asString().equals(NEED)) {
                return n.get("id").asLong();
            }
        }
        throw new AssertionError("demo need missing: " + NEED);
    }

    long organizationId(String token) throws Exception {
        return json(call("GET", "/api/v1/me", token, null)).get("organizationId").asLong();
    }

    @Test
    void parties_invite_express_interest_and_talk_and_outsiders_get_404() throws Exception {
        String enterprise = token("demo-marine");
        String energy = token("demo-energy");
        String finance = token("demo-finance");
        String otherEnterprise = token("demo-food");
        String expert = token("demo-expert");
        String bureau = token("demo-bureau");
        long needId = needId(enterprise);

        // a provider expresses interest; an empty note is refused next to its field, in Chinese
        var empty = call("POST", "/api/v1/needs/" + needId + "/interest", energy, "{\"note\": \"  \"}");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("note").contains("此项为必填项");
        var interest = call("POST", "/api/v1/needs/" + needId + "/interest", energy,
                "{\"note\": \"我们有焊接机器人工作站集成经验\"}");
        assertThat(interest.statusCode()).isEqualTo(201);
        long id = json(interest).get("id").asLong();
        assertThat(json(interest).get("state").asString()).isEqualTo("INTERESTED");
        assertThat(json(interest).get("needId").asLong()).isEqualTo(needId);
        assertThat(call("POST", "/api/v1/needs/" + needId + "/interest", energy, "{\"note\": \"再次\"}").statusCode())
                .isEqualTo(400);

        // the need's enterprise invites another provider; nonsense ids are a 400, someone else's need a 404
        long financeId = organizationId(finance);
        var invited = call("POST", "/api/v1/needs/" + needId + "/invitations", enterprise,
                "{\"providerIds\": [" + financeId + "]}");
        assertThat(invited.statusCode()).isEqualTo(201);
        long invitation = json(invited).get("created").get(0).asLong();
        assertThat(call("POST", "/api/v1/needs/" + needId + "/invitations", enterprise,
                "{\"providerIds\": [999999999]}").statusCode()).isEqualTo(400);
        assertThat(call("POST", "/api/v1/needs/" + needId + "/invitations", enterprise, "{\"providerIds\": \"x\"}")
                .statusCode()).isEqualTo(400);
        assertThat(call("POST", "/api/v1/needs/" + needId + "/invitations", otherEnterprise,
                "{\"providerIds\": [" + financeId + "]}").statusCode()).isEqualTo(404);

        // messages between the parties
        var sent = call("POST", "/api/v1/engagements/" + id + "/messages", energy, "{\"text\": \"可以先看现场吗？\"}");
        assertThat(sent.statusCode()).isEqualTo(201);
        assertThat(json(sent).get("text").asString()).isEqualTo("可以先看现场吗？");
        var page = json(call("GET", "/api/v1/engagements/" + id + "/messages?page=0&size=10", enterprise, null));
        assertThat(page.get("totalElements").asLong()).isEqualTo(1);
        assertThat(page.get("content").get(0).get("author").asString()).isNotBlank();
        assertThat(page.get("content").get(0).has("sentAt")).isTrue();
        assertThat(call("POST", "/api/v1/engagements/" + id + "/messages", enterprise, "{\"text\": \"\"}").statusCode())
                .isEqualTo(400);

        // the caller's list, one engagement, and nothing of it for anyone else
        var mine = json(call("GET", "/api/v1/engagements", energy, null));
        assertThat(mine.get("content").findValuesAsString("id")).contains(String.valueOf(id));
        assertThat(mine.has("totalElements")).isTrue();
        var one = json(call("GET", "/api/v1/engagements/" + id, enterprise, null));
        assertThat(one.get("providerId").asLong()).isEqualTo(organizationId(energy));
        assertThat(one.get("providerContacts").isNull()).as("no contacts before both agree").isTrue();
        for (String outsider : new String[] {otherEnterprise, finance, expert}) {
            assertThat(call("GET", "/api/v1/engagements/" + id, outsider, null).statusCode()).isEqualTo(404);
            assertThat(call("GET", "/api/v1/engagements/" + id + "/messages", outsider, null).statusCode()).isEqualTo(404);
            assertThat(call("POST", "/api/v1/engagements/" + id + "/messages", outsider, "{\"text\": \"hi\"}").statusCode())
                    .isEqualTo(404);
            assertThat(json(call("GET", "/api/v1/engagements?size=100", outsider, null)).get("content")
                    .findValuesAsString("id")).doesNotContain(String.valueOf(id));
        }
        assertThat(call("GET", "/api/v1/engagements/" + invitation, energy, null).statusCode()).isEqualTo(404);
        // the bureau reads the facts, never the conversation
        var facts = call("GET", "/api/v1/engagements/" + id, bureau, null);
        assertThat(facts.statusCode()).isEqualTo(200);
        assertThat(facts.body()).doesNotContain("可以先看现场吗");
        assertThat(call("GET", "/api/v1/engagements/" + id + "/messages", bureau, null).statusCode()).isEqualTo(404);
        assertThat(call("GET", "/api/v1/engagements?size=0", bureau, null).body()).contains("size");
        var missing = call("GET", "/api/v1/engagements/987654321", energy, null);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type").orElse("")).contains("json");
    }
}
