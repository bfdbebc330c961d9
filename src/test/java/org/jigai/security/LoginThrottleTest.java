package org.jigai.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-11-23T08:00:00Z");
        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
        void advance(Duration d) { now = now.plus(d); }
    }

    final ManualClock clock = new ManualClock();
    final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void lets_a_few_mistakes_pass_without_delay() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            throttle.failed("wang", "10.0.0.1");
        }
        assertThat(throttle.waitFor("wang", "10.0.0.1")).isZero();
    }

    @Test
    void doubles_the_delay_with_every_further_failure() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES + 1; i++) {
            throttle.failed("wang", "10.0.0.1");
        }
        assertThat(throttle.waitFor("wang", "10.0.0.9")).isEqualTo(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        throttle.failed("wang", "10.0.0.1");
        assertThat(throttle.waitFor("WANG", "10.0.0.9")).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void never_waits_longer_than_the_cap_so_no_one_is_locked_out_for_good() {
        assertThat(LoginThrottle.delay(50)).isEqualTo(LoginThrottle.MAX_DELAY);
        for (int i = 0; i < 40; i++) {
            throttle.failed("victim", "203.0.113." + i);
        }
        clock.advance(LoginThrottle.MAX_DELAY);
        assertThat(throttle.waitFor("victim", "198.51.100.1")).isZero();
    }

    @Test
    void a_success_clears_the_account() {
        for (int i = 0; i < 6; i++) {
            throttle.failed("li", "10.0.0.2");
        }
        throttle.succeeded("li");
        assertThat(throttle.waitFor("li", "10.0.0.3")).isZero();
    }

    @Test
    void slows_down_one_address_that_tries_many_accounts() {
        for (int i = 0; i < LoginThrottle.ADDRESS_FREE_FAILURES + 1; i++) {
            throttle.failed("user" + i, "192.0.2.7");
        }
        assertThat(throttle.waitFor("someone-else", "192.0.2.7")).isPositive();
        assertThat(throttle.waitFor("someone-else", "192.0.2.8")).isZero();
    }
}
