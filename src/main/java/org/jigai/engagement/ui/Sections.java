package org.jigai.engagement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Nav;
import java.util.ArrayList;
import java.util.List;

/**
 * The engagement page's sections behind a row of buttons, one shown at a time. Plain buttons that say which is
 * pressed, rather than a tab list: they read correctly to screen readers and wrap on a phone.
 */
class Sections extends Div {

    private final Nav bar = new Nav();
    private final Div content = new Div();
    private final List<Button> buttons = new ArrayList<>();
    private final List<java.util.function.Supplier<Component>> makers = new ArrayList<>();
    private final List<Component> sections = new ArrayList<>();
    private int selected;

    Sections() {
        addClassName("jigai-sections");
        bar.addClassName("jigai-section-bar");
        bar.getElement().setAttribute("aria-label", getTranslation("engagement.sections"));
        add(bar, content);
    }

    /** A section made when it is first shown: pages keep only what their reader looked at. */
    void add(String label, java.util.function.Supplier<Component> section) {
        int index = buttons.size();
        var button = new Button(label, e -> select(index));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        buttons.add(button);
        makers.add(section);
        sections.add(null);
        bar.add(button);
        select(Math.min(selected, index));
    }

    int selected() {
        return selected;
    }

    void select(int index) {
        selected = Math.max(0, Math.min(index, buttons.size() - 1));
        if (!buttons.isEmpty() && sections.get(selected) == null) {
            var made = makers.get(selected).get();
            sections.set(selected, made);
            content.add(made);
        }
        for (int i = 0; i < buttons.size(); i++) {
            boolean on = i == selected;
            if (sections.get(i) != null) {
                sections.get(i).setVisible(on);
            }
            buttons.get(i).getElement().setAttribute("aria-pressed", String.valueOf(on));
            if (on) {
                buttons.get(i).addClassName("jigai-section-selected");
            } else {
                buttons.get(i).removeClassName("jigai-section-selected");
            }
        }
    }
}
