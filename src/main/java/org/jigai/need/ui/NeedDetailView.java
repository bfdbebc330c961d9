package org.jigai.need.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import org.jigai.base.Formats;
import org.jigai.base.ui.Labels;
import org.jigai.base.ui.Facts;
import org.jigai.base.InvalidInputException;
import org.jigai.need.NeedAttachmentService;
import org.jigai.need.NeedDetails;
import org.jigai.need.NeedForm;
import org.jigai.need.NeedService;

/** One need: its content, its state, and the actions its reader may take. Unseeable needs are "not found". */
@Route("needs/:id([0-9]{1,18})")
@PermitAll
class NeedDetailView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final NeedService needs;
    private final NeedAttachmentService attachments;
    private long id;
    private String pageTitle = "";

    private final org.springframework.beans.factory.ObjectProvider<org.jigai.base.ui.PagePanel> panels;

    NeedDetailView(NeedService needs, NeedAttachmentService attachments,
            org.springframework.beans.factory.ObjectProvider<org.jigai.base.ui.PagePanel> panels) {
        this.panels = panels;
        this.needs = needs;
        this.attachments = attachments;
        addClassName("jigai-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().getLong("id");
        if (id.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        this.id = id.get();
        try {
            show(needs.details(this.id));
        } catch (NoSuchElementException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(NeedDetails n) {
        removeAll();
        pageTitle = n.title();
        var heading = new H2(n.title());
        heading.addClassName("jigai-break");
        var status = new HorizontalLayout(NeedLabels.status(this, n.status(), n.hidden()), new Span(n.ownerShown() ? n.organizationName()
                : NeedLabels.anonymousOwner(this, n.industry(), n.region())));
        status.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.CENTER);
        status.setWrap(true);
        add(heading, status);
        if (n.hidden() && (n.mine() || n.mayModerate())) {
            add(notice(getTranslation("need.hiddenNotice", n.hiddenReason())));
            if (n.resubmittedAt() != null) {
                add(notice(getTranslation("need.resubmittedNotice", Formats.dateTime(n.resubmittedAt(), getLocale()))));
            } else if (n.mayResubmit()) {
                add(notice(getTranslation("need.resubmitHint")));
            }
        }
        if (n.closeReason() != null) {
            add(notice(getTranslation("need.closedNotice", n.closeReason())));
        }

        var facts = new Facts();
        facts.fact("need.industry", n.industry() == null ? "" : getTranslation(n.industry().labelKey()));
        facts.fact("need.directions", Labels.join(this, n.directions()));
        facts.fact("need.region", Labels.region(this, n.region()));
        facts.fact("need.budget", Formats.wan(n.budgetMinWan(), n.budgetMaxWan(), getLocale()));
        facts.fact("need.period", period(n));
        facts.fact("need.contact", getTranslation(n.contactPreference().labelKey()));
        if (n.mine() || n.mayModerate()) {
            facts.fact("need.visibility", getTranslation(n.visibility().labelKey()));
            facts.fact("need.anonymous", n.anonymous() ? getTranslation("need.anonymousYes") : "");
        }
        facts.fact("need.publishedAt", Formats.dateTime(n.publishedAt(), getLocale()));
        if (n.mine()) {
            facts.fact("need.expires", Formats.dateTime(n.expiresAt(), getLocale()));
        }
        var description = new Paragraph(n.description() == null ? "" : n.description());
        description.addClassName("jigai-multiline");
        var card = new Main(facts, new H3(getTranslation("need.description")), description);
        card.addClassName("jigai-card");
        add(card, new NeedAttachments(attachments, n.id(), n.mayEdit()), actions(n));
        panels.orderedStream().forEach(p -> p.create(org.jigai.base.ui.PagePanel.NEED, n.id()).ifPresent(this::add));
    }

    private Component actions(NeedDetails n) {
        var bar = new HorizontalLayout();
        bar.setWrap(true);
        if (n.mayEdit()) {
            bar.add(new Button(getTranslation("need.edit"), e -> getUI().ifPresent(ui -> ui.navigate("my/needs/edit/" + id))));
        }
        if (n.mayPublish()) {
            var publish = new Button(getTranslation("need.publish"), e -> act(() -> needs.publish(id), "need.published"));
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(publish);
        }
        if (n.mayRenew()) {
            bar.add(new Button(getTranslation("need.renew"), e -> act(() -> needs.renew(id), "need.renewed")));
        }
        if (n.mayClose()) {
            var close = new Button(getTranslation("need.close"),
                    e -> askReason("need.close", reason -> needs.close(id, reason), "need.closed"));
            close.addThemeVariants(ButtonVariant.LUMO_ERROR);
            bar.add(close);
        }
        if (n.mayResubmit()) {
            var resubmit = new Button(getTranslation("need.resubmit"), e -> act(() -> needs.resubmit(id), "need.resubmitted"));
            resubmit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            resubmit.setId("need-resubmit");
            bar.add(resubmit);
        }
        if (n.mayModerate() && n.hidden() && n.resubmittedAt() != null) {
            var keep = new Button(getTranslation("need.keepHidden"),
                    e -> askReason("need.keepHidden", reason -> needs.hide(id, reason), "need.hiddenDone"));
            keep.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            bar.add(keep);
        }
        if (n.mayModerate()) {
            var moderate = n.hidden()
                    ? new Button(getTranslation("need.unhide"), e -> act(() -> needs.unhide(id), "need.shown"))
                    : new Button(getTranslation("need.hide"),
                            e -> askReason("need.hide", reason -> needs.hide(id, reason), "need.hiddenDone"));
            moderate.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            bar.add(moderate);
        }
        return bar;
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            Notification.show(getTranslation(doneKey), 3000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException invalid) {
            var problem = invalid.problems().values().iterator().next();
            Notification.show(getTranslation(problem.key(), problem.args()), 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        show(needs.details(id));
    }

    private void askReason(String titleKey, Consumer<String> action, String doneKey) {
        org.jigai.base.ui.ReasonDialog.ask(this, titleKey, "need.reason", NeedForm.REASON_MAX, action::accept, doneKey,
                () -> show(needs.details(id)));
    }

    private String period(NeedDetails n) {
        if (n.expectedStart() == null && n.expectedFinish() == null) {
            return "";
        }
        return Formats.date(n.expectedStart(), getLocale()) + " – " + Formats.date(n.expectedFinish(), getLocale());
    }


    private Component notice(String text) {
        var notice = new Paragraph(text);
        notice.addClassName("jigai-notice");
        return notice;
    }

    @Override
    public String getPageTitle() {
        return pageTitle + " | " + getTranslation("app.name");
    }
}
