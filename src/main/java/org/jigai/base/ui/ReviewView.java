package org.jigai.base.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.ObjectProvider;

/**
 * 内容复核: what the bureau hid, by kind of record (each module contributes its {@link ReviewSection}), those their
 * owners changed and resubmitted first. Opening one leads to its page, where the bureau shows it again or keeps it
 * hidden with a new reason.
 */
@Route("review")
@RolesAllowed("BUREAU")
@Menu(title = "nav.review", order = 25, icon = "vaadin:eye-slash")
class ReviewView extends Main implements HasDynamicTitle {

    ReviewView(ObjectProvider<ReviewSection> sections) {
        addClassName("jigai-page");
        add(new H2(getTranslation("review.title")));
        var all = sections.orderedStream().toList();
        var intro = new Paragraph(getTranslation("review.intro", all.stream().mapToLong(ReviewSection::resubmitted).sum(),
                all.stream().mapToLong(ReviewSection::hidden).sum()));
        intro.addClassName("jigai-muted");
        intro.setId("review-intro");
        add(intro);
        for (ReviewSection section : all) {
            add(new H3(getTranslation(section.titleKey())), section.create());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.title") + " | " + getTranslation("app.name");
    }
}
