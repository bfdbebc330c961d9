package org.jigai.account.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import org.jigai.account.AccountPrincipal;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** Signs in a person who has just registered or accepted an invitation, then opens the home page. */
final class SignIn {

    private SignIn() {}

    static void andGoHome(AccountPrincipal principal) {
        var request = VaadinServletRequest.getCurrent();
        var response = VaadinServletResponse.getCurrent();
        // A new session id, as at every log-in, so that a planted session cannot be taken over.
        VaadinService.reinitializeSession(request);
        var authenticated = UsernamePasswordAuthenticationToken.authenticated(principal.withoutPassword(), null,
                principal.getAuthorities());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authenticated);
        SecurityContextHolder.setContext(context);
        new HttpSessionSecurityContextRepository().saveContext(context, request.getHttpServletRequest(),
                response.getHttpServletResponse());
        UI.getCurrent().getPage().setLocation(request.getContextPath() + "/");
    }
}
