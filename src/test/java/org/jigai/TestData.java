package org.jigai;

import java.util.concurrent.atomic.AtomicInteger;
import org.jigai.account.Registration;
import org.jigai.account.Role;
import org.jigai.base.CreditCode;

/** Unique, valid input for tests that share one database. */
public final class TestData {

    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 100_000));
    public static final String PASSWORD = "Qingdao-Upgrade-77";

    private TestData() {}

    /** Makes the named user the current one, as a log-in would; returns their principal. */
    public static org.jigai.account.AccountPrincipal actAs(org.jigai.account.AccountService accounts, String username) {
        var principal = accounts.findLogin(username).orElseThrow();
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                        principal, null, principal.getAuthorities()));
        return principal;
    }

    public static String creditCode() {
        return CreditCode.withCheckCharacter(String.format("9137021%010d", SEQUENCE.incrementAndGet()));
    }

    public static String username(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet();
    }

    public static Registration enterprise(String username) {
        return new Registration(Role.ENTERPRISE, "青岛测绘精工机械有限公司" + SEQUENCE.incrementAndGet(), creditCode(),
                "370281", "赵志刚", "13912345678", "zhao@example.cn", username, PASSWORD);
    }

    public static Registration provider(String username) {
        return new Registration(Role.PROVIDER, "青岛云启工业软件有限公司" + SEQUENCE.incrementAndGet(), creditCode(),
                "370211", "孙丽", "15066778899", "sunli@example.cn", username, PASSWORD);
    }
}
