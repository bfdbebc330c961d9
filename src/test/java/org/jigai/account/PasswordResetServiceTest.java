package org.jigai.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jigai.IntegrationTest;
import org.jigai.TestData;
import org.jigai.base.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class PasswordResetServiceTest {

    static final String NEW_PASSWORD = "Jiaozhou-Bay-Bridge-36";

    @Autowired PasswordResetService resets;
    @Autowired AccountService accounts;
    @Autowired PasswordEncoder encoder;
    @Autowired JdbcTemplate jdbc;

    String user;
    long userId;

    @BeforeEach
    void someone() {
        user = TestData.username("forgot");
        accounts.register(TestData.enterprise(user));
        userId = accounts.findLogin(user).orElseThrow().id();
    }

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    String issue() {
        TestData.actAs(accounts, "admin");
        String link = resets.issue(userId, "http://localhost:8080/");
        SecurityContextHolder.clearContext();
        assertThat(link).startsWith("http://localhost:8080/reset-password/");
        return link.substring(link.lastIndexOf('/') + 1);
    }

    @Test
    void the_user_sets_a_new_password_once_through_the_link_and_both_steps_are_audited() {
        String token = issue();
        assertThat(resets.usernameFor(token)).contains(user);
        resets.reset(token, NEW_PASSWORD, NEW_PASSWORD);
        assertThat(encoder.matches(NEW_PASSWORD, accounts.findLogin(user).orElseThrow().passwordHash())).isTrue();
        assertThat(resets.usernameFor(token)).as("used up").isEmpty();
        assertThatThrownBy(() -> resets.reset(token, "Another-Pass-2026", "Another-Pass-2026"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(jdbc.queryForList("SELECT action FROM audit_entry WHERE target = ? ORDER BY id", String.class, user))
                .contains(PasswordResetService.RESET_ISSUED, PasswordResetService.RESET_DONE);
    }

    @Test
    void a_weak_or_mismatched_password_is_refused_and_the_link_stays_open() {
        String token = issue();
        assertThatThrownBy(() -> resets.reset(token, "12345678", "12345678"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).containsKey("newPassword"));
        assertThatThrownBy(() -> resets.reset(token, NEW_PASSWORD, NEW_PASSWORD + "x"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).containsKey("newPasswordAgain"));
        assertThat(resets.usernameFor(token)).contains(user);
    }

    @Test
    void a_newer_link_closes_the_older_and_an_expired_link_does_not_work() {
        String older = issue();
        String newer = issue();
        assertThat(resets.usernameFor(older)).isEmpty();
        assertThat(resets.usernameFor(newer)).contains(user);
        jdbc.update("UPDATE password_reset SET expires_at = ? WHERE user_id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)), userId);
        assertThat(resets.usernameFor(newer)).isEmpty();
        assertThatThrownBy(() -> resets.reset(newer, NEW_PASSWORD, NEW_PASSWORD)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void only_an_administrator_issues_links() {
        TestData.actAs(accounts, "demo-bureau");
        assertThatThrownBy(() -> resets.issue(userId, "http://localhost/")).isInstanceOf(AccessDeniedException.class);
        TestData.actAs(accounts, user);
        assertThatThrownBy(() -> resets.issue(userId, "http://localhost/")).isInstanceOf(AccessDeniedException.class);
        assertThat(resets.usernameFor("nonsense")).isEmpty();
    }
}
