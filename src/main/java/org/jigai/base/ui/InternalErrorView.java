package org.jigai.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A friendly page for an unexpected failure while opening a page; the details go to the log under an id. */
@AnonymousAllowed
public class InternalErrorView extends Main implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(InternalErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        log.error("Error {} while opening {}", id, event.getLocation().getPath(), parameter.getCaughtException());
        removeAll();
        addClassName("jigai-page");
        addClassName("jigai-error-page");
        add(new H2(getTranslation("error.internal.title")));
        add(new Paragraph(getTranslation("error.internal.text", id)));
        add(new Anchor("", getTranslation("error.backHome")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
