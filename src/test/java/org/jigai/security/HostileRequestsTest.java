package org.jigai.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.jigai.ApiClient;
import org.jigai.TestData;
import org.jigai.account.AccountService;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * What a hostile client sent, kept as tests: each request gets a JSON answer with a Chinese message and the status
 * the API promises, never a stack trace, an HTML page or a redirect to the log-in page. Requests are written on a raw
 * socket, so that nothing a client library would refuse or repair is left out. New endpoints join through
 * {@link #every_get_endpoint_answers_json_to_nonsense_parameters}, which reads them from the OpenAPI description.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileRequestsTest {

    record Answer(int status, String contentType, String body, Map<String, String> headers) {
        JsonNode json() {
            return ApiClient.JSON.readTree(body);
        }
    }

    @LocalServerPort int port;
    @Autowired AccountService accounts;
    @Autowired JdbcTemplate jdbc;
    String token;

    @BeforeEach
    void token() throws Exception {
        if (token == null) {
            token = new ApiClient(port).token("demo-bureau", "Demo-2026!");
        }
    }

    static Stream<Arguments> badRequests() {
        String longQuery = "a".repeat(9000);
        return Stream.of(
                Arguments.of("GET", "/api/v1/needs?page=2147483647", null, null, 400),
                Arguments.of("GET", "/api/v1/solutions?page=2147483647", null, null, 400),
                Arguments.of("GET", "/api/v1/organizations?page=2147483647", null, null, 400),
                Arguments.of("GET", "/api/v1/needs?size=0", null, null, 400),
                Arguments.of("GET", "/api/v1/search?q=abc&page=2147483647", null, null, 400),
                Arguments.of("GET", "/api/v1/search?q=%FF%FE", null, null, 400),
                Arguments.of("GET", "/api/v1/search?q=%ED%A0%80", null, null, 400),
                Arguments.of("GET", "/api/v1/search?q=%zz", null, null, 400),
                Arguments.of("GET", "/api/v1/search?q=%00abc", null, null, 400),
                Arguments.of("GET", "/api/v1/search?q=abc&size=100000", null, null, 400),
                Arguments.of("GET", "/api/v1/search?q=abc&industry=NOPE", null, null, 400),
                Arguments.of("GET", "/api/v1/search?q=abc&type=nope", null, null, 400),
                Arguments.of("GET", "/api/v1/needs/abc/matches", null, null, 400),
                Arguments.of("GET", "/api/v1/needs/999999999/matches", null, null, 404),
                Arguments.of("GET", "/api/v1/needs/1/matches?limit=-1", null, null, 400),
                Arguments.of("GET", "/api/v1/me", "Accept: application/xml", null, 200),
                Arguments.of("GET", "/api/v1/me", "Accept: text/html", null, 200),
                Arguments.of("TRACE", "/api/v1/me", null, null, 405),
                Arguments.of("OPTIONS", "/api/v1/needs", null, null, 405),
                Arguments.of("GET", "/api/v1/needs?ref=N-1%00", null, null, 400),
                Arguments.of("GET", "/api/v1/organizations?ref=ORG%E2%80%AE", null, null, 400),
                Arguments.of("DELETE", "/api/v1/needs", null, null, 405),
                Arguments.of("GET", "/api/v1/nothing-here", null, null, 404),
                Arguments.of("GET", "/api/v1/search?q=" + longQuery, null, null, 400),
                Arguments.of("GET", "/api/v1/needs%00x", null, null, 400),
                Arguments.of("GET", "/api/v1/me", "Authorization: Bearer not-a-token", null, 401),
                Arguments.of("POST", "/api/v1/import", "Content-Type: application/json", "{not json", 400),
                Arguments.of("POST", "/api/v1/import", "Content-Type: text/plain", "hello", 415),
                Arguments.of("POST", "/api/v1/import", "Content-Type: multipart/form-data; boundary=xyz",
                        multipart(11 * 1024 * 1024), 413));
    }

    @ParameterizedTest(name = "{0} {1} {2} → {4}")
    @MethodSource("badRequests")
    void every_bad_request_gets_a_json_answer_in_chinese(String method, String path, @Nullable String header,
            @Nullable String body, int status) throws Exception {
        var headers = new ArrayList<String>();
        if (header == null || !header.startsWith("Authorization")) {
            headers.add("Authorization: Bearer " + token);
        }
        if (header != null) {
            headers.add(header);
        }
        Answer answer = send(method, path, headers, body);
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).as(answer.body()).startsWith("application/json");
        JsonNode json = answer.json();
        if (status >= 400) {
            assertThat(json.get("status").asInt()).isEqualTo(status);
            assertThat(json.get("message").asString()).as("a Chinese message").containsPattern("\\p{IsHan}");
            assertThat(answer.body()).doesNotContain("Exception", "at org.", "at java.");
        }
    }

    @Test
    void protocol_oddities_still_get_json_in_chinese() throws Exception {
        for (String line : List.of("CONNECT /api/v1/needs HTTP/1.1", "GET /api/v1/needs HTTP/1.2",
                "CONNECT localhost:" + port + " HTTP/1.1")) {
            Answer answer = raw(line + "\r\nHost: localhost\r\nAuthorization: Bearer " + token
                    + "\r\nConnection: close\r\n\r\n");
            assertThat(answer.contentType()).as(line + " " + answer.body()).startsWith("application/json");
            assertThat(answer.json().get("message").asString()).as(line).containsPattern("\\p{IsHan}");
        }
    }

    @Test
    void a_body_that_is_not_valid_utf8_is_refused_rather_than_guessed() throws Exception {
        byte[] head = "{\"needs\": [{\"ref\": \"X\", \"title\": \"X".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "Y\"}]}".getBytes(StandardCharsets.UTF_8);
        var body = new java.io.ByteArrayOutputStream();
        body.write(head);
        body.write(new byte[] {(byte) 0xC0, (byte) 0xAF}); // an overlong "/"
        body.write(tail);
        var request = new StringBuilder("POST /api/v1/import HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ")
                .append(token).append("\r\nContent-Type: application/json\r\nContent-Length: ").append(body.size())
                .append("\r\nConnection: close\r\n\r\n");
        try (var socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().write(body.toByteArray());
            Answer answer = parse(socket.getInputStream());
            assertThat(answer.status()).as(answer.body()).isEqualTo(400);
            assertThat(answer.json().get("message").asString()).contains("编码");
        }
    }

    @Test
    void refs_are_compared_exactly_and_may_not_hide_control_characters() throws Exception {
        String s = "-r" + System.nanoTime();
        var api = new ApiClient(port);
        var created = ApiClient.JSON.readTree(api.call("POST", "/api/v1/import", token, """
                {"organizations": [{"ref": "E%1$s", "type": "ENTERPRISE", "name": "青岛大小写机械有限公司", "uscc": "%2$s",
                  "region": "370281", "industries": ["MACHINERY"]}],
                 "needs": [
                  {"ref": "NT%1$s", "enterpriseRef": "E%1$s", "title": "大写编号", "description": "描述",
                   "industry": "MACHINERY", "directions": ["SMART"], "region": "370281"},
                  {"ref": "nt%1$s", "enterpriseRef": "E%1$s", "title": "小写编号", "description": "描述",
                   "industry": "MACHINERY", "directions": ["SMART"], "region": "370281"},
                  {"ref": "NU%1$s", "enterpriseRef": "E%1$s\\u0000", "title": "悬空的单位", "description": "描述",
                   "industry": "MACHINERY", "directions": ["SMART"], "region": "370281"},
                  {"ref": "NV%1$s", "enterpriseRef": "E%1$s", "title": "回车\\r标题", "description": "描述",
                   "industry": "MACHINERY", "directions": ["SMART"], "region": "370281"}]}
                """.formatted(s, TestData.creditCode())).body());
        assertThat(created.get("created").get("needs").asInt()).as(created.toString()).isEqualTo(2);
        assertThat(created.get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("enterpriseRef", "title");
        var upper = ApiClient.JSON.readTree(api.call("GET", "/api/v1/needs?ref=NT" + s, token, null).body());
        assertThat(upper.get(0).get("title").asString()).isEqualTo("大写编号");
        var lower = ApiClient.JSON.readTree(api.call("GET", "/api/v1/needs?ref=nt" + s, token, null).body());
        assertThat(lower.get(0).get("title").asString()).isEqualTo("小写编号");
    }

    /** A request written as it is, to the byte. */
    Answer raw(String request) throws IOException {
        try (var socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return parse(socket.getInputStream());
        }
    }

    @Test
    void an_oversized_page_size_names_the_size_and_only_the_size() throws Exception {
        JsonNode json = send("GET", "/api/v1/search?q=abc&size=100000", List.of("Authorization: Bearer " + token), null)
                .json();
        assertThat(json.get("errors").findValuesAsString("field")).containsExactly("size");
        assertThat(json.get("message").asString()).isEqualTo("应在 1 到 100 之间");
    }

    @Test
    void text_the_import_would_change_is_refused_and_never_stored() throws Exception {
        String s = "-h" + System.nanoTime();
        String body = """
                {"organizations": [{"ref": "E%1$s", "type": "ENTERPRISE", "name": "青岛某某机械有限公司", "uscc": "%2$s",
                  "region": "370281", "industries": ["MACHINERY"]}],
                 "needs": [
                  {"ref": "N1%1$s", "enterpriseRef": "E%1$s", "title": "标题\\u0000截断", "description": "描述",
                   "industry": "MACHINERY", "directions": ["SMART"], "region": "370281"},
                  {"ref": "N2%1$s\\ud800", "enterpriseRef": "E%1$s", "title": "代理项", "description": "描述",
                   "industry": "MACHINERY", "directions": ["SMART"], "region": "370281"},
                  {"ref": "N3%1$s", "enterpriseRef": "E%1$s", "title": "方向\\u202e反转", "description": "描述",
                   "industry": "MACHINERY", "directions": ["SMART"], "region": "370281"}]}
                """.formatted(s, TestData.creditCode());
        var api = new ApiClient(port);
        var response = api.call("POST", "/api/v1/import", token, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode result = ApiClient.JSON.readTree(response.body());
        assertThat(result.get("created").get("needs").asInt()).isZero();
        assertThat(result.get("errors")).hasSize(3);
        assertThat(result.get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("title", "ref", "title");
        assertThat(result.get("errors").findValuesAsString("message")).allMatch(m -> m.contains("不允许的字符"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM need WHERE ref LIKE ?", Integer.class, "N_" + s + "%"))
                .isZero();
    }

    @Test
    void a_full_width_credit_code_is_read_as_the_code_it_is() throws Exception {
        String code = TestData.creditCode();
        StringBuilder fullWidth = new StringBuilder();
        code.chars().forEach(c -> fullWidth.append((char) (c + 0xFEE0)));
        String ref = "EFW-" + System.nanoTime();
        var response = new ApiClient(port).call("POST", "/api/v1/import", token, """
                {"organizations": [{"ref": "%s", "type": "ENTERPRISE", "name": "青岛全角代码机械有限公司", "uscc": "%s",
                  "region": "370281", "industries": ["MACHINERY"]}]}""".formatted(ref, fullWidth));
        assertThat(ApiClient.JSON.readTree(response.body()).get("errors")).as(response.body()).isEmpty();
        JsonNode org = ApiClient.JSON.readTree(new ApiClient(port).call("GET", "/api/v1/organizations?ref=" + ref,
                token, null).body()).get(0);
        assertThat(org.get("uscc").asString()).isEqualTo(code);
    }

    @Test
    void a_client_reaching_the_app_directly_cannot_choose_the_address_in_the_audit_log() throws Exception {
        String user = TestData.username("xff");
        accounts.register(TestData.enterprise(user));
        var basic = java.util.Base64.getEncoder().encodeToString((user + ":" + TestData.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        var answer = send("POST", "/api/v1/tokens", List.of("Authorization: Basic " + basic,
                "X-Forwarded-For: 203.0.113.77"), "");
        assertThat(answer.status()).isEqualTo(201);
        List<String> addresses = jdbc.queryForList("SELECT remote_address FROM audit_entry WHERE actor = ?",
                String.class, user);
        assertThat(addresses).filteredOn(java.util.Objects::nonNull).isNotEmpty().doesNotContain("203.0.113.77")
                .allMatch(a -> a.startsWith("127.") || a.equals("0:0:0:0:0:0:0:1"));
    }

    @Test
    void the_log_in_form_refuses_a_post_without_the_csrf_token() throws Exception {
        for (String path : List.of("/signin", "/login")) {
            for (String extra : List.of("", "&_csrf=bogus")) {
                var answer = send("POST", path, List.of("Content-Type: application/x-www-form-urlencoded",
                        "Origin: http://evil.example"), "username=demo-enterprise&password=Demo-2026!" + extra);
                assertThat(signedIn(answer)).as(path + extra + " " + answer.status() + " " + answer.headers()).isFalse();
            }
        }
    }

    /** Whether the session cookie the answer set, if any, is a signed-in session: the home page opens with it. */
    private boolean signedIn(Answer answer) throws IOException {
        String cookie = answer.headers().getOrDefault("set-cookie", "");
        var session = java.util.regex.Pattern.compile("JSESSIONID=([^;]+)").matcher(cookie);
        if (!session.find()) {
            return false;
        }
        var home = send("GET", "/", List.of("Cookie: JSESSIONID=" + session.group(1)), null);
        return home.status() == 200;
    }

    @Test
    void every_get_endpoint_answers_json_to_nonsense_parameters() throws Exception {
        JsonNode paths = ApiClient.JSON.readTree(send("GET", "/v3/api-docs", List.of(), null).body()).get("paths");
        List<String> checked = new ArrayList<>();
        for (var entry : paths.properties()) {
            if (!entry.getValue().has("get")) {
                continue;
            }
            String path = entry.getKey().replaceAll("\\{[^}]+}", "999999999");
            for (String query : List.of("?page=2147483647&size=100000&limit=-1&q=%zz", "?page=-1&size=-1&q=%ED%A0%80",
                    "?ref=%00&type=%FF")) {
                var answer = send("GET", path + query, List.of("Authorization: Bearer " + token), null);
                assertThat(answer.status()).as(path + query + " " + answer.body()).isBetween(200, 499);
                assertThat(answer.contentType()).as(path + query).startsWith("application/json");
                checked.add(path);
            }
        }
        assertThat(checked).contains("/api/v1/needs", "/api/v1/search", "/api/v1/needs/999999999/matches");
    }

    private static String multipart(int bytes) {
        return "--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.bin\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n" + "x".repeat(bytes) + "\r\n--xyz--\r\n";
    }

    /** One request on a raw socket, as a hostile client writes it; the answer as the server sent it. */
    Answer send(String method, String path, List<String> headers, @Nullable String body) throws IOException {
        try (var socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            var head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\n");
            headers.forEach(h -> head.append(h).append("\r\n"));
            if (body != null) {
                head.append("Content-Length: ").append(content.length).append("\r\n");
            }
            head.append("Connection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            try {
                out.write(content);
                out.flush();
            } catch (IOException refusedEarly) {
                // the server may answer and close before reading a large body
            }
            return parse(socket.getInputStream());
        }
    }

    private static Answer parse(InputStream in) throws IOException {
        var received = new ByteArrayOutputStream();
        try {
            in.transferTo(received);
        } catch (IOException reset) {
            // keep what arrived before the connection was reset
        }
        byte[] raw = received.toByteArray();
        int split = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
        String[] lines = new String(raw, 0, Math.max(0, split), StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new java.util.HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.merge(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).strip(), (x, y) -> x + "; " + y);
            }
        }
        var body = new ByteArrayOutputStream();
        int at = split + 4;
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            while (at < raw.length) {
                int end = indexOf(raw, "\r\n".getBytes(StandardCharsets.ISO_8859_1), at);
                int size = Integer.parseInt(new String(raw, at, end - at, StandardCharsets.ISO_8859_1).split(";")[0]
                        .strip(), 16);
                if (size == 0) {
                    break;
                }
                body.write(raw, end + 2, Math.min(size, raw.length - end - 2));
                at = end + 2 + size + 2;
            }
        } else if (at <= raw.length) {
            body.write(raw, at, raw.length - at);
        }
        return new Answer(status, headers.getOrDefault("content-type", ""), body.toString(StandardCharsets.UTF_8),
                headers);
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = from; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
