package org.jigai.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Writes and reads the audit log. */
@Service
public class AuditLog {

    /** The actions recorded so far; a string column, so later modules add their own. */
    public static final String LOGIN_SUCCESS = "LOGIN_SUCCESS";
    public static final String LOGIN_FAILURE = "LOGIN_FAILURE";
    public static final String LOGIN_THROTTLED = "LOGIN_THROTTLED";
    public static final String ACCOUNT_REGISTERED = "ACCOUNT_REGISTERED";
    public static final String ACCOUNT_CREATED = "ACCOUNT_CREATED";
    public static final String ROLES_CHANGED = "ROLES_CHANGED";
    public static final String ACCOUNT_ENABLED = "ACCOUNT_ENABLED";
    public static final String ACCOUNT_DISABLED = "ACCOUNT_DISABLED";
    public static final String PASSWORD_CHANGED = "PASSWORD_CHANGED";
    public static final String INVITATION_CREATED = "INVITATION_CREATED";
    public static final String INVITATION_ACCEPTED = "INVITATION_ACCEPTED";
    public static final String TOKEN_CREATED = "TOKEN_CREATED";
    public static final String TOKEN_REVOKED = "TOKEN_REVOKED";

    /** Why a log-in failed, stored as the entry's detail and translated when shown. */
    public static final String REASON_BAD_CREDENTIALS = "BAD_CREDENTIALS";
    public static final String REASON_DISABLED = "DISABLED";
    public static final String REASON_THROTTLED = "THROTTLED";
    public static final String REASON_OTHER = "OTHER";
    public static final List<String> REASONS = List.of(REASON_BAD_CREDENTIALS, REASON_DISABLED, REASON_THROTTLED,
            REASON_OTHER);

    private final AuditEntryRepository entries;
    private final Clock clock;

    AuditLog(AuditEntryRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /** Records an action of the signed-in user (or "anonymous"), in the caller's transaction. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String action, @Nullable String target, @Nullable String detail) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String actor = auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getName())
                ? "anonymous" : auth.getName();
        recordAs(actor, action, target, detail);
    }

    /** Records an action of a named actor, e.g. a failed log-in with the name that was typed. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordAs(String actor, String action, @Nullable String target, @Nullable String detail) {
        entries.save(new AuditEntry(clock.instant(), actor, action, target, detail, remoteAddress()));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public Page<AuditEntry> list(@Nullable String action, Pageable pageable) {
        return action == null
                ? entries.findAllByOrderByOccurredAtDesc(pageable)
                : entries.findByActionOrderByOccurredAtDesc(action, pageable);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public long count(@Nullable String action) {
        return action == null ? entries.count() : entries.countByAction(action);
    }

    /** Every action recorded so far, for the filter; modules add actions of their own. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<String> recordedActions() {
        return entries.findDistinctActions();
    }

    private static @Nullable String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
