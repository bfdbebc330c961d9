package org.jigai.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown for an unknown address and, on purpose, also for a page the user may not open: a 404 does not tell
 * whether something exists. Inside the application's layout, so that the way back is in reach.
 */
@AnonymousAllowed
@com.vaadin.flow.router.ParentLayout(MainLayout.class)
public class NotFoundView extends Main implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        fill(this);
        return HttpServletResponse.SC_NOT_FOUND;
    }

    /** The friendly 404 in the reader's language; also the page {@link NotFoundPage} shows. */
    static void fill(Main page) {
        page.removeAll();
        page.addClassName("jigai-page");
        page.addClassName("jigai-error-page");
        page.add(new H2(page.getTranslation("error.notFound.title")));
        page.add(new Paragraph(page.getTranslation("error.notFound.text")));
        page.add(new Anchor("", page.getTranslation("error.backHome")));
    }
}
