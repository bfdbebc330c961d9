package org.jigai.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** The one error handler of the UI: logs what went wrong and shows the person a friendly notification. */
@Component
class ErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(error -> {
            Throwable cause = error.getThrowable();
            String key;
            if (has(cause, ObjectOptimisticLockingFailureException.class)) {
                key = "error.concurrentEdit";
                log.info("Concurrent edit rejected: {}", cause.getMessage());
            } else if (has(cause, AccessDeniedException.class)) {
                key = "error.accessDenied";
                log.warn("Access denied: {}", cause.getMessage());
            } else {
                String id = UUID.randomUUID().toString().substring(0, 8);
                log.error("Unexpected error {}", id, cause);
                key = "error.unexpected";
            }
            UI ui = UI.getCurrent();
            if (ui != null) {
                ui.access(() -> {
                    var notification = new Notification(ui.getTranslation(key), 6000, Notification.Position.TOP_CENTER);
                    notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
                    notification.open();
                });
            }
        }));
    }

    private static boolean has(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }
}
