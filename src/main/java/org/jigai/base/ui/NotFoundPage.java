package org.jigai.base.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Where a browser is sent for an address outside the application's pages that it may not open or that does not
 * exist ({@code /web.config}, {@code /admin/../x}): the same friendly 404 as {@link NotFoundView}, never the
 * browser's own "HTTP ERROR 403" page.
 */
@Route(value = NotFoundPage.PATH, layout = MainLayout.class)
@AnonymousAllowed
public class NotFoundPage extends Main implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PATH = "not-found";

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        NotFoundView.fill(this);
        var response = VaadinResponse.getCurrent();
        if (response != null) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.notFound.title") + " | " + getTranslation("app.name");
    }
}
