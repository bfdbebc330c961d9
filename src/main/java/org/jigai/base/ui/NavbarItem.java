package org.jigai.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * Something a feature module puts in the top bar next to the user menu (the notification bell), so that the layout
 * need not know it. Implementations are Spring beans; {@link #create()} is called for every layout instance.
 */
public interface NavbarItem {

    Optional<Component> create();
}
