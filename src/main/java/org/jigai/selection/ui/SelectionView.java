package org.jigai.selection.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jigai.account.AccountPrincipal;
import org.jigai.account.Role;
import org.jigai.base.Formats;
import org.jigai.base.InvalidInputException;
import org.jigai.base.ui.FormErrors;
import org.jigai.base.ui.Notices;
import org.jigai.base.ui.Pickers;
import org.jigai.selection.CallForm;
import org.jigai.selection.CallState;
import org.jigai.selection.Criterion;
import org.jigai.selection.ReviewService;
import org.jigai.selection.ReviewState;
import org.jigai.selection.SelectionService;
import org.jigai.selection.SelectionViews.CallView;
import org.jigai.selection.SelectionViews.NominationSummary;
import org.jigai.selection.SelectionViews.Source;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * 优秀案例评选: what each role does with the annual selection. The bureau opens and manages calls; an enterprise
 * nominates to an open call and follows its nominations; a provider sees those naming it; an expert finds its
 * reviews and its declaration. The public showcase is {@code /cases}.
 */
@Route("selection")
@PermitAll
@Menu(title = "nav.selection", order = 58, icon = "vaadin:trophy")
class SelectionView extends Main implements HasDynamicTitle {

    private final transient SelectionService selection;
    private final transient ReviewService reviews;
    private final LocalDate today;
    private final Div body = new Div();

    SelectionView(SelectionService selection, ReviewService reviews, Clock clock) {
        this.selection = selection;
        this.reviews = reviews;
        this.today = LocalDate.now(clock.withZone(Formats.ZONE));
        addClassName("jigai-page");
        add(new H2(getTranslation("selection.title")));
        var intro = new Paragraph(getTranslation("selection.intro"));
        intro.addClassName("jigai-muted");
        add(intro, new Anchor("cases", getTranslation("selection.toShowcase")), body);
        refresh();
    }

    private void refresh() {
        body.removeAll();
        var me = AccountPrincipal.current().orElseThrow();
        if (me.has(Role.BUREAU) || me.has(Role.ADMIN)) {
            staff(me.has(Role.BUREAU));
        }
        if (me.has(Role.ENTERPRISE)) {
            enterprise();
        }
        if (me.has(Role.PROVIDER)) {
            provider();
        }
        if (me.has(Role.EXPERT)) {
            expert();
        }
    }

    private void staff(boolean bureau) {
        body.add(new H3(getTranslation("selection.calls")));
        if (bureau) {
            var create = new Button(getTranslation("selection.call.new"), VaadinIcon.PLUS.create(), e -> edit(null));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("call-new");
            body.add(new HorizontalLayout(create));
        }
        var calls = selection.calls();
        if (calls.isEmpty()) {
            body.add(new Paragraph(getTranslation("selection.calls.none")));
        }
        for (CallView c : calls) {
            var card = card(c);
            var counts = new ArrayList<String>();
            c.counts().forEach((s, n) -> counts.add(getTranslation(s.labelKey()) + " " + n));
            if (!counts.isEmpty()) {
                card.add(new Paragraph(String.join(" · ", counts)));
            }
            var buttons = new HorizontalLayout();
            var manage = new Anchor("selection/call/" + c.id(), getTranslation("selection.call.manage"));
            manage.setId("call-manage-" + c.year());
            buttons.add(manage);
            if (bureau && (c.state() == CallState.DRAFT || c.state() == CallState.NOMINATING
                    || c.state() == CallState.REVIEWING)) {
                var change = new Button(getTranslation("action.edit"), e -> edit(c));
                change.setId("call-edit-" + c.year());
                buttons.add(change);
            }
            buttons.setAlignItems(FlexComponent.Alignment.CENTER);
            card.add(buttons);
            body.add(card);
        }
    }

    private Div card(CallView c) {
        var card = new Div();
        card.addClassName("jigai-card");
        card.setId("call-" + c.year());
        var state = new com.vaadin.flow.component.badge.Badge(getTranslation(c.state().labelKey()));
        var head = new HorizontalLayout(new H3(c.title()), state);
        head.setAlignItems(FlexComponent.Alignment.CENTER);
        head.setWrap(true);
        card.add(head, new Paragraph(SelectionLabels.windows(this, c)));
        return card;
    }

    private void enterprise() {
        body.add(new H3(getTranslation("selection.nominate.title")));
        var open = selection.calls().stream().filter(CallView::nominatingToday).toList();
        if (open.isEmpty()) {
            body.add(new Paragraph(getTranslation("selection.nominate.none")));
        }
        for (CallView c : open) {
            var card = card(c);
            var criteria = new Paragraph(getTranslation("selection.call.criteria") + " "
                    + String.join(" · ", c.criteria().stream().map(k -> k.name() + " " + k.weight()).toList()));
            criteria.addClassName("jigai-muted");
            var nominate = new Button(getTranslation("selection.nominate"), VaadinIcon.PLUS.create(),
                    e -> nominate(c));
            nominate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            nominate.setId("nominate-" + c.year());
            card.add(criteria, nominate);
            body.add(card);
        }
        mine("selection.mine.title");
    }

    private void nominate(CallView c) {
        var dialog = new Dialog(getTranslation("selection.nominate.dialog", c.title()));
        dialog.setWidth("min(560px, 95vw)");
        var sources = new ComboBox<Source>(getTranslation("selection.nominate.source"));
        sources.setId("nominate-source");
        sources.setItems(selection.sources());
        sources.setItemLabelGenerator(s -> getTranslation(s.projectId() != null ? "selection.source.project"
                : "selection.source.engagement", s.title()));
        sources.setWidthFull();
        sources.setHelperText(getTranslation("selection.nominate.sourceHelp"));
        var go = new Button(getTranslation("selection.nominate.start"), e -> {
            var s = sources.getValue();
            try {
                long id = selection.nominate(c.id(), s == null ? null : s.projectId(),
                        s == null ? null : s.engagementId());
                dialog.close();
                getUI().ifPresent(ui -> ui.navigate("selection/nomination/" + id));
            } catch (InvalidInputException refused) {
                Notices.refused(this, refused);
            }
        });
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        go.setId("nominate-start");
        dialog.add(sources);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), go);
        dialog.open();
    }

    private void mine(String titleKey) {
        body.add(new H3(getTranslation(titleKey)));
        var mine = selection.mine();
        if (mine.isEmpty()) {
            body.add(new Paragraph(getTranslation("selection.mine.none")));
        }
        var list = new Div();
        list.setId("my-nominations");
        for (NominationSummary n : mine) {
            var row = new HorizontalLayout(new Anchor("selection/nomination/" + n.id(), n.title().isEmpty()
                    ? getTranslation("selection.untitled") : n.title()), new Span(getTranslation("selection.year", n.year())),
                    SelectionLabels.state(this, n.state()));
            row.setAlignItems(FlexComponent.Alignment.CENTER);
            row.setWrap(true);
            row.addClassName("jigai-row");
            list.add(row);
        }
        body.add(list);
    }

    private void provider() {
        mine("selection.mine.provider");
    }

    private void expert() {
        body.add(new H3(getTranslation("selection.reviews.title")));
        var declaration = new Anchor("selection/declaration", getTranslation("selection.declaration.link"));
        declaration.setId("declaration-link");
        body.add(new Paragraph(declaration));
        var mine = reviews.myReviews();
        if (mine.isEmpty()) {
            body.add(new Paragraph(getTranslation("selection.reviews.none")));
        }
        var list = new Div();
        list.setId("my-reviews");
        for (var r : mine) {
            var state = new com.vaadin.flow.component.badge.Badge(getTranslation(r.state().labelKey()));
            if (r.state() == ReviewState.PENDING) {
                state.addThemeVariants(com.vaadin.flow.component.badge.BadgeVariant.WARNING);
            }
            var row = new HorizontalLayout(new Anchor("selection/review/" + r.assignmentId(), r.title()), state,
                    new Span(getTranslation("selection.reviews.until", SelectionLabels.date(this, r.reviewCloses()))));
            row.setAlignItems(FlexComponent.Alignment.CENTER);
            row.setWrap(true);
            row.addClassName("jigai-row");
            list.add(row);
        }
        body.add(list);
    }

    private void edit(@Nullable CallView existing) {
        var dialog = new Dialog(getTranslation(existing == null ? "selection.call.new" : "selection.call.editTitle"));
        dialog.setWidth("min(640px, 95vw)");
        CallForm f = existing != null ? existing.toForm() : defaults();
        var year = new IntegerField(getTranslation("selection.call.year"));
        year.setId("call-year");
        year.setStepButtonsVisible(true);
        year.setValue(f.year());
        var title = new TextField(getTranslation("selection.call.titleField"));
        title.setId("call-title");
        title.setMaxLength(CallForm.TITLE_MAX);
        title.setWidthFull();
        title.setValue(f.title());
        var opens = Pickers.date(getTranslation("selection.call.opens"), getLocale());
        opens.setId("call-opens");
        opens.setValue(f.nominationOpens());
        var closes = Pickers.date(getTranslation("selection.call.closes"), getLocale());
        closes.setId("call-closes");
        closes.setValue(f.nominationCloses());
        var reviewCloses = Pickers.date(getTranslation("selection.call.reviewCloses"), getLocale());
        reviewCloses.setId("call-review-closes");
        reviewCloses.setValue(f.reviewCloses());
        var noticeDays = integer("selection.call.noticeDays", f.noticeDays(), "call-notice-days");
        var selectCount = integer("selection.call.selectCount", f.selectCount(), "call-select-count");
        var experts = integer("selection.call.expertsPerCase", f.expertsPerCase(), "call-experts");
        var scale = integer("selection.call.scoreScale", f.scoreScale(), "call-scale");
        var spread = integer("selection.call.spreadMargin", f.spreadMargin(), "call-spread");
        var blind = new Checkbox(getTranslation("selection.call.blind"), f.blind());
        blind.setId("call-blind");
        var normalised = new Checkbox(getTranslation("selection.call.normalised"), f.normalised());
        normalised.setId("call-normalised");
        var criteriaBox = new Div();
        criteriaBox.setId("call-criteria");
        var names = new ArrayList<TextField>();
        var weights = new ArrayList<IntegerField>();
        for (int i = 0; i < CallForm.CRITERIA_MAX; i++) {
            var name = new TextField();
            name.setPlaceholder(getTranslation("selection.call.criterionName"));
            name.setMaxLength(Criterion.NAME_MAX);
            name.setId("criterion-name-" + i);
            var weight = new IntegerField();
            weight.setPlaceholder(getTranslation("selection.call.weight"));
            weight.setId("criterion-weight-" + i);
            weight.setWidth("7em");
            if (i < f.criteria().size()) {
                name.setValue(f.criteria().get(i).name());
                weight.setValue(f.criteria().get(i).weight());
            }
            names.add(name);
            weights.add(weight);
            var row = new HorizontalLayout(name, weight);
            row.setVisible(i < Math.max(f.criteria().size() + 1, 4));
            criteriaBox.add(row);
        }
        var criteriaField = new TextField();
        criteriaField.setReadOnly(true);
        criteriaField.setVisible(false);
        criteriaField.setId("call-criteria-error");
        var errors = new FormErrors(this).field("year", year).field("title", title).field("nominationOpens", opens)
                .field("nominationCloses", closes).field("reviewCloses", reviewCloses)
                .field("noticeDays", noticeDays).field("selectCount", selectCount).field("expertsPerCase", experts)
                .field("scoreScale", scale).field("spreadMargin", spread).field("blind", blind)
                .field("criteria", criteriaField);
        var save = new Button(getTranslation("action.save"), e -> {
            errors.clear();
            criteriaField.setVisible(false);
            var criteria = new ArrayList<Criterion>();
            for (int i = 0; i < names.size(); i++) {
                if (!names.get(i).getValue().isBlank() || weights.get(i).getValue() != null) {
                    criteria.add(new Criterion(names.get(i).getValue(), weights.get(i).getValue() == null ? 0
                            : weights.get(i).getValue()));
                }
            }
            try {
                long id = selection.saveCall(existing == null ? null : existing.id(),
                        existing == null ? 0 : existing.version(), new CallForm(value(year), title.getValue(),
                                opens.getValue(), closes.getValue(), reviewCloses.getValue(), value(noticeDays),
                                value(selectCount), value(experts), value(scale), value(spread), blind.getValue(),
                                normalised.getValue(), criteria));
                dialog.close();
                Notices.done(this, "selection.call.saved");
                if (existing == null) {
                    getUI().ifPresent(ui -> ui.navigate("selection/call/" + id));
                } else {
                    refresh();
                }
            } catch (InvalidInputException invalid) {
                criteriaField.setVisible(invalid.problems().containsKey("criteria"));
                errors.show(invalid);
            } catch (OptimisticLockingFailureException stale) {
                Notices.refused(this, InvalidInputException.of("title", "selection.error.stale"));
            }
        });
        save.setId("call-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var dates = new HorizontalLayout(opens, closes, reviewCloses);
        dates.setWrap(true);
        var numbers = new HorizontalLayout(noticeDays, selectCount, experts, scale, spread);
        numbers.setWrap(true);
        var criteriaTitle = new Paragraph(getTranslation("selection.call.criteriaHelp"));
        criteriaTitle.addClassName("jigai-muted");
        dialog.add(new Div(year, title, dates, numbers, blind, normalised, new H3(getTranslation(
                "selection.call.criteria")), criteriaTitle, criteriaBox, criteriaField));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private IntegerField integer(String key, int value, String id) {
        var field = new IntegerField(getTranslation(key));
        field.setValue(value);
        field.setId(id);
        field.setWidth("10em");
        return field;
    }

    private static int value(IntegerField f) {
        return f.getValue() == null ? 0 : f.getValue();
    }

    private CallForm defaults() {
        int year = today.getYear();
        var taken = selection.calls().stream().map(CallView::year).toList();
        if (taken.contains(year)) {
            year++;
        }
        return new CallForm(year, getTranslation("selection.call.defaultTitle", year), today,
                today.plusDays(30), today.plusDays(60), CallForm.DEFAULT_NOTICE_DAYS, CallForm.DEFAULT_SELECT,
                CallForm.DEFAULT_EXPERTS, CallForm.DEFAULT_SCALE, CallForm.DEFAULT_SPREAD, false, false, List.of(
                        new Criterion(getTranslation("selection.criterion.innovation"), 25),
                        new Criterion(getTranslation("selection.criterion.results"), 35),
                        new Criterion(getTranslation("selection.criterion.replicability"), 25),
                        new Criterion(getTranslation("selection.criterion.efficiency"), 15)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("selection.title") + " | " + getTranslation("app.name");
    }
}
