package org.jigai.account;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/me}: who a token acts for, so a script can check its token before it starts work. */
@RestController
class MeController {

    record Me(long id, String username, String displayName, @Nullable Long organizationId,
            @Nullable String organizationName, Set<Role> roles) {}

    private final AccountService accounts;

    MeController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/api/v1/me")
    Me me() {
        var me = accounts.me();
        var principal = AccountPrincipal.current().orElseThrow();
        return new Me(me.id(), me.username(), me.displayName(), principal.organizationId(), me.organizationName(),
                me.roles());
    }
}
