package org.jigai.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Growing delays after failed log-ins, per account and per client address. After {@value #FREE_FAILURES} free
 * failures each further one doubles the wait (1 s, 2 s, 4 s … at most {@link #MAX_DELAY}). There is no permanent
 * lock-out that an attacker could use against a real user, and a success clears the account's record.
 *
 * <p>Kept in memory: a restart forgets the counts, which only gives an attacker a few more guesses per restart.
 */
@Component
class LoginThrottle {

    static final int FREE_FAILURES = 3;
    static final Duration MAX_DELAY = Duration.ofMinutes(5);
    /** Addresses behind one NAT may share; they get more room than a single account. */
    static final int ADDRESS_FREE_FAILURES = 20;
    private static final Duration FORGET_AFTER = Duration.ofHours(1);
    private static final int MAX_TRACKED = 100_000;

    private record Failures(int count, Instant last, Instant blockedUntil) {}

    private final Map<String, Failures> byKey = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the caller must still wait before another attempt; zero when it may try now. */
    Duration waitFor(String username, String address) {
        Instant now = clock.instant();
        Instant until = later(blockedUntil(accountKey(username)), blockedUntil(addressKey(address)));
        return until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO;
    }

    void failed(String username, String address) {
        record(accountKey(username), FREE_FAILURES);
        record(addressKey(address), ADDRESS_FREE_FAILURES);
    }

    void succeeded(String username) {
        byKey.remove(accountKey(username));
    }

    private void record(String key, int free) {
        Instant now = clock.instant();
        if (byKey.size() > MAX_TRACKED) {
            byKey.values().removeIf(f -> f.last().plus(FORGET_AFTER).isBefore(now));
        }
        byKey.compute(key, (k, old) -> {
            int count = old == null || old.last().plus(FORGET_AFTER).isBefore(now) ? 1 : old.count() + 1;
            Duration delay = count <= free ? Duration.ZERO : delay(count - free);
            return new Failures(count, now, now.plus(delay));
        });
    }

    static Duration delay(int excess) {
        long seconds = 1L << Math.min(excess - 1, 20);
        return seconds > MAX_DELAY.toSeconds() ? MAX_DELAY : Duration.ofSeconds(seconds);
    }

    private Instant blockedUntil(String key) {
        Failures f = byKey.get(key);
        return f == null ? Instant.EPOCH : f.blockedUntil();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static String accountKey(String username) {
        return "u:" + username.strip().toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return "a:" + address;
    }
}
