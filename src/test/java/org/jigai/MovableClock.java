package org.jigai;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.jigai.base.Formats;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;

/**
 * The tests' clock: the real time, moved by a test that needs days to pass (a nomination window closing, a notice
 * running out) and put back after it ({@link #reset}). One for the whole test context, in place of the platform's.
 */
public final class MovableClock extends Clock {

    private final ZoneId zone;
    private final MovableClock owner;
    private volatile Duration offset = Duration.ZERO;

    MovableClock() {
        this.zone = Formats.ZONE;
        this.owner = this;
    }

    private MovableClock(MovableClock owner, ZoneId zone) {
        this.owner = owner;
        this.zone = zone;
    }

    /** Moves the time on (or back, for a negative duration). */
    public void shift(Duration by) {
        owner.offset = owner.offset.plus(by);
    }

    public void reset() {
        owner.offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new MovableClock(owner, other);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(owner.offset);
    }

    @Configuration(proxyBeanMethods = false)
    @Profile("test")
    static class TestClock {

        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }
}
