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
 * Simplified Chinese unless the person chose English with the language switch; the choice lives in a
 * cookie so that it holds on the login page too and across sessions.
 */
@Component
class LocaleSupport implements VaadinServiceInitListener {

    static final String COOKIE = "jigai-lang";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setLocale(fromRequest(e.getRequest())));
        event.getSource().addUIInitListener(e -> e.getUI().setLocale(e.getUI().getSession().getLocale()));
    }

    static Locale fromRequest(VaadinRequest request) {
        Cookie[] cookies = request.getCookies();
        boolean english = cookies != null && Arrays.stream(cookies)
                .anyMatch(c -> COOKIE.equals(c.getName()) && "en".equals(c.getValue()));
        return english ? Locale.ENGLISH : Translations.CHINESE;
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
