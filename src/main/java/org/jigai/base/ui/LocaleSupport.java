package org.jigai.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import org.jigai.base.Translations;
import org.springframework.stereotype.Component;

/**
 * The person's language: their choice with the language switch (kept in a cookie, so that it holds on the login page
 * too and across sessions), else the browser's language — English when it asks for English first, Simplified Chinese
 * otherwise.
 */
@Component
class LocaleSupport implements VaadinServiceInitListener {

    static final String COOKIE = "jigai-lang";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setLocale(fromRequest(e.getRequest())));
        event.getSource().addUIInitListener(e -> e.getUI().setLocale(e.getUI().getSession().getLocale()));
    }

    /** The person's choice (the cookie), else the browser's first language: English for en-*, Chinese otherwise. */
    static Locale fromRequest(VaadinRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (COOKIE.equals(c.getName())) {
                    return "en".equals(c.getValue()) ? Locale.ENGLISH : Translations.CHINESE;
                }
            }
        }
        // without an Accept-Language header the servlet container reports its own default: that is not the person's
        String asked = request.getHeader("Accept-Language");
        Locale browser = asked == null || asked.isBlank() ? null : request.getLocale();
        return browser != null && "en".equals(browser.getLanguage()) ? Locale.ENGLISH : Translations.CHINESE;
    }

    static void switchTo(Locale locale) {
        var cookie = new Cookie(COOKIE, locale.getLanguage());
        cookie.setPath("/");
        cookie.setMaxAge(60 * 60 * 24 * 365);
        cookie.setHttpOnly(true);
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            response.addCookie(cookie);
        }
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().getPage().reload();
    }
}
