package org.jigai.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jigai.account.AccountService;
import org.jigai.audit.AuditLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApiSecurityTest {

    @LocalServerPort int port;
    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    JsonNode assertJsonError(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("message").asString()).isNotBlank();
        assertThat(body.get("path").asString()).startsWith("/api/");
        return body;
    }

    String token(String user, String password) throws Exception {
        var response = send(request("/api/v1/tokens").header("Authorization", basic(user, password))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("expiresAt").asString()).isNotBlank();
        return body.get("token").asString();
    }

    @Test
    void no_token_gets_a_401_in_json() throws Exception {
        var body = assertJsonError(send(request("/api/v1/me").GET()), 401);
        assertThat(body.get("message").asString()).contains("Bearer");
    }

    @Test
    void bad_credentials_get_a_401_in_json() throws Exception {
        var body = assertJsonError(send(request("/api/v1/tokens").header("Authorization", basic("admin", "wrong-pass"))
                .POST(HttpRequest.BodyPublishers.noBody())), 401);
        assertThat(body.get("message").asString()).isEqualTo("用户名或密码不正确");
    }

    @Autowired AuditLog audit;
    @Autowired AccountService accounts;

    @Test
    void failed_and_successful_log_ins_are_audited_with_their_reason() throws Exception {
        String ghost = "ghost-" + System.nanoTime();
        send(request("/api/v1/tokens").header("Authorization", basic(ghost, "nope-nope-nope"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        token("demo-provider", "Demo-2026!");
        var admin = accounts.findLogin("admin").orElseThrow();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        try {
            var failures = audit.list(AuditLog.LOGIN_FAILURE, PageRequest.of(0, 50)).getContent();
            assertThat(failures).anySatisfy(e -> {
                assertThat(e.getActor()).isEqualTo(ghost);
                assertThat(e.getDetail()).isEqualTo(AuditLog.REASON_BAD_CREDENTIALS);
                assertThat(e.getRemoteAddress()).isNotBlank();
            });
            assertThat(audit.list(AuditLog.LOGIN_SUCCESS, PageRequest.of(0, 50)).getContent())
                    .anySatisfy(e -> assertThat(e.getActor()).isEqualTo("demo-provider"));
            assertThat(audit.list(AuditLog.TOKEN_CREATED, PageRequest.of(0, 50)).getContent())
                    .anySatisfy(e -> assertThat(e.getTarget()).isEqualTo("demo-provider"));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void only_an_admin_reads_the_audit_log() {
        var enterprise = accounts.findLogin("demo-enterprise").orElseThrow();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(enterprise, null, enterprise.getAuthorities()));
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> audit.list(null, PageRequest.of(0, 10)))
                    .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void an_invalid_token_gets_a_401_in_json() throws Exception {
        assertJsonError(send(request("/api/v1/me").header("Authorization", "Bearer not-a-token").GET()), 401);
    }

    @Test
    void a_token_acts_for_its_user() throws Exception {
        String token = token("demo-enterprise", "Demo-2026!");
        var response = send(request("/api/v1/me").header("Authorization", "Bearer " + token).GET());
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode me = json.readTree(response.body());
        assertThat(me.get("username").asString()).isEqualTo("demo-enterprise");
        assertThat(me.get("roles").get(0).asString()).isEqualTo("ENTERPRISE");
        assertThat(me.get("organizationName").asString()).isEqualTo("青岛海蓝精密机械有限公司");
    }

    @Test
    void a_token_never_opens_a_session_or_the_ui() throws Exception {
        String token = token("demo-provider", "Demo-2026!");
        var response = send(request("/api/v1/me").header("Authorization", "Bearer " + token).GET());
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void unknown_api_addresses_and_wrong_methods_answer_in_json() throws Exception {
        String token = token("demo-bureau", "Demo-2026!");
        assertJsonError(send(request("/api/v1/no-such-thing").header("Authorization", "Bearer " + token).GET()), 404);
        assertJsonError(send(request("/api/v1/me").header("Authorization", "Bearer " + token)
                .DELETE()), 405);
    }

    @Test
    void repeated_wrong_passwords_are_slowed_down_with_429() throws Exception {
        HttpResponse<String> last = null;
        for (int i = 0; i < LoginThrottle.FREE_FAILURES + 2; i++) {
            last = send(request("/api/v1/tokens").header("Authorization", basic("demo-expert", "wrong-" + i))
                    .POST(HttpRequest.BodyPublishers.noBody()));
        }
        var body = assertJsonError(last, 429);
        assertThat(last.headers().firstValue("Retry-After")).isPresent();
        assertThat(body.get("message").asString()).contains("秒后再试");
    }

    @Test
    void health_is_public_and_nothing_else_of_actuator_is() throws Exception {
        var health = send(request("/actuator/health").GET());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(json.readTree(health.body()).get("status").asString()).isEqualTo("UP");
        assertThat(send(request("/actuator/env").GET()).statusCode()).isNotEqualTo(200);
        assertThat(send(request("/actuator/beans").GET()).statusCode()).isNotEqualTo(200);
    }

    @Test
    void pages_carry_the_security_headers() throws Exception {
        var response = send(request("/login").GET());
        assertThat(response.headers().firstValue("Content-Security-Policy").orElse("")).contains("frame-ancestors 'none'");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
    }
}
