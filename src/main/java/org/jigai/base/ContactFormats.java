package org.jigai.base;

import java.util.regex.Pattern;

/** Formats of contact details that DOMAIN.md fixes. */
public final class ContactFormats {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    // Deliberately simple: one @, a dot in the domain, no spaces. Real validation is a mail that arrives.
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private ContactFormats() {}

    /** Mainland mobile number: 11 digits starting with 1[3-9]. */
    public static boolean isMobile(String value) {
        return value != null && MOBILE.matcher(value).matches();
    }

    public static boolean isEmail(String value) {
        return value != null && value.length() <= 254 && EMAIL.matcher(value).matches();
    }
}
