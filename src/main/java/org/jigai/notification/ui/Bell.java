package org.jigai.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Optional;
import org.jigai.account.AccountPrincipal;
import org.jigai.base.LiveUpdates;
import org.jigai.base.ui.NavbarItem;
import org.jigai.notification.NotificationService;

/** The bell in the top bar: the unread count, kept current while the page is open; a click opens the centre. */
@org.springframework.stereotype.Component
class Bell implements NavbarItem {

    private final NotificationService notifications;
    private final LiveUpdates live;

    Bell(NotificationService notifications, LiveUpdates live) {
        this.notifications = notifications;
        this.live = live;
    }

    @Override
    public Optional<Component> create() {
        return AccountPrincipal.current().map(me -> new BellButton(notifications, live, me.id()));
    }

    static final class BellButton extends Button {

        private final transient NotificationService notifications;
        private final Span count = new Span();

        BellButton(NotificationService notifications, LiveUpdates live, long userId) {
            this.notifications = notifications;
            setIcon(VaadinIcon.BELL.create());
            addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            addClassName("jigai-bell");
            setId("notification-bell");
            count.addClassName("jigai-bell-count");
            getElement().appendChild(count.getElement());
            addClickListener(e -> getUI().ifPresent(ui -> ui.navigate("notifications")));
            refresh();
            org.jigai.base.ui.Live.follow(this, live, () -> LiveUpdates.user(userId), this::refresh);
        }

        private void refresh() {
            long unread = notifications.unread();
            count.setText(unread == 0 ? "" : unread > 99 ? "99+" : String.valueOf(unread));
            count.setVisible(unread > 0);
            String label = getTranslation("notification.bell", unread);
            getElement().setAttribute("aria-label", label);
            setTooltipText(label);
        }
    }
}
