package org.jigai.selection.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.jigai.account.AccountPrincipal;
import org.jigai.account.Role;
import org.jigai.base.InvalidInputException;
import org.jigai.base.ui.FormErrors;
import org.jigai.base.ui.Notices;
import org.jigai.base.ui.ReasonDialog;
import org.jigai.selection.CallState;
import org.jigai.selection.CallTransition;
import org.jigai.selection.NominationTransition;
import org.jigai.selection.ObjectionOutcome;
import org.jigai.selection.ReviewService;
import org.jigai.selection.ReviewState;
import org.jigai.selection.SelectionService;
import org.jigai.selection.SelectionViews.AssignmentBoard;
import org.jigai.selection.SelectionViews.BoardPair;
import org.jigai.selection.SelectionViews.BoardRow;
import org.jigai.selection.SelectionViews.CallView;
import org.jigai.selection.SelectionViews.ExpertLoad;
import org.jigai.selection.SelectionViews.ObjectionView;
import org.jigai.selection.SelectionViews.RankRow;

/**
 * The bureau manages one call: its nominations and their formal check, the experts' assignment, the ranking and the
 * selection published for notice, objections, and the final publication. Administrators read it.
 */
@Route("selection/call/:id")
@RolesAllowed({"BUREAU", "ADMIN"})
class CallManageView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient SelectionService selection;
    private final transient ReviewService reviews;
    private final boolean bureau;
    private long id;
    private String title = "";
    private int selectedTab;

    CallManageView(SelectionService selection, ReviewService reviews) {
        this.selection = selection;
        this.reviews = reviews;
        this.bureau = AccountPrincipal.current().orElseThrow().has(Role.BUREAU);
        addClassName("jigai-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            render(null);
        } catch (NumberFormatException | NoSuchElementException e) {
            throw new NotFoundException();
        }
    }

    private void render(java.util.@org.jspecify.annotations.Nullable Map<Long, Integer> shortfall) {
        removeAll();
        CallView c = selection.call(id);
        title = c.title();
        add(new Anchor("selection", getTranslation("selection.back")), new H2(c.title()));
        var state = new com.vaadin.flow.component.badge.Badge(getTranslation(c.state().labelKey()));
        state.setId("call-state");
        var head = new HorizontalLayout(state, new Span(SelectionLabels.windows(this, c)));
        head.setAlignItems(FlexComponent.Alignment.CENTER);
        head.setWrap(true);
        add(head);
        if (c.noticeFrom() != null) {
            add(new Paragraph(getTranslation("selection.notice.window", SelectionLabels.date(this, c.noticeFrom()),
                    SelectionLabels.date(this, c.noticeUntil()))));
        }
        var rules = new Paragraph(getTranslation("selection.call.rules", c.selectCount(), c.expertsPerCase(),
                c.scoreScale(), c.spreadMargin()) + (c.blind() ? " · " + getTranslation("selection.call.blind") : "")
                + (c.normalised() ? " · " + getTranslation("selection.call.normalised") : ""));
        rules.addClassName("jigai-muted");
        add(rules);
        if (bureau) {
            var buttons = new HorizontalLayout();
            for (CallTransition t : List.of(CallTransition.OPEN, CallTransition.START_REVIEW, CallTransition.PUBLISH)) {
                if (t.allows(c.state())) {
                    var b = new Button(getTranslation(t.labelKey()), e -> confirm(t));
                    b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                    b.setId("call-" + t.name().toLowerCase(java.util.Locale.ROOT));
                    buttons.add(b);
                }
            }
            add(buttons);
        }
        var tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("selection.tab.nominations"), nominations());
        boolean reviewing = c.state() != CallState.DRAFT && c.state() != CallState.NOMINATING;
        if (reviewing) {
            tabs.add(getTranslation("selection.tab.assignment"), assignment(reviews.board(id), shortfall));
            tabs.add(getTranslation("selection.tab.ranking"), ranking(c));
        }
        if (c.state() == CallState.NOTICE || c.state() == CallState.PUBLISHED) {
            tabs.add(getTranslation("selection.tab.notice"), notice(c));
        }
        int count = 1 + (reviewing ? 2 : 0) + (c.state() == CallState.NOTICE || c.state() == CallState.PUBLISHED ? 1 : 0);
        tabs.setSelectedIndex(Math.max(0, Math.min(selectedTab, count - 1)));
        tabs.addSelectedChangeListener(e -> selectedTab = tabs.getSelectedIndex());
        add(tabs);
    }

    private void confirm(CallTransition t) {
        var dialog = new ConfirmDialog(getTranslation(t.labelKey()), getTranslation("selection.confirm." + t.name()),
                getTranslation(t.labelKey()), e -> {
                    try {
                        selection.takeCall(id, t);
                        Notices.done(this, "selection.done." + t.name());
                    } catch (InvalidInputException refused) {
                        Notices.refused(this, refused);
                    }
                    render(null);
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.open();
    }

    private Component nominations() {
        var box = new Div();
        box.setId("call-nominations");
        var list = selection.ofCall(id);
        if (list.isEmpty()) {
            box.add(new Paragraph(getTranslation("selection.nominations.none")));
        }
        for (var n : list) {
            var row = new HorizontalLayout(new Anchor("selection/nomination/" + n.id(), n.title()),
                    new Span(n.enterpriseName() + (n.providerName() == null ? "" : " · " + n.providerName())),
                    SelectionLabels.state(this, n.state()));
            row.setAlignItems(FlexComponent.Alignment.CENTER);
            row.setWrap(true);
            row.addClassName("jigai-row");
            box.add(row);
        }
        return box;
    }

    private Component assignment(AssignmentBoard board, java.util.@org.jspecify.annotations.Nullable Map<Long, Integer> shortfall) {
        var box = new Div();
        box.setId("call-assignment");
        var help = new Paragraph(getTranslation("selection.assign.help", board.call().expertsPerCase()));
        help.addClassName("jigai-muted");
        box.add(help);
        boolean open = bureau && board.call().state() == CallState.REVIEWING;
        if (open) {
            var propose = new Button(getTranslation("selection.assign.propose"), e -> {
                try {
                    var result = reviews.propose(id);
                    Notices.done(this, result.shortfall().isEmpty() ? "selection.assign.proposed"
                            : "selection.assign.proposedShort");
                    render(result.shortfall());
                } catch (InvalidInputException refused) {
                    Notices.refused(this, refused);
                }
            });
            propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            propose.setId("assign-propose");
            box.add(propose);
        }
        if (shortfall != null && !shortfall.isEmpty()) {
            var titles = board.rows().stream().filter(r -> shortfall.containsKey(r.nomination().id()))
                    .map(r -> r.nomination().title()).toList();
            var warn = new Paragraph(getTranslation("selection.assign.short", String.join("、", titles)));
            warn.addClassName("jigai-warning");
            warn.setId("assign-short");
            box.add(warn);
        }
        var loads = new Paragraph(getTranslation("selection.assign.loads") + " " + String.join(" · ",
                board.experts().stream().map(e -> e.name() + " " + e.assigned()
                        + (e.declared() ? "" : getTranslation("selection.assign.undeclared"))).toList()));
        loads.setId("assign-loads");
        box.add(loads);
        for (BoardRow row : board.rows()) {
            var card = new Div();
            card.addClassName("jigai-card");
            card.setId("assign-" + row.nomination().id());
            card.add(new H3(row.nomination().title()));
            var pairs = new Div();
            for (BoardPair p : row.pairs()) {
                var chip = new HorizontalLayout(new Span(p.expertName()),
                        new com.vaadin.flow.component.badge.Badge(getTranslation(p.state().labelKey())));
                if (p.conflicted() && p.state() != ReviewState.REMOVED) {
                    var flag = new com.vaadin.flow.component.badge.Badge(getTranslation("selection.assign.nowConflicted"));
                    flag.addThemeVariants(com.vaadin.flow.component.badge.BadgeVariant.ERROR);
                    chip.add(flag);
                }
                chip.setAlignItems(FlexComponent.Alignment.CENTER);
                chip.addClassName("jigai-row");
                if (open && p.state() == ReviewState.PENDING) {
                    var remove = new Button(getTranslation("selection.reviewTransition.REMOVE"), e -> {
                        var confirm = new ConfirmDialog(getTranslation("selection.reviewTransition.REMOVE"),
                                getTranslation("selection.assign.removeText", p.expertName(), row.nomination().title()),
                                getTranslation("selection.reviewTransition.REMOVE"), x -> {
                                    act(() -> reviews.remove(p.assignmentId()));
                                    Notices.done(this, "selection.assign.removed");
                                });
                        confirm.setCancelable(true);
                        confirm.setCancelText(getTranslation("action.cancel"));
                        confirm.open();
                    });
                    remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                    remove.setId("assign-remove-" + row.nomination().id() + "-" + p.expertId());
                    chip.add(remove);
                }
                pairs.add(chip);
            }
            card.add(pairs);
            if (!row.conflicts().isEmpty()) {
                var names = new HashMap<Long, String>();
                board.experts().forEach(e -> names.put(e.id(), e.name()));
                var conflicts = new Paragraph(getTranslation("selection.assign.conflicts") + " " + String.join(" · ",
                        row.conflicts().entrySet().stream().map(e -> getTranslation("selection.assign.conflictOf",
                                names.getOrDefault(e.getKey(), "#" + e.getKey()), getTranslation(e.getValue())))
                                .toList()));
                conflicts.addClassName("jigai-muted");
                card.add(conflicts);
            }
            if (open) {
                var taken = new HashSet<Long>();
                row.pairs().stream().filter(p -> p.state() != ReviewState.REMOVED).forEach(p -> taken.add(p.expertId()));
                var pick = new ComboBox<ExpertLoad>();
                pick.setPlaceholder(getTranslation("selection.assign.add"));
                pick.setItems(board.experts().stream().filter(e -> !taken.contains(e.id())
                        && !row.conflicts().containsKey(e.id())).toList());
                pick.setItemLabelGenerator(e -> e.name() + " (" + e.assigned() + ")");
                pick.setId("assign-add-" + row.nomination().id());
                pick.addValueChangeListener(e -> {
                    if (e.getValue() != null) {
                        act(() -> reviews.assign(row.nomination().id(), e.getValue().id()));
                    }
                });
                card.add(pick);
            }
            box.add(card);
        }
        return box;
    }

    private Component ranking(CallView c) {
        var box = new Div();
        box.setId("call-ranking");
        var view = reviews.ranking(id);
        var help = new Paragraph(getTranslation(c.normalised() ? "selection.rank.helpNormalised"
                : "selection.rank.help", c.selectCount(), c.spreadMargin()));
        help.addClassName("jigai-muted");
        box.add(help);
        boolean choosing = bureau && c.state() == CallState.REVIEWING;
        Map<Long, Checkbox> chosen = new HashMap<>();
        Map<Long, TextField> reasons = new HashMap<>();
        var errors = new FormErrors(this);
        for (RankRow r : view.rows()) {
            var card = new Div();
            card.addClassNames("jigai-card", "jigai-rank");
            card.setId("rank-" + r.nomination().id());
            var head = new HorizontalLayout(new Span(getTranslation("selection.rank.place", c.normalised()
                    ? r.normalisedRank() : r.rank())), new Anchor("selection/nomination/" + r.nomination().id(),
                    r.nomination().title()), SelectionLabels.state(this, r.nomination().state()));
            head.setAlignItems(FlexComponent.Alignment.CENTER);
            head.setWrap(true);
            card.add(head);
            var figures = new Paragraph(r.totals().isEmpty() ? getTranslation("selection.rank.noScores")
                    : getTranslation("selection.rank.figures", SelectionLabels.score(r.mean()),
                            SelectionLabels.score(r.median()), SelectionLabels.score(r.spread()),
                            SelectionLabels.score(r.normalisedMean()), r.rank(), r.normalisedRank()));
            card.add(figures);
            if (r.disputed()) {
                var flag = new com.vaadin.flow.component.badge.Badge(getTranslation("selection.rank.disputed"));
                flag.addThemeVariants(com.vaadin.flow.component.badge.BadgeVariant.WARNING);
                flag.setId("disputed-" + r.nomination().id());
                card.add(flag);
            }
            var parts = new ArrayList<String>(r.totals().stream()
                    .map(t -> t.expertName() + " " + SelectionLabels.score(t.total())).toList());
            if (r.pending() > 0) {
                parts.add(getTranslation("selection.rank.pending", r.pending()));
            }
            if (r.excluded() > 0) {
                parts.add(getTranslation("selection.rank.excluded", r.excluded()));
            }
            var totals = new Paragraph(String.join(" · ", parts));
            totals.addClassName("jigai-muted");
            card.add(totals);
            if (r.decisionReason() != null) {
                card.add(new Paragraph(getTranslation("selection.rank.reason", r.decisionReason())));
            }
            if (choosing) {
                var pick = new Checkbox(getTranslation("selection.rank.choose"), r.proposed());
                pick.setId("choose-" + r.nomination().id());
                var reason = new TextField(getTranslation("selection.rank.why"));
                reason.setId("why-" + r.nomination().id());
                reason.setWidthFull();
                reason.setMaxLength(SelectionService.REASON_MAX);
                reason.setVisible(false);
                pick.addValueChangeListener(e -> reason.setVisible(e.getValue() != r.proposed()));
                chosen.put(r.nomination().id(), pick);
                reasons.put(r.nomination().id(), reason);
                errors.field("reason" + r.nomination().id(), reason);
                card.add(pick, reason);
            }
            box.add(card);
        }
        if (view.rows().isEmpty()) {
            box.add(new Paragraph(getTranslation("selection.rank.none")));
        }
        if (choosing && !view.rows().isEmpty()) {
            var publish = new Button(getTranslation("selection.callTransition.PUBLISH_NOTICE"), e -> {
                var ids = new HashSet<Long>();
                chosen.forEach((n, box2) -> {
                    if (box2.getValue()) {
                        ids.add(n);
                    }
                });
                var why = new HashMap<Long, String>();
                reasons.forEach((n, f) -> why.put(n, f.getValue()));
                var confirm = new ConfirmDialog(getTranslation("selection.callTransition.PUBLISH_NOTICE"),
                        getTranslation("selection.confirm.PUBLISH_NOTICE", ids.size(), c.noticeDays()),
                        getTranslation("selection.callTransition.PUBLISH_NOTICE"), x -> {
                            try {
                                errors.clear();
                                reviews.publishNotice(id, ids, why);
                                Notices.done(this, "selection.done.PUBLISH_NOTICE");
                                render(null);
                            } catch (InvalidInputException invalid) {
                                // reasons next to their cases; anything else as a message (once)
                                errors.show(invalid);
                            }
                        });
                confirm.setCancelable(true);
                confirm.setCancelText(getTranslation("action.cancel"));
                confirm.open();
            });
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            publish.setId("publish-notice");
            box.add(publish);
        }
        return box;
    }

    private Component notice(CallView c) {
        var box = new Div();
        box.setId("call-notice");
        var open = bureau && c.state() == CallState.NOTICE;
        box.add(new H3(getTranslation("selection.notice.selected")));
        for (var n : selection.ofCall(id)) {
            if (n.state() != org.jigai.selection.NominationState.SELECTED
                    && n.state() != org.jigai.selection.NominationState.PUBLISHED) {
                continue;
            }
            var row = new HorizontalLayout(new Anchor("cases/" + n.id(), n.title()),
                    SelectionLabels.state(this, n.state()));
            row.setAlignItems(FlexComponent.Alignment.CENTER);
            row.addClassName("jigai-row");
            if (open) {
                var drop = new Button(getTranslation("selection.transition.DROP"), e -> ReasonDialog.ask(this,
                        "selection.transition.DROP", "selection.reason", SelectionService.REASON_MAX,
                        reason -> selection.take(n.id(), NominationTransition.DROP, reason), "selection.done.DROP",
                        () -> render(null)));
                drop.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                drop.setId("drop-" + n.id());
                row.add(drop);
            }
            box.add(row);
        }
        box.add(new H3(getTranslation("selection.objections")));
        var list = selection.objections(id);
        if (list.isEmpty()) {
            box.add(new Paragraph(getTranslation("selection.objections.none")));
        }
        for (ObjectionView o : list) {
            var card = new Div();
            card.addClassName("jigai-card");
            card.setId("objection-" + o.id());
            card.add(new Paragraph(getTranslation("selection.objection.about", o.caseTitle(),
                    o.lodgedBy() == null ? "" : o.lodgedBy(), org.jigai.base.Formats.dateTime(o.lodgedAt(), getLocale()))));
            var grounds = new Paragraph(o.grounds());
            grounds.addClassName("jigai-multiline");
            card.add(grounds);
            if (o.outcome() != null) {
                card.add(new Paragraph(getTranslation("selection.objection.handled", getTranslation(
                        o.outcome().labelKey()), o.response())));
            } else if (open) {
                var handle = new Button(getTranslation("selection.objection.handle"), e -> handle(o));
                handle.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                handle.setId("handle-" + o.id());
                card.add(handle);
            } else {
                card.add(new Paragraph(getTranslation("selection.objection.open")));
            }
            box.add(card);
        }
        return box;
    }

    private void handle(ObjectionView o) {
        var dialog = new Dialog(getTranslation("selection.objection.handle"));
        dialog.setWidth("min(520px, 95vw)");
        var outcome = new RadioButtonGroup<ObjectionOutcome>(getTranslation("selection.objection.outcome"));
        outcome.setItems(ObjectionOutcome.values());
        outcome.setItemLabelGenerator(x -> getTranslation(x.labelKey()));
        outcome.setId("objection-outcome");
        var response = new TextArea(getTranslation("selection.objection.response"));
        response.setMaxLength(SelectionService.RESPONSE_MAX);
        response.setWidthFull();
        response.setId("objection-response");
        var errors = new FormErrors(this).field("outcome", outcome).field("response", response);
        var save = new Button(getTranslation("action.save"), e -> {
            try {
                errors.clear();
                selection.handle(o.id(), outcome.getValue(), response.getValue());
                dialog.close();
                Notices.done(this, "selection.objection.saved");
                render(null);
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("objection-save");
        dialog.add(new Paragraph(o.grounds()), outcome, response);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException refused) {
            Notices.refused(this, refused);
        }
        render(null);
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
