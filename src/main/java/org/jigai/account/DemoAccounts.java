package org.jigai.account;

import java.time.Clock;
import java.util.EnumSet;
import org.jigai.audit.AuditLog;
import org.jigai.base.JigaiProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo data set's accounts, of any role, with their documented password. It bypasses every check of account
 * creation, so only the demo loader may use it (a rule in {@code ArchitectureTest}), and only while demo data is on.
 */
@Component
public class DemoAccounts {

    private final UserAccountRepository users;
    private final AccountService accounts;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;
    private final Clock clock;
    private final JigaiProperties properties;

    DemoAccounts(UserAccountRepository users, AccountService accounts, PasswordEncoder passwordEncoder, AuditLog audit,
            Clock clock, JigaiProperties properties) {
        this.users = users;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.clock = clock;
        this.properties = properties;
    }

    /** Creates the account when missing: an organisation's first user through registration, or a staff account. */
    @Transactional
    public boolean ensure(String username, String displayName, Role role, @Nullable Registration organization,
            String password) {
        if (!properties.demoDataEnabled()) {
            throw new IllegalStateException("demo accounts exist only with demo data (JIGAI_DEMO_DATA)");
        }
        if (users.existsByUsername(username)) {
            return false;
        }
        if (organization != null) {
            accounts.register(organization);
        } else {
            users.save(new UserAccount(username, passwordEncoder.encode(password), displayName, null, null, null, false,
                    EnumSet.of(role), clock.instant()));
            audit.recordAs("system", AuditLog.ACCOUNT_CREATED, username, "[" + role.name() + "]");
        }
        return true;
    }
}
