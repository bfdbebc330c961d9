package org.jigai.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Too many failed log-ins: the caller must wait before trying again. */
public class LoginThrottledException extends AuthenticationException {

    private final long retryAfterSeconds;

    LoginThrottledException(Duration wait) {
        super("too many failed log-ins; retry in " + Math.max(1, wait.toSeconds()) + " s");
        this.retryAfterSeconds = Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
