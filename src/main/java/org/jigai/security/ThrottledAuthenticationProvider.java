package org.jigai.security;

import java.time.Duration;
import org.jigai.account.AccountPrincipal;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Username-and-password log-in (form and HTTP Basic) against the accounts, behind {@link LoginThrottle}. */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider delegate;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(UserDetailsService users, PasswordEncoder passwordEncoder, LoginThrottle throttle) {
        this.delegate = new DaoAuthenticationProvider(users);
        this.delegate.setPasswordEncoder(passwordEncoder);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = String.valueOf(authentication.getName());
        String address = authentication.getDetails() instanceof WebAuthenticationDetails d && d.getRemoteAddress() != null
                ? d.getRemoteAddress() : "unknown";
        Duration wait = throttle.waitFor(username, address);
        if (!wait.isZero()) {
            throw new LoginThrottledException(wait);
        }
        try {
            Authentication result = delegate.authenticate(authentication);
            throttle.succeeded(username);
            // Keep no password hash in the session.
            var principal = ((AccountPrincipal) result.getPrincipal()).withoutPassword();
            var authenticated = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
            authenticated.setDetails(result.getDetails());
            return authenticated;
        } catch (BadCredentialsException e) {
            throttle.failed(username, address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
