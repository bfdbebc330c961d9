package org.jigai.event;

import org.jigai.base.Labeled;

/** Where a registration stands; {@link RegistrationTransition} moves it. */
public enum RegistrationState implements Labeled {
    PENDING, CONFIRMED, DECLINED, WITHDRAWN;

    @Override
    public String labelKey() {
        return "event.registration.state." + name();
    }
}
