package org.jigai.pool.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.IntStream;
import org.jigai.base.InvalidInputException;
import org.jigai.base.ui.FormErrors;
import org.jigai.base.ui.ReasonDialog;
import org.jigai.pool.ApplicationDetails;
import org.jigai.pool.ApplicationForm;
import org.jigai.pool.ApplicationState;
import org.jigai.pool.PoolService;
import org.jigai.pool.PoolTransition;
import org.jigai.provider.ProviderDetails;
import org.jigai.provider.ProviderService;
import org.jigai.provider.Qualification;
import org.jigai.provider.ReferenceProject;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * One pool application: the provider edits it while a draft or returned (answers carried over from last year marked
 * until confirmed) and submits or withdraws it; the bureau reads it with expiring qualifications flagged and
 * approves, returns, rejects or removes; both see its history.
 */
@Route("pool/applications/:id([0-9]{1,18})")
@RolesAllowed({"PROVIDER", "BUREAU", "ADMIN"})
class PoolApplicationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient PoolService pool;
    private final transient ProviderService providers;
    private final Div content = new Div();
    private long id;
    private String title = "";
    /** A refused submission, shown at its fields once the page is drawn again with the saved answers. */
    private @org.jspecify.annotations.Nullable InvalidInputException refusal;

    private final transient org.jigai.base.PoolMembership membership;

    PoolApplicationView(PoolService pool, ProviderService providers, org.jigai.base.PoolMembership membership) {
        this.membership = membership;
        this.pool = pool;
        this.providers = providers;
        addClassName("jigai-page");
        add(content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElse(-1L);
        try {
            render();
        } catch (NoSuchElementException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void render() {
        ApplicationDetails d = pool.details(id);
        title = getTranslation("pool.application.title", d.year().year(), getTranslation(d.category().labelKey()));
        content.removeAll();
        var heading = new H2(title);
        heading.setId("pool-application-title");
        var state = PoolLabels.state(this, d.state());
        state.setId("pool-application-state");
        var line = new HorizontalLayout(state);
        if (!d.mine()) {
            line.add(new Anchor("providers/" + d.organizationId(), d.organizationName()));
            org.jigai.base.ui.PoolBadges.of(this, membership, d.organizationId()).forEach(line::add);
        }
        if (d.renewedFrom() != null) {
            var renewal = new Span(getTranslation("pool.renewal"));
            renewal.addClassName("jigai-muted");
            line.add(renewal);
        }
        line.setWrap(true);
        line.setAlignItems(FlexComponent.Alignment.CENTER);
        content.add(heading, line);
        if (d.decisionReason() != null && (d.state() == ApplicationState.RETURNED
                || d.state() == ApplicationState.REJECTED || d.state() == ApplicationState.REMOVED)) {
            var why = new Paragraph(getTranslation("pool.application.reason." + d.state().name(), d.decisionReason()));
            why.addClassName("jigai-reminder");
            why.setId("pool-application-reason");
            content.add(why);
        }
        var window = new Paragraph(PoolLabels.window(this, d.year()));
        window.addClassName("jigai-muted");
        content.add(window);
        if (d.mayEdit()) {
            content.add(editor(d));
        } else {
            content.add(answers(d));
        }
        content.add(actions(d));
        content.add(new H3(getTranslation("pool.application.history")), history(d));
    }

    // ------------------------------------------------------------------ reading

    private Component answers(ApplicationDetails d) {
        var box = new Div();
        box.addClassNames("jigai-card", "jigai-pool-section");
        box.add(new H3(getTranslation("pool.application.statement")));
        var statement = new Paragraph(d.statement() == null ? getTranslation("pool.application.noStatement")
                : d.statement());
        statement.addClassName("jigai-multiline");
        statement.setId("pool-application-statement");
        box.add(statement);
        box.add(new H3(getTranslation("pool.application.qualifications")));
        if (d.qualifications().isEmpty()) {
            box.add(new Paragraph(getTranslation("pool.application.none")));
        }
        for (Qualification q : d.qualifications()) {
            var row = new Div(new Span(qualification(q)));
            if (d.expiring(q)) {
                var flag = new com.vaadin.flow.component.badge.Badge(getTranslation(
                        expired(d, q) ? "pool.application.expired" : "pool.application.expiring"));
                flag.addThemeVariants(com.vaadin.flow.component.badge.BadgeVariant.WARNING);
                flag.addClassName("jigai-pool-expiring");
                row.add(new Span(" "), flag);
            }
            box.add(row);
        }
        box.add(new H3(getTranslation("pool.application.references")));
        if (d.references().isEmpty()) {
            box.add(new Paragraph(getTranslation("pool.application.none")));
        }
        for (ReferenceProject r : d.references()) {
            box.add(new Div(new Span(reference(r))));
        }
        return box;
    }

    /** Expired already (today), rather than expiring within 60 days. */
    private static boolean expired(ApplicationDetails d, Qualification q) {
        return q.expiresOn() != null
                && q.expiresOn().isBefore(d.expiringBefore().minusDays(PoolService.EXPIRY_WARNING_DAYS));
    }

    private String qualification(Qualification q) {
        var b = new StringBuilder(q.name());
        if (q.number() != null) {
            b.append(" · ").append(q.number());
        }
        if (q.issuer() != null) {
            b.append(" · ").append(q.issuer());
        }
        if (q.expiresOn() != null) {
            b.append(" · ").append(getTranslation("pool.application.validUntil", PoolLabels.date(q.expiresOn())));
        }
        return b.toString();
    }

    private String reference(ReferenceProject r) {
        var b = new StringBuilder(r.title());
        if (r.year() != null) {
            b.append(" · ").append(getTranslation("pool.application.referenceYear", r.year()));
        }
        if (r.clientIndustry() != null) {
            b.append(" · ").append(getTranslation(r.clientIndustry().labelKey()));
        }
        if (r.result() != null) {
            b.append(" · ").append(r.result());
        }
        return b.toString();
    }

    // ------------------------------------------------------------------ editing

    private Component editor(ApplicationDetails d) {
        ProviderDetails profile = providers.mine();
        var box = new Div();
        box.addClassNames("jigai-card", "jigai-pool-section");
        box.setId("pool-application-editor");
        var statement = new TextArea(getTranslation("pool.application.statement"));
        statement.setId("pool-statement");
        statement.setWidthFull();
        statement.setMinHeight("8rem");
        statement.setMaxLength(ApplicationForm.STATEMENT_MAX);
        statement.setHelperText(getTranslation("pool.application.statementHelp", ApplicationForm.STATEMENT_MIN));
        statement.setRequiredIndicatorVisible(true);
        statement.setValue(d.statement() == null ? "" : d.statement());
        var qualifications = new CheckboxGroup<Integer>(getTranslation("pool.application.qualifications"));
        qualifications.setId("pool-qualifications");
        qualifications.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        qualifications.setItems(IntStream.range(0, profile.qualifications().size()).boxed().toList());
        qualifications.setItemLabelGenerator(i -> {
            var q = profile.qualifications().get(i);
            return qualification(q) + (d.expiring(q) ? getTranslation("pool.application.expiringNote",
                    getTranslation(expired(d, q) ? "pool.application.expired" : "pool.application.expiring")) : "");
        });
        qualifications.setValue(selected(profile.qualifications(), d.qualifications()));
        var references = new CheckboxGroup<Integer>(getTranslation("pool.application.references"));
        references.setId("pool-references");
        references.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        references.setItems(IntStream.range(0, profile.references().size()).boxed().toList());
        references.setItemLabelGenerator(i -> reference(profile.references().get(i)));
        references.setValue(selected(profile.references(), d.references()));
        references.setRequiredIndicatorVisible(true);
        var errors = new FormErrors(this).field("statement", statement).field("qualifications", qualifications)
                .field("references", references);
        box.add(prefilled(d, "STATEMENT"), statement, prefilled(d, "QUALIFICATIONS"), qualifications,
                prefilled(d, "REFERENCES"), references);
        var hint = new Paragraph(getTranslation("pool.application.profileHint"));
        hint.addClassName("jigai-muted");
        var toProfile = new Anchor("my/profile", getTranslation("pool.application.toProfile"));
        toProfile.setId("pool-to-profile");
        box.add(hint, toProfile);
        var save = new Button(getTranslation("action.save"), e -> {
            if (save(d, statement, qualifications, references, errors)) {
                PoolLabels.done(this, "pool.application.saved");
                render();
            }
        });
        save.setId("pool-save");
        var submit = new Button(getTranslation("pool.transition.SUBMIT"), e -> {
            if (!save(d, statement, qualifications, references, errors)) {
                return;
            }
            try {
                pool.take(id, PoolTransition.SUBMIT, null);
                PoolLabels.done(this, "pool.done.SUBMIT");
            } catch (InvalidInputException refused) {
                refusal = refused;
            }
            render();
        });
        submit.setId("pool-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setVisible(d.transitions().contains(PoolTransition.SUBMIT));
        var buttons = new HorizontalLayout(submit, save);
        buttons.setWrap(true);
        box.add(buttons);
        if (refusal != null) {
            errors.show(refusal);
            refusal = null;
        }
        return box;
    }

    /** The marker 「沿用上一年度的内容，请确认」 with its confirm button, or nothing. */
    private Component prefilled(ApplicationDetails d, String field) {
        if (!d.prefilled().contains(field)) {
            return new Span();
        }
        var mark = new com.vaadin.flow.component.badge.Badge(getTranslation("pool.application.prefilled"));
        mark.addThemeVariants(com.vaadin.flow.component.badge.BadgeVariant.WARNING);
        var confirm = new Button(getTranslation("pool.application.confirm"), e -> {
            try {
                pool.confirm(id, field);
                render();
            } catch (InvalidInputException refused) {
                PoolLabels.refused(this, refused);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        confirm.setId("pool-confirm-" + field);
        var row = new HorizontalLayout(mark, confirm);
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        row.addClassName("jigai-pool-prefilled");
        return row;
    }

    private static <T> java.util.Set<Integer> selected(List<T> offered, List<T> chosen) {
        var picked = new java.util.HashSet<Integer>();
        for (int i = 0; i < offered.size(); i++) {
            if (chosen.contains(offered.get(i))) {
                picked.add(i);
            }
        }
        return picked;
    }

    private boolean save(ApplicationDetails d, TextArea statement, CheckboxGroup<Integer> qualifications,
            CheckboxGroup<Integer> references, FormErrors errors) {
        try {
            errors.clear();
            pool.edit(id, d.version(), new ApplicationForm(statement.getValue(),
                    new ArrayList<>(qualifications.getValue()), new ArrayList<>(references.getValue())));
            return true;
        } catch (InvalidInputException invalid) {
            errors.show(invalid);
            return false;
        } catch (OptimisticLockingFailureException stale) {
            PoolLabels.refused(this, InvalidInputException.of("statement", "pool.error.stale"));
            return false;
        }
    }

    // ------------------------------------------------------------------ decisions

    private Component actions(ApplicationDetails d) {
        var buttons = new HorizontalLayout();
        buttons.setWrap(true);
        buttons.setId("pool-application-actions");
        buttons.addClassName("jigai-pool-actions");
        for (PoolTransition t : d.transitions()) {
            if (t == PoolTransition.SUBMIT && d.mayEdit()) {
                continue; // on the form, which saves first
            }
            boolean draftOnly = t == PoolTransition.WITHDRAW && d.submittedAt() == null;
            var button = new Button(getTranslation(draftOnly ? "pool.transition.WITHDRAW_DRAFT" : t.labelKey()),
                    e -> take(t));
            button.setId("pool-" + t.name().toLowerCase(java.util.Locale.ROOT));
            if (t == PoolTransition.APPROVE || t == PoolTransition.SUBMIT || t == PoolTransition.REOPEN) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            } else if (t == PoolTransition.REJECT || t == PoolTransition.REMOVE) {
                button.addThemeVariants(ButtonVariant.LUMO_ERROR);
            }
            buttons.add(button);
        }
        return buttons;
    }

    private void take(PoolTransition t) {
        if (t.reasoned()) {
            ReasonDialog.ask(this, "pool.reasonTitle." + t.name(), "pool.reason", PoolService.REASON_MAX,
                    reason -> pool.take(id, t, reason), "pool.done." + t.name(), this::render);
            return;
        }
        if (t == PoolTransition.WITHDRAW || t == PoolTransition.APPROVE) {
            var confirm = new com.vaadin.flow.component.confirmdialog.ConfirmDialog(
                    getTranslation("pool.confirmTitle." + t.name()),
                    getTranslation("pool.confirmText." + t.name(), pool.details(id).year().year()),
                    getTranslation(t.labelKey()), e -> run(t));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("action.cancel"));
            confirm.open();
            return;
        }
        run(t);
    }

    private void run(PoolTransition t) {
        try {
            pool.take(id, t, null);
            PoolLabels.done(this, "pool.done." + t.name());
        } catch (InvalidInputException refused) {
            PoolLabels.refused(this, refused);
        }
        render();
    }

    private Component history(ApplicationDetails d) {
        var list = new Div();
        list.setId("pool-application-history");
        list.addClassName("jigai-pool-history");
        if (d.steps().isEmpty()) {
            list.add(new Paragraph(getTranslation("pool.application.noHistory")));
        }
        for (var step : d.steps()) {
            String what = getTranslation(step.transition().labelKey());
            var row = new Div(new Span(step.reason() == null
                    ? getTranslation("pool.application.step", PoolLabels.date(step.at()), what)
                    : getTranslation("pool.application.stepWithReason", PoolLabels.date(step.at()), what,
                            step.reason())));
            list.add(row);
        }
        return list;
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
