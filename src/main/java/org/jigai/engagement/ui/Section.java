package org.jigai.engagement.ui;

import com.vaadin.flow.component.html.Div;
import org.jigai.engagement.EngagementDetails;
import org.jigai.engagement.EngagementService;

/**
 * A section of the engagement page (proposals, milestones, ratings) that draws itself from the engagement's details
 * and draws itself again when the page hands it newer ones; {@code changed} tells the page the reader acted.
 */
abstract class Section extends Div {

    protected final transient EngagementService engagements;
    protected final long id;
    protected final Runnable changed;
    protected EngagementDetails details;

    Section(EngagementService engagements, EngagementDetails details, Runnable changed, String className) {
        this.engagements = engagements;
        this.id = details.id();
        this.details = details;
        this.changed = changed;
        addClassName(className);
    }

    void refresh(EngagementDetails next) {
        details = next;
        render();
    }

    abstract void render();
}
