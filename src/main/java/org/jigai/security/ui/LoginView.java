package org.jigai.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.jigai.security.LoginThrottledException;
import org.springframework.security.web.WebAttributes;

/** The log-in page: user name and password, with a link to register an organisation. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** Where the failure handler leaves the user name of a failed attempt. */
    public static final String LAST_USERNAME = "jigai.lastUsername";
    /** Where the form posts: not the view's own path, which Vaadin exempts from CSRF protection. */
    public static final String PROCESSING_PATH = "signin";
    private final LoginForm form = new LoginForm();
    private final transient AuthenticationContext authentication;

    LoginView(AuthenticationContext authentication) {
        this.authentication = authentication;
        addClassName("jigai-auth-page");
        form.setAction(PROCESSING_PATH);
        addCsrfToken();
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n(getTranslation("login.error.message")));
        var brand = new Div(new H1(getTranslation("app.name")), new Paragraph(getTranslation("app.subtitle")));
        brand.addClassName("jigai-auth-brand");
        var register = new Div(new Span(getTranslation("login.noAccount") + " "),
                new Anchor("register", getTranslation("login.register")));
        register.addClassName("jigai-auth-footer");
        var card = new Div(form, register);
        card.addClassName("jigai-auth-card");
        add(brand, card, new org.jigai.base.ui.LanguageSwitch());
    }

    private LoginI18n i18n(String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(errorMessage);
        i18n.getErrorMessage().setUsername(getTranslation("validation.required"));
        i18n.getErrorMessage().setPassword(getTranslation("validation.required"));
        return i18n;
    }

    /** The log-in is a state change like any other: the form carries the session's CSRF token. */
    private void addCsrfToken() {
        var request = com.vaadin.flow.server.VaadinServletRequest.getCurrent();
        Object attribute = request == null ? null
                : request.getHttpServletRequest().getAttribute(org.springframework.security.web.csrf.CsrfToken.class.getName());
        if (attribute instanceof org.springframework.security.web.csrf.CsrfToken token) {
            // added when the form is submitted, as the login event fires just before the native form posts
            form.getElement().executeJs("""
                    this.addEventListener('login', () => {
                      const form = this.querySelector('form') || (this.shadowRoot && this.shadowRoot.querySelector('form'));
                      if (form && !form.querySelector('input[name="' + $0 + '"]')) {
                        const input = document.createElement('input');
                        input.type = 'hidden'; input.name = $0; input.value = $1;
                        form.appendChild(input);
                      }
                    });""", token.getParameterName(), token.getToken());
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            Object last = VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            String message = last instanceof LoginThrottledException throttled
                    ? getTranslation("login.error.throttled", throttled.retryAfterSeconds())
                    : getTranslation("login.error.message");
            form.setI18n(i18n(message));
            form.setError(true);
            Object username = VaadinSession.getCurrent().getSession().getAttribute(LAST_USERNAME);
            if (username instanceof String typed) {
                // LoginForm has no Java API for its fields, so the typed name is put back on the client.
                form.getElement().executeJs("const f = this.querySelector('vaadin-text-field[name=username]')"
                        + " || this.querySelector('vaadin-text-field'); if (f) { f.value = $0; }", typed);
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " | " + getTranslation("app.name");
    }
}
