package org.jigai.provider.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
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
import org.jigai.base.ui.Phones;
import org.jigai.provider.ProviderDetails;
import org.jigai.provider.ProviderService;
import org.jigai.provider.Qualification;
import org.jigai.provider.SolutionFilter;
import org.jigai.provider.SolutionService;
import org.jigai.provider.SolutionSummary;
import org.springframework.data.domain.PageRequest;

/** A provider's page for every signed-in user; contact details stay hidden until a collaboration reveals them. */
@Route("providers/:id([0-9]{1,18})")
@PermitAll
class ProviderPageView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ProviderService providers;
    private final SolutionService solutions;
    private final org.springframework.beans.factory.ObjectProvider<org.jigai.base.ui.PagePanel> panels;
    private String name = "";

    private final org.jigai.base.PoolMembership pool;

    ProviderPageView(ProviderService providers, SolutionService solutions,
            org.springframework.beans.factory.ObjectProvider<org.jigai.base.ui.PagePanel> panels,
            org.jigai.base.PoolMembership pool) {
        this.pool = pool;
        this.panels = panels;
        this.providers = providers;
        this.solutions = solutions;
        addClassName("jigai-page");
    }

    /** The bureau's hiding notice for the provider and staff, with the next step for the provider. */
    static com.vaadin.flow.component.Component moderationNotice(com.vaadin.flow.component.Component c, ProviderDetails p) {
        var notice = new com.vaadin.flow.component.html.Div(new Paragraph(c.getTranslation("provider.hiddenNotice",
                p.hiddenReason())));
        if (p.resubmittedAt() != null) {
            notice.add(new Paragraph(c.getTranslation("provider.resubmittedNotice",
                    org.jigai.base.Formats.dateTime(p.resubmittedAt(), com.vaadin.flow.component.UI.getCurrent().getLocale()))));
        } else if (p.mayResubmit()) {
            notice.add(new Paragraph(c.getTranslation("provider.resubmitHint")));
        }
        notice.addClassName("jigai-notice");
        return notice;
    }

    private com.vaadin.flow.component.Component moderation(ProviderDetails p) {
        var bar = new com.vaadin.flow.component.orderedlayout.HorizontalLayout();
        long id = p.organizationId();
        Runnable reload = () -> getUI().ifPresent(ui -> ui.getPage().reload());
        if (p.hidden()) {
            var show = new com.vaadin.flow.component.button.Button(getTranslation("provider.unhide"), e -> {
                providers.unhide(id);
                reload.run();
            });
            show.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_PRIMARY);
            bar.add(show);
            if (p.resubmittedAt() != null) {
                bar.add(new com.vaadin.flow.component.button.Button(getTranslation("provider.keepHidden"),
                        e -> org.jigai.base.ui.ReasonDialog.ask(this, "provider.keepHidden", "solution.hideReason",
                                org.jigai.provider.SolutionService.REASON_MAX, r -> providers.hide(id, r),
                                "provider.hiddenDone", reload)));
            }
        } else if (p.version() >= 0) {
            var hide = new com.vaadin.flow.component.button.Button(getTranslation("provider.hide"),
                    e -> org.jigai.base.ui.ReasonDialog.ask(this, "provider.hide", "solution.hideReason",
                            org.jigai.provider.SolutionService.REASON_MAX, r -> providers.hide(id, r),
                            "provider.hiddenDone", reload));
            hide.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_ERROR,
                    com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY);
            bar.add(hide);
        }
        return bar;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        ProviderDetails p;
        try {
            p = providers.details(id);
        } catch (NoSuchElementException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        name = p.name();
        add(new H2(p.name()));
        var badges = org.jigai.base.ui.PoolBadges.of(this, pool, p.organizationId());
        if (!badges.isEmpty()) {
            var row = new com.vaadin.flow.component.orderedlayout.HorizontalLayout();
            row.setId("provider-pool-badges");
            row.setWrap(true);
            badges.forEach(row::add);
            add(row);
        }
        if (p.hidden() && (p.mine() || p.mayModerate())) {
            add(moderationNotice(this, p));
        }
        if (p.mayModerate()) {
            add(moderation(p));
        }
        var facts = new Facts();
        facts.fact("provider.location", Labels.region(this, p.region()));
        facts.fact("provider.categories", Labels.join(this, p.categories()));
        facts.fact("provider.industries", Labels.join(this, p.industries()));
        facts.fact("provider.regions", Labels.regions(this, p.regions()));
        facts.fact("provider.teamSize", p.teamSize() == null ? "" : p.teamSize().toString());
        facts.fact("provider.foundedYear", p.foundedYear() == null ? "" : p.foundedYear().toString());
        var card = new Main(facts);
        card.addClassName("jigai-card");
        if (p.description() != null) {
            var text = new Paragraph(p.description());
            text.addClassName("jigai-multiline");
            card.add(text);
        }
        add(card);
        long providerId = id;
        panels.orderedStream().forEach(panel -> panel.create(org.jigai.base.ui.PagePanel.PROVIDER, providerId)
                .ifPresent(this::add));
        if (!p.qualifications().isEmpty()) {
            var grid = new Grid<Qualification>();
            grid.addColumn(Qualification::name).setHeader(getTranslation("provider.qualification.name"));
            grid.addColumn(q -> q.issuer() == null ? "" : q.issuer()).setHeader(getTranslation("provider.qualification.issuer"));
            grid.addColumn(q -> Formats.date(q.expiresOn(), getLocale())).setHeader(getTranslation("provider.qualification.expires"));
            grid.setItems(p.qualifications());
            grid.setAllRowsVisible(true);
            Phones.cards(grid, q -> List.of(q.name(), q.issuer() == null ? "" : q.issuer(),
                    Formats.date(q.expiresOn(), getLocale())));
            add(new H3(getTranslation("provider.qualifications")), grid);
        }
        if (!p.references().isEmpty()) {
            add(new H3(getTranslation("provider.references")), new ReferenceProjectsGrid(p.references()));
        }
        var offered = new Grid<SolutionSummary>();
        offered.addColumn(SolutionSummary::title).setHeader(getTranslation("solution.title")).setFlexGrow(3);
        offered.addColumn(s -> Formats.wan(s.priceMinWan(), s.priceMaxWan(), getLocale()))
                .setHeader(getTranslation("solution.price")).setAutoWidth(true);
        offered.setItems(q -> solutions.browse(SolutionFilter.NONE, id,
                PageRequest.of(q.getPage(), q.getPageSize())).stream());
        offered.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("solutions/" + e.getItem().id())));
        offered.setAllRowsVisible(true);
        offered.setEmptyStateText(getTranslation("solution.none"));
        add(new H3(getTranslation("provider.solutions")), offered);
        var contact = new Paragraph(p.mine() ? getTranslation("provider.contacts.ownNote")
                : getTranslation("provider.contacts.hidden"));
        contact.addClassName("jigai-muted");
        add(contact);
    }


    @Override
    public String getPageTitle() {
        return name + " | " + getTranslation("app.name");
    }
}
