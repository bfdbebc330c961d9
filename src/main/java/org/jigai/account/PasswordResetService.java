package org.jigai.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.jigai.audit.AuditLog;
import org.jigai.base.InvalidInputException;
import org.jigai.base.SecretTokens;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator resets a user's password by issuing a one-time link (valid {@link #VALIDITY}, shown once to the
 * administrator, who passes it on); the user opens it and sets a new password under the usual policy. A newer link
 * closes the older ones; both steps are audit-logged. The administrator never learns the new password.
 */
@Service
public class PasswordResetService {

    public static final Duration VALIDITY = Duration.ofHours(24);
    public static final String RESET_ISSUED = "PASSWORD_RESET_ISSUED";
    public static final String RESET_DONE = "PASSWORD_RESET";

    private final PasswordResetRepository resets;
    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final AuditLog audit;
    private final Clock clock;

    PasswordResetService(PasswordResetRepository resets, UserAccountRepository users, PasswordEncoder passwordEncoder,
            PasswordPolicy passwordPolicy, AuditLog audit, Clock clock) {
        this.resets = resets;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.audit = audit;
        this.clock = clock;
    }

    /** The link, to be shown once: {@code baseUrl} + {@code reset-password/<token>}. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public String issue(long userId, String baseUrl) {
        AccountPrincipal me = AccountPrincipal.current().orElseThrow();
        UserAccount user = users.findById(userId).orElseThrow(NoSuchElementException::new);
        Instant now = clock.instant();
        resets.findByUserIdAndUsedAtIsNull(userId).forEach(r -> r.close(now));
        String token = SecretTokens.newToken();
        resets.save(new PasswordReset(userId, SecretTokens.hash(token), me.id(), now, now.plus(VALIDITY)));
        audit.record(RESET_ISSUED, user.getUsername(), null);
        return baseUrl + "reset-password/" + token;
    }

    /** The user name an open link is for; empty for an unknown, used or expired link. */
    @Transactional(readOnly = true)
    public Optional<String> usernameFor(String token) {
        return open(token).flatMap(r -> users.findById(r.getUserId())).map(UserAccount::getUsername);
    }

    /** Sets the new password through an open link, which is then used up. */
    @Transactional
    public void reset(String token, @Nullable String newPassword, @Nullable String again) {
        PasswordReset reset = open(token).orElseThrow(() -> InvalidInputException.of("token", "reset.error.link"));
        UserAccount user = users.findById(reset.getUserId()).orElseThrow(NoSuchElementException::new);
        var problems = new InvalidInputException.Collector();
        passwordPolicy.check("newPassword", user.getUsername(), newPassword, problems);
        if (!problems.has("newPassword") && !java.util.Objects.equals(newPassword, again)) {
            problems.add("newPasswordAgain", "validation.password.mismatch");
        }
        problems.throwIfAny();
        user.changePasswordHash(passwordEncoder.encode(newPassword));
        reset.close(clock.instant());
        audit.recordAs(user.getUsername(), RESET_DONE, user.getUsername(), null);
    }

    private Optional<PasswordReset> open(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        return resets.findByTokenHash(SecretTokens.hash(token)).filter(r -> r.isOpen(clock.instant()));
    }
}
