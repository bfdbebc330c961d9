package org.jigai.base;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * All user-visible text: {@code vaadin-i18n/translations_zh_CN.properties} (the default) and
 * {@code translations_en.properties}. Views reach it through {@code getTranslation}, services and the REST API
 * through {@link #get(String, Object...)} (Simplified Chinese) or {@link #get(Locale, String, Object...)}.
 */
@Component
public class Translations implements I18NProvider {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> LOCALES = List.of(CHINESE, ENGLISH);
    static final String BUNDLE = "vaadin-i18n.translations";

    private static final Logger log = LoggerFactory.getLogger(Translations.class);

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return get(locale, key, params);
    }

    public String get(String key, Object... params) {
        return get(CHINESE, key, params);
    }

    public String get(Locale locale, String key, Object... params) {
        Locale effective = ENGLISH.getLanguage().equals(locale == null ? null : locale.getLanguage()) ? ENGLISH : CHINESE;
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, effective, NO_FALLBACK).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, effective).format(params);
        } catch (MissingResourceException e) {
            log.warn("Missing translation {} for {}", key, effective);
            return "!" + key;
        }
    }

    /** Never falls back to the JVM's default locale; the root bundle is empty. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
}
