package org.jigai.need;

/** How the enterprise prefers to be contacted once contact details are shared. */
public enum ContactPreference {
    PLATFORM, PHONE, EMAIL;

    public String labelKey() {
        return "need.contact." + name();
    }
}
