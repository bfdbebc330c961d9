package org.jigai.engagement;

/** Who takes a transition: one of the two parties, the platform's timers, or the bureau. */
public enum Side {
    ENTERPRISE, PROVIDER, SYSTEM, BUREAU;

    public Side other() {
        return switch (this) {
            case ENTERPRISE -> PROVIDER;
            case PROVIDER -> ENTERPRISE;
            default -> this;
        };
    }

    public String labelKey() {
        return "engagement.side." + name();
    }
}
