package org.jigai.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.jigai.security.ui.LoginView;

/** Back to the log-in page after a failure, remembering the typed user name so that it need not be typed again. */
class RememberingFailureHandler extends SimpleUrlAuthenticationFailureHandler {

    static final String LAST_USERNAME = LoginView.LAST_USERNAME;

    RememberingFailureHandler() {
        super("/login?error");
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException, ServletException {
        String username = request.getParameter("username");
        if (username != null && username.length() <= 100) {
            request.getSession().setAttribute(LAST_USERNAME, username);
        }
        super.onAuthenticationFailure(request, response, exception);
    }
}
