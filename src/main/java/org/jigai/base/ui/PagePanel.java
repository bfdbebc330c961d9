package org.jigai.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A section that another module adds to a detail page (for example the matching module's recommendations under a
 * need), so that the page's module need not know it. Implementations are Spring beans; {@link #create} is called
 * each time the page shows a record and returns a new component, or nothing for this reader.
 */
public interface PagePanel {

    String NEED = "need";
    String SOLUTION = "solution";
    String PROVIDER = "provider";

    Optional<Component> create(String page, long id);
}
