package org.jigai.audit;

import org.springframework.context.event.EventListener;
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
        log.recordAs(event.getAuthentication().getName(), AuditLog.LOGIN_SUCCESS, null,
                event.getAuthentication().getClass().getSimpleName());
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        String action = event.getException().getClass().getSimpleName().contains("Throttled")
                ? AuditLog.LOGIN_THROTTLED : AuditLog.LOGIN_FAILURE;
        log.recordAs(String.valueOf(event.getAuthentication().getName()), action, null,
                event.getException().getClass().getSimpleName());
    }
}
