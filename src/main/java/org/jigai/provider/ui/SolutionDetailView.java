package org.jigai.provider.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.NoSuchElementException;
import org.jigai.base.Formats;
import org.jigai.base.ui.Facts;
import org.jigai.base.ui.Labels;
import org.jigai.base.ui.ReasonDialog;
import org.jigai.provider.SolutionDetails;
import org.jigai.provider.SolutionService;

/** One solution; its provider also edits, publishes and archives it here. Unseeable ones are "not found". */
@Route("solutions/:id([0-9]{1,18})")
@PermitAll
class SolutionDetailView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final SolutionService solutions;
    private long id;
    private String pageTitle = "";

    private final org.springframework.beans.factory.ObjectProvider<org.jigai.base.ui.PagePanel> panels;

    private final org.jigai.base.PoolMembership pool;

    SolutionDetailView(SolutionService solutions,
            org.springframework.beans.factory.ObjectProvider<org.jigai.base.ui.PagePanel> panels,
            org.jigai.base.PoolMembership pool) {
        this.pool = pool;
        this.panels = panels;
        this.solutions = solutions;
        addClassName("jigai-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElse(-1L);
        try {
            show(solutions.details(id));
        } catch (NoSuchElementException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(SolutionDetails s) {
        removeAll();
        pageTitle = s.title();
        var heading = new H2(s.title());
        heading.addClassName("jigai-break");
        var provider = new Anchor("providers/" + s.organizationId(), s.providerName());
        var status = new HorizontalLayout(SolutionBadges.of(this, s.status()), provider);
        org.jigai.base.ui.PoolBadges.of(this, pool, s.organizationId()).forEach(status::add);
        status.setWrap(true);
        status.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.CENTER);
        List<com.vaadin.flow.component.Component> notices = new java.util.ArrayList<>();
        if (s.hidden() && (s.mine() || s.mayModerate())) {
            notices.add(notice(getTranslation("solution.hiddenNotice", s.hiddenReason())));
            if (s.resubmittedAt() != null) {
                notices.add(notice(getTranslation("solution.resubmittedNotice",
                        Formats.dateTime(s.resubmittedAt(), getLocale()))));
            } else if (s.mayResubmit()) {
                notices.add(notice(getTranslation("solution.resubmitHint")));
            }
        }
        var facts = new Facts()
                .fact("provider.categories", Labels.join(this, s.categories()))
                .fact("solution.industries", Labels.join(this, s.industries()))
                .fact("need.directions", Labels.join(this, s.directions()))
                .fact("solution.price", Formats.wan(s.priceMinWan(), s.priceMaxWan(), getLocale()))
                .fact("solution.deliveryWeeks", s.deliveryWeeks() == null ? ""
                        : getTranslation("solution.weeks", s.deliveryWeeks()))
                .fact("solution.tags", s.tags() == null ? "" : s.tags())
                .fact("need.publishedAt", Formats.dateTime(s.publishedAt(), getLocale()));
        var description = new Paragraph(s.description() == null ? "" : s.description());
        description.addClassName("jigai-multiline");
        var card = new Main(facts, new H3(getTranslation("solution.description")), description);
        card.addClassName("jigai-card");
        add(heading, status);
        notices.forEach(this::add);
        add(card);
        if (!s.references().isEmpty()) {
            add(new H3(getTranslation("solution.references")), new ReferenceProjectsGrid(s.references()));
        }
        if (s.mine()) {
            var bar = new HorizontalLayout();
            bar.add(new Button(getTranslation("solution.edit"),
                    e -> getUI().ifPresent(ui -> ui.navigate("my/solutions/edit/" + id))));
            if (s.mayPublish()) {
                var publish = new Button(getTranslation("need.publish"), e -> act(() -> solutions.publish(id), "solution.published"));
                publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                bar.add(publish);
            }
            if (s.mayArchive()) {
                var archive = new Button(getTranslation("solution.archive"), e -> act(() -> solutions.archive(id), "solution.archived"));
                archive.addThemeVariants(ButtonVariant.LUMO_ERROR);
                bar.add(archive);
            }
            if (s.mayResubmit()) {
                var resubmit = new Button(getTranslation("solution.resubmit"),
                        e -> act(() -> solutions.resubmit(id), "solution.resubmitted"));
                resubmit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                resubmit.setId("solution-resubmit");
                bar.add(resubmit);
            }
            add(bar);
        }
        if (s.mayModerate()) {
            var moderation = new HorizontalLayout();
            if (s.hidden()) {
                var show = new Button(getTranslation("solution.unhide"), e -> act(() -> solutions.unhide(id), "solution.shown"));
                show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                moderation.add(show);
                if (s.resubmittedAt() != null) {
                    moderation.add(new Button(getTranslation("solution.keepHidden"), e -> hide("solution.keepHidden")));
                }
            } else {
                var hide = new Button(getTranslation("solution.hide"), e -> hide("solution.hide"));
                hide.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                moderation.add(hide);
            }
            add(moderation);
        }
        panels.orderedStream().forEach(p -> p.create(org.jigai.base.ui.PagePanel.SOLUTION, s.id()).ifPresent(this::add));
    }

    private void hide(String titleKey) {
        ReasonDialog.ask(this, titleKey, "solution.hideReason", SolutionService.REASON_MAX,
                reason -> solutions.hide(id, reason), "solution.hiddenDone", () -> show(solutions.details(id)));
    }

    private static com.vaadin.flow.component.Component notice(String text) {
        var p = new Paragraph(text);
        p.addClassName("jigai-notice");
        return p;
    }

    private void act(Runnable action, String doneKey) {
        action.run();
        Notification.show(getTranslation(doneKey), 3000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        show(solutions.details(id));
    }

    @Override
    public String getPageTitle() {
        return pageTitle + " | " + getTranslation("app.name");
    }
}
