package org.jigai.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.server.VaadinRequest;
import jakarta.servlet.http.Cookie;
import java.util.Locale;
import org.jigai.base.Person;
import org.jigai.base.Translations;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class LocaleSupportTest {

    static VaadinRequest request(@Nullable String cookie, @Nullable Locale browser) {
        var request = mock(VaadinRequest.class);
        when(request.getCookies()).thenReturn(cookie == null ? null : new Cookie[] {new Cookie(LocaleSupport.COOKIE, cookie)});
        when(request.getLocale()).thenReturn(browser == null ? Locale.US : browser);
        when(request.getHeader("Accept-Language")).thenReturn(browser == null ? null : browser.toLanguageTag());
        return request;
    }

    @Test
    void the_login_page_follows_the_browser_until_the_person_chooses() {
        assertThat(LocaleSupport.fromRequest(request(null, Locale.US))).isEqualTo(Locale.ENGLISH);
        assertThat(LocaleSupport.fromRequest(request(null, Locale.SIMPLIFIED_CHINESE))).isEqualTo(Translations.CHINESE);
        assertThat(LocaleSupport.fromRequest(request(null, Locale.GERMAN))).as("neither: the default")
                .isEqualTo(Translations.CHINESE);
        assertThat(LocaleSupport.fromRequest(request(null, null))).isEqualTo(Translations.CHINESE);
        assertThat(LocaleSupport.fromRequest(request("zh", Locale.US))).as("the choice wins")
                .isEqualTo(Translations.CHINESE);
        assertThat(LocaleSupport.fromRequest(request("en", Locale.SIMPLIFIED_CHINESE))).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void the_first_administrator_is_named_in_the_readers_language() {
        var text = new Translations();
        assertThat(Person.shown(Person.FIRST_ADMIN_NAME, k -> text.get(Translations.CHINESE, k))).isEqualTo("系统管理员");
        assertThat(Person.shown(Person.FIRST_ADMIN_NAME, k -> text.get(Locale.ENGLISH, k))).isEqualTo("Administrator");
        assertThat(Person.shown("张敏", k -> text.get(Locale.ENGLISH, k))).isEqualTo("张敏");
    }
}
