package org.jigai.selection.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.NoSuchElementException;
import java.util.regex.Pattern;
import org.jigai.base.Translations;
import org.jigai.selection.SelectionService;
import org.springframework.stereotype.Component;

/**
 * Search engines read the showcase from the first response: the page that starts {@code /cases} and
 * {@code /cases/{id}} carries the case's title and a description (its first lines) in its head, written on the server
 * before any script runs. Other pages keep the application's title.
 */
@Component
class CasePages implements VaadinServiceInitListener {

    private static final Pattern CASE = Pattern.compile("/cases/([0-9]{1,18})/?");
    private static final int DESCRIPTION_MAX = 150;

    private final SelectionService selection;
    private final Translations translations;

    CasePages(SelectionService selection, Translations translations) {
        this.selection = selection;
        this.translations = translations;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            String path = response.getVaadinRequest().getPathInfo();
            if (path == null) {
                return;
            }
            String title;
            String description;
            var m = CASE.matcher(path);
            if (m.matches()) {
                try {
                    var story = selection.story(Long.parseLong(m.group(1)));
                    var c = story.card();
                    title = c.title() + " | " + translations.get("cases.title") + " | " + translations.get("app.name");
                    description = translations.get(story.inNotice() ? "cases.metaNotice" : "cases.meta", c.year(),
                            c.enterpriseName(), c.teaser());
                } catch (NoSuchElementException | NumberFormatException missing) {
                    return;
                }
            } else if (path.equals("/cases") || path.equals("/cases/")) {
                title = translations.get("cases.title") + " | " + translations.get("app.name");
                description = translations.get("cases.intro");
            } else {
                return;
            }
            var doc = response.getDocument();
            doc.title(title);
            String text = description.codePointCount(0, description.length()) <= DESCRIPTION_MAX ? description
                    : description.substring(0, description.offsetByCodePoints(0, DESCRIPTION_MAX)) + "…";
            doc.head().appendElement("meta").attr("name", "description").attr("content", text);
            doc.head().appendElement("meta").attr("property", "og:title").attr("content", title);
            doc.head().appendElement("meta").attr("property", "og:description").attr("content", text);
        });
    }
}
