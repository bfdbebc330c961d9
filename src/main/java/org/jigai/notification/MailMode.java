package org.jigai.notification;

/** How a kind of notification reaches a user by e-mail. */
public enum MailMode {
    IMMEDIATE, DIGEST, OFF;

    public String labelKey() {
        return "notification.mail." + name();
    }
}
