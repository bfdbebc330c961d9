package org.jigai.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * Something a feature module wants the signed-in user to see first on the home page (a reminder, a to-do).
 * Implementations are Spring beans; {@link #create()} is called for each visit and returns a new component, or
 * nothing when there is nothing to say to this user.
 */
public interface HomeCard {

    Optional<Component> create();
}
