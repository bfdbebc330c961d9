package org.jigai.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** The label–value list of a detail page; empty values are left out. Folds to one column on a phone. */
public class Facts extends Div {

    public Facts() {
        addClassName("jigai-facts");
    }

    public Facts fact(String labelKey, String value) {
        if (value == null || value.isBlank()) {
            return this;
        }
        var label = new Span(getTranslation(labelKey));
        label.addClassName("jigai-fact-label");
        var text = new Span(value);
        text.addClassName("jigai-fact-value");
        add(label, text);
        return this;
    }
}
