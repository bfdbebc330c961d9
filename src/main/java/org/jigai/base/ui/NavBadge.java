package org.jigai.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A live count a feature module shows next to one of the navigation's entries (unread messages next to 我的对接).
 * Implementations are Spring beans; {@link #create()} returns a new component for this user, or nothing.
 */
public interface NavBadge {

    /** The route path of the navigation entry, as in its {@code @Route}. */
    String path();

    Optional<Component> create();
}
