package org.jigai.pool.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import org.jigai.account.AccountPrincipal;
import org.jigai.account.Role;
import org.jigai.base.InvalidInputException;
import org.jigai.base.PoolMembership;
import org.jigai.base.ServiceCategory;
import org.jigai.base.ui.FormErrors;
import org.jigai.base.ui.Pickers;
import org.jigai.pool.PoolService;
import org.jigai.pool.PoolYearForm;
import org.jigai.pool.PoolYearView;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/** The bureau opens pool years (categories, application window, requirements), edits and publishes them. */
@Route("pool/years")
@RolesAllowed({"BUREAU", "ADMIN"})
class PoolYearsView extends Main implements HasDynamicTitle {

    private final transient PoolService pool;
    private final transient PoolMembership membership;
    private final boolean bureau;
    private final Div list = new Div();

    PoolYearsView(PoolService pool, PoolMembership membership) {
        this.pool = pool;
        this.membership = membership;
        bureau = AccountPrincipal.current().orElseThrow().has(Role.BUREAU);
        addClassName("jigai-page");
        add(new H2(getTranslation("pool.years.title")));
        var intro = new Paragraph(getTranslation("pool.years.intro"));
        intro.addClassName("jigai-muted");
        add(intro);
        if (bureau) {
            var open = new Button(getTranslation("pool.years.new"), VaadinIcon.PLUS.create(), e -> edit(null));
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            open.setId("pool-year-new");
            add(new HorizontalLayout(open));
        }
        list.setId("pool-years");
        add(list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        var years = pool.years();
        if (years.isEmpty()) {
            list.add(new Paragraph(getTranslation("pool.years.none")));
        }
        for (PoolYearView y : years) {
            var card = new Div();
            card.addClassName("jigai-card");
            card.setId("pool-year-" + y.year());
            var state = new com.vaadin.flow.component.badge.Badge(getTranslation(y.published()
                    ? (y.open() ? "pool.years.taking" : "pool.years.published") : "pool.years.draft"));
            if (y.open()) {
                state.addThemeVariants(com.vaadin.flow.component.badge.BadgeVariant.SUCCESS);
            }
            var head = new HorizontalLayout(new H3(PoolLabels.year(this, y.year())), state);
            head.setAlignItems(FlexComponent.Alignment.CENTER);
            card.add(head, new Paragraph(PoolLabels.window(this, y) + " · " + PoolLabels.categories(this, y.categories())));
            if (y.requirements() != null) {
                var requirements = new Paragraph(y.requirements());
                requirements.addClassName("jigai-multiline");
                card.add(requirements);
            }
            if (bureau) {
                var buttons = new HorizontalLayout();
                var change = new Button(getTranslation("action.edit"), e -> edit(y));
                change.setId("pool-year-edit-" + y.year());
                buttons.add(change);
                if (!y.published()) {
                    var publish = new Button(getTranslation("pool.years.publish"), e -> publish(y));
                    publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                    publish.setId("pool-year-publish-" + y.year());
                    buttons.add(publish);
                }
                card.add(buttons);
            }
            list.add(card);
        }
    }

    private void publish(PoolYearView y) {
        var confirm = new ConfirmDialog(getTranslation("pool.years.publishTitle", y.year()),
                getTranslation("pool.years.publishText"), getTranslation("pool.years.publish"), e -> {
                    try {
                        pool.publishYear(y.id());
                        PoolLabels.done(this, "pool.years.publishedDone");
                    } catch (InvalidInputException refused) {
                        PoolLabels.refused(this, refused);
                    }
                    refresh();
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.open();
    }

    private void edit(@Nullable PoolYearView existing) {
        var dialog = new Dialog(getTranslation(existing == null ? "pool.years.new" : "pool.years.editTitle"));
        dialog.setWidth("min(560px, 95vw)");
        // the next year not opened yet (at most two years ahead)
        int thisYear = membership.today().getYear();
        var taken = pool.years().stream().map(PoolYearView::year).collect(java.util.stream.Collectors.toSet());
        int next = java.util.stream.IntStream.rangeClosed(thisYear, thisYear + 2).filter(y -> !taken.contains(y))
                .findFirst().orElse(thisYear + 1);
        var year = new IntegerField(getTranslation("pool.year"));
        year.setId("pool-year-year");
        year.setStepButtonsVisible(true);
        year.setRequiredIndicatorVisible(true);
        var opens = Pickers.date(getTranslation("pool.years.opensOn"), getLocale());
        opens.setId("pool-year-opens");
        opens.setRequiredIndicatorVisible(true);
        var closes = Pickers.date(getTranslation("pool.years.closesOn"), getLocale());
        closes.setId("pool-year-closes");
        closes.setRequiredIndicatorVisible(true);
        var categories = new CheckboxGroup<ServiceCategory>(getTranslation("pool.years.categories"));
        categories.setId("pool-year-categories");
        categories.setItems(ServiceCategory.values());
        categories.setItemLabelGenerator(c -> getTranslation(c.labelKey()));
        categories.setRequiredIndicatorVisible(true);
        var requirements = new TextArea(getTranslation("pool.years.requirements"));
        requirements.setId("pool-year-requirements");
        requirements.setMaxLength(PoolYearForm.REQUIREMENTS_MAX);
        requirements.setWidthFull();
        if (existing == null) {
            year.setValue(next);
            categories.setValue(EnumSet.copyOf(PoolYearForm.DEFAULT_CATEGORIES));
        } else {
            year.setValue(existing.year());
            opens.setValue(existing.opensOn());
            closes.setValue(existing.closesOn());
            categories.setValue(existing.categories().isEmpty() ? EnumSet.noneOf(ServiceCategory.class)
                    : EnumSet.copyOf(existing.categories()));
            requirements.setValue(existing.requirements() == null ? "" : existing.requirements());
            year.setReadOnly(existing.published());
        }
        var errors = new FormErrors(this).field("year", year).field("opensOn", opens).field("closesOn", closes)
                .field("categories", categories).field("requirements", requirements);
        var save = new Button(getTranslation("action.save"), e -> {
            if (year.getValue() == null) {
                year.setErrorMessage(getTranslation("validation.required"));
                year.setInvalid(true);
                return;
            }
            try {
                errors.clear();
                pool.saveYear(existing == null ? null : existing.id(), existing == null ? 0 : existing.version(),
                        new PoolYearForm(year.getValue(), opens.getValue(), closes.getValue(), categories.getValue(),
                                requirements.getValue()));
                dialog.close();
                PoolLabels.done(this, "pool.years.saved");
                refresh();
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            } catch (OptimisticLockingFailureException stale) {
                PoolLabels.refused(this, InvalidInputException.of("year", "pool.error.stale"));
            }
        });
        save.setId("pool-year-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var dates = new HorizontalLayout(opens, closes);
        dates.setWrap(true);
        dialog.add(new Div(year, dates, categories, requirements));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("pool.years.title") + " | " + getTranslation("app.name");
    }
}
