package org.jigai.base.ui;

import com.vaadin.flow.component.Component;

/**
 * One kind of record on the bureau's review page (内容复核): the module that owns the record contributes the list of
 * what the bureau hid, those resubmitted first, so that the page needs no module of its own.
 */
public interface ReviewSection {

    /** Translation key of the section's heading. */
    String titleKey();

    /** How many hidden records their owners resubmitted. */
    long resubmitted();

    /** How many records are hidden. */
    long hidden();

    Component create();
}
