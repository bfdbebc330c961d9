package org.jigai.account;

import java.util.Optional;
import org.jigai.base.JigaiProperties;
import org.jigai.base.SecretTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes sure a fresh installation has its one administrator, {@code admin}, with the password from
 * {@code JIGAI_ADMIN_PASSWORD}. Without it an external database refuses to start; the embedded database uses
 * the documented demo password in demo mode, or a random one that is logged once.
 */
@Component
@Order(0)
class AdminBootstrap implements ApplicationRunner {

    static final String ADMIN = "admin";
    static final String DEMO_PASSWORD = "Demo-2026!";
    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final AccountService accounts;
    private final PasswordPolicy policy;
    private final JigaiProperties properties;

    AdminBootstrap(AccountService accounts, PasswordPolicy policy, JigaiProperties properties) {
        this.accounts = accounts;
        this.policy = policy;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        String configured = properties.adminPassword();
        boolean given = configured != null && !configured.isBlank();
        if (!given && properties.db().external()) {
            throw new IllegalStateException(
                    "JIGAI_ADMIN_PASSWORD must be set when the platform uses an external database (JIGAI_DB_URL).");
        }
        String password = given ? configured
                : properties.demoDataEnabled() ? DEMO_PASSWORD : SecretTokens.newToken().substring(0, 20);
        Optional<String> problem = policy.problem(ADMIN, password);
        if (problem.isPresent()) {
            String why = switch (problem.get()) {
                case "validation.password.tooShort" -> "it is shorter than " + PasswordPolicy.MIN + " characters";
                case "validation.password.tooLong" -> "it is longer than " + PasswordPolicy.MAX + " characters";
                case "validation.password.common" -> "it is one of the most common passwords";
                default -> "it contains the user name 'admin'";
            };
            throw new IllegalStateException("JIGAI_ADMIN_PASSWORD is not acceptable: " + why + ".");
        }
        if (accounts.createAdminIfMissing(password) && !given && !properties.demoDataEnabled()) {
            log.warn("Created the account 'admin' with the generated password {} — change it after logging in.", password);
        }
    }
}
