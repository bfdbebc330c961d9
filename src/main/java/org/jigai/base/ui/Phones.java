package org.jigai.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableFunction;
import java.util.List;

/**
 * What lists and filters become on a phone (narrower than {@link #WIDTH} pixels): a grid shows one column of cards
 * instead of columns cut off at the edge, and filters fold into a panel above the results.
 */
public final class Phones {

    public static final int WIDTH = 640;

    private Phones() {}

    /**
     * Adds a column of cards to the grid, shown instead of the other columns on a phone. {@code lines} gives a row's
     * card: its title first, then one or more lines of facts.
     */
    public static <T> void cards(Grid<T> grid, SerializableFunction<T, List<String>> lines) {
        var cardColumn = grid.addColumn(new ComponentRenderer<>(item -> card(lines.apply(item))));
        cardColumn.setKey("phone-card");
        cardColumn.setVisible(false);
        cardColumn.setFlexGrow(1);
        onWidth(grid, phone -> {
            grid.getColumns().forEach(c -> c.setVisible(phone == (c == cardColumn)));
            if (phone) {
                grid.addThemeName("jigai-cards");
            } else {
                grid.removeThemeName("jigai-cards");
            }
        });
    }

    /** The filters in a panel that is open on a desktop and folded on a phone. */
    public static Details filters(Component filters) {
        var panel = new Details(filters.getTranslation("filters.title"), filters);
        panel.addClassName("jigai-filters");
        panel.setOpened(true);
        onWidth(panel, phone -> panel.setOpened(!phone));
        return panel;
    }

    private static Component card(List<String> lines) {
        var card = new Div();
        card.addClassName("jigai-phone-card");
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i) == null || lines.get(i).isBlank()) {
                continue;
            }
            var line = new Span(lines.get(i));
            line.addClassName(i == 0 ? "jigai-phone-card-title" : "jigai-muted");
            card.add(line);
        }
        return card;
    }

    /** Calls back with "is a phone" when the component is attached and whenever the window is resized. */
    private static void onWidth(Component component, SerializableConsumer<Boolean> phone) {
        component.addAttachListener(attach -> {
            UI ui = attach.getUI();
            ui.getPage().retrieveExtendedClientDetails(details -> phone.accept(details.getWindowInnerWidth() < WIDTH));
            var registration = ui.getPage().addBrowserWindowResizeListener(e -> phone.accept(e.getWidth() < WIDTH));
            component.addDetachListener(detach -> {
                registration.remove();
                detach.unregisterListener();
            });
        });
    }
}
