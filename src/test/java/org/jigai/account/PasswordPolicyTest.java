package org.jigai.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void accepts_a_long_uncommon_password() {
        assertThat(policy.problem("wang", "Jiaozhou-Lathe-2026")).isEmpty();
    }

    @Test
    void rejects_common_passwords_whatever_their_case() {
        assertThat(policy.problem("wang", "Password123")).contains("validation.password.common");
        assertThat(policy.problem("wang", "woaini1314")).contains("validation.password.common");
        assertThat(policy.problem("wang", "1qaz2wsx")).contains("validation.password.common");
    }

    @Test
    void rejects_short_and_overlong_passwords() {
        assertThat(policy.problem("wang", "Ab3$xyz")).contains("validation.password.tooShort");
        assertThat(policy.problem("wang", "x".repeat(129))).contains("validation.password.tooLong");
        assertThat(policy.problem("wang", "秘".repeat(128))).isEmpty();
    }

    @Test
    void rejects_a_password_that_contains_the_user_name() {
        assertThat(policy.problem("zhangsan", "zhangsan-2026-qd")).contains("validation.password.username");
    }
}
