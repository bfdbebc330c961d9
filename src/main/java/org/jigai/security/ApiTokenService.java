package org.jigai.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jigai.account.AccountPrincipal;
import org.jigai.account.AccountService;
import org.jigai.audit.AuditLog;
import org.jigai.base.InvalidInputException;
import org.jigai.base.SecretTokens;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Issues, checks and revokes API tokens. */
@Service
public class ApiTokenService {

    public static final int MAX_LONG_LIVED_DAYS = 730;

    private final ApiTokenRepository tokens;
    private final AccountService accounts;
    private final AuditLog audit;
    private final Clock clock;
    private final Duration sessionTokenValidity;

    ApiTokenService(ApiTokenRepository tokens, AccountService accounts, AuditLog audit, Clock clock,
            @Value("${jigai.security.api-token-hours:12}") long hours) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
        this.sessionTokenValidity = Duration.ofHours(hours);
    }

    /** A short-lived token for the signed-in user (POST /api/v1/tokens). */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public IssuedToken issueForCurrentUser() {
        AccountPrincipal me = AccountPrincipal.current().orElseThrow();
        return issue(me, "API", sessionTokenValidity);
    }

    /** A long-lived token that an admin creates for an account, e.g. for another platform's data exchange. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public IssuedToken issueLongLived(@Nullable String username, @Nullable String name, int days) {
        var problems = new InvalidInputException.Collector();
        Optional<AccountPrincipal> owner = username == null ? Optional.empty() : accounts.findLogin(username.strip());
        if (owner.isEmpty() || !owner.get().enabled()) {
            problems.add("username", "validation.token.user");
        }
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty()) {
            problems.add("name", "validation.required");
        } else if (cleanName.length() > ApiToken.NAME_MAX) {
            problems.add("name", "validation.length", 1, ApiToken.NAME_MAX);
        }
        if (days < 1 || days > MAX_LONG_LIVED_DAYS) {
            problems.add("days", "validation.range", 1, MAX_LONG_LIVED_DAYS);
        }
        problems.throwIfAny();
        return issue(owner.orElseThrow(), cleanName, Duration.ofDays(days));
    }

    private IssuedToken issue(AccountPrincipal owner, String name, Duration validity) {
        String secret = SecretTokens.newToken();
        Instant now = clock.instant();
        var token = tokens.save(new ApiToken(SecretTokens.hash(secret), owner.id(), name, now, now.plus(validity)));
        audit.record(AuditLog.TOKEN_CREATED, owner.username(), name + " #" + token.getId());
        return new IssuedToken(secret, token.getExpiresAt());
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void revoke(long id) {
        tokens.findById(id).ifPresent(t -> {
            t.revoke(clock.instant());
            audit.record(AuditLog.TOKEN_REVOKED, t.getName(), "#" + id);
        });
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public Page<TokenSummary> list(Pageable pageable) {
        return tokens.findAllByOrderByCreatedAtDesc(pageable).map(t -> new TokenSummary(t.getId(), t.getName(),
                accounts.findById(t.getUserId()).map(AccountPrincipal::username).orElse("?"), t.getCreatedAt(),
                t.getExpiresAt(), t.getRevokedAt(), t.getLastUsedAt()));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public long count() {
        return tokens.count();
    }

    /** The account a bearer secret stands for, if the token is valid and the account enabled. */
    @Transactional
    Optional<AccountPrincipal> authenticate(String secret) {
        Instant now = clock.instant();
        return tokens.findByTokenHash(SecretTokens.hash(secret))
                .filter(t -> t.isValid(now))
                .flatMap(t -> {
                    if (t.getLastUsedAt() == null || t.getLastUsedAt().isBefore(now.minusSeconds(60))) {
                        tokens.touch(t.getId(), now);
                    }
                    return accounts.findById(t.getUserId());
                })
                .filter(AccountPrincipal::enabled)
                .map(AccountPrincipal::withoutPassword);
    }
}
