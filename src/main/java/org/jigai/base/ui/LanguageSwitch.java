package org.jigai.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import java.util.Locale;
import org.jigai.base.Translations;

/** Chinese | English (each named in its own language), for pages without the user menu (log-in, registration, invitation, password reset). */
public class LanguageSwitch extends Div {

    public LanguageSwitch() {
        addClassName("jigai-language-switch");
        setId("language-switch");
        add(choice(getTranslation("language.zh"), Translations.CHINESE), choice(getTranslation("language.en"), Locale.ENGLISH));
    }

    private Button choice(String label, Locale locale) {
        var button = new Button(label, e -> LocaleSupport.switchTo(locale));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        button.getElement().setAttribute("lang", locale.toLanguageTag());
        return button;
    }
}
