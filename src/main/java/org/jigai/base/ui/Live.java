package org.jigai.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.function.SerializableSupplier;
import org.jigai.base.LiveUpdates;

/** Keeps a component current: while it is attached, each signal of its topic runs {@code refresh} with server push. */
public final class Live {

    private Live() {}

    /**
     * Subscribes on every attach (the topic is read then, so a view may learn its record in {@code beforeEnter}) and
     * unsubscribes on detach; {@code refresh} runs in {@code UI.access}, with the page's own user's rights.
     */
    public static void follow(Component component, LiveUpdates live, SerializableSupplier<String> topic,
            SerializableRunnable refresh) {
        component.addAttachListener(attach -> {
            var ui = attach.getUI();
            var subscription = live.subscribe(topic.get(), signalled -> ui.access(refresh::run));
            component.addDetachListener(detach -> {
                subscription.close();
                detach.unregisterListener();
            });
        });
    }
}
