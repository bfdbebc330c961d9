package org.jigai.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Turns Spring Security's log-in events into audit entries. */
@Component
class SecurityEventAuditor {

    private final AuditLog log;

    SecurityEventAuditor(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        log.recordAs(event.getAuthentication().getName(), AuditLog.LOGIN_SUCCESS, null, null);
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        var exception = event.getException();
        boolean throttled = exception.getClass().getSimpleName().contains("Throttled");
        String reason = throttled ? AuditLog.REASON_THROTTLED
                : exception instanceof BadCredentialsException ? AuditLog.REASON_BAD_CREDENTIALS
                : exception instanceof DisabledException ? AuditLog.REASON_DISABLED
                : AuditLog.REASON_OTHER;
        log.recordAs(String.valueOf(event.getAuthentication().getName()),
                throttled ? AuditLog.LOGIN_THROTTLED : AuditLog.LOGIN_FAILURE, null, reason);
    }
}
