package org.jigai.need;

/** Who among providers may see a published need. */
public enum Visibility {
    ALL_PROVIDERS, POOL_MEMBERS;

    public String labelKey() {
        return "need.visibility." + name();
    }
}
