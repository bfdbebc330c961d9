package org.jigai.engagement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jigai.base.Formats;
import org.jigai.base.ui.Facts;
import org.jigai.base.ui.ReasonDialog;
import org.jigai.engagement.EngagementDetails;
import org.jigai.engagement.EngagementService;
import org.jigai.engagement.PlannedMilestone;
import org.jigai.engagement.ProposalStatus;
import org.jigai.engagement.ProposalView;
import org.jigai.engagement.Side;
import org.jigai.engagement.Transition;

/**
 * The provider's proposal: the current version in full, what changed since the one before, and every earlier version.
 * The provider writes, revises and withdraws it; the enterprise shortlists, declines with a reason, or accepts and signs.
 */
class ProposalsPanel extends Section {

    ProposalsPanel(EngagementService engagements, EngagementDetails details, Runnable changed) {
        super(engagements, details, changed, "jigai-proposals");
        render();
    }

    @Override
    void render() {
        removeAll();
        List<ProposalView> versions = engagements.proposals(id);
        ProposalView latest = versions.isEmpty() ? null : versions.getFirst();
        var bar = new HorizontalLayout();
        bar.setWrap(true);
        if (details.may(Transition.SUBMIT_PROPOSAL)) {
            var write = new Button(getTranslation(latest == null ? "proposal.write" : "proposal.reviseButton"),
                    e -> new ProposalEditor(engagements, id, latest, changed).open());
            write.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            write.setId("proposal-write");
            bar.add(write);
        }
        boolean current = latest != null && latest.status() == ProposalStatus.SUBMITTED;
        if (current && details.may(Transition.WITHDRAW_PROPOSAL)) {
            bar.add(new Button(getTranslation("proposal.withdraw"), e -> EngagementLabels.act(this,
                    () -> engagements.withdrawProposal(id), "proposal.withdrawn", changed)));
        }
        if (current && details.may(Transition.ACCEPT_PROPOSAL)) {
            var accept = new Button(getTranslation("proposal.accept"), e -> confirmSign(latest));
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            accept.setId("proposal-accept");
            bar.add(accept);
            bar.add(new Button(getTranslation("proposal.decline"), e -> ReasonDialog.ask(this, "proposal.decline",
                    "engagement.reason", EngagementService.REASON_MAX, reason -> engagements.declineProposal(id, reason),
                    "proposal.declined", changed)));
        }
        if (details.may(Transition.SHORTLIST)) {
            boolean on = details.summary().shortlisted();
            var shortlist = new Button(getTranslation(on ? "proposal.unshortlist" : "proposal.shortlist"),
                    e -> EngagementLabels.act(this, () -> engagements.shortlist(id, !on),
                            on ? "proposal.unshortlisted" : "proposal.shortlisted", changed));
            shortlist.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            bar.add(shortlist);
        }
        if (latest == null) {
            add(new Paragraph(getTranslation(details.summary().side() == Side.PROVIDER ? "proposal.noneYetProvider"
                    : "proposal.noneYet")), bar);
            return;
        }
        add(bar, version(latest, versions.size() > 1 ? versions.get(1) : null, true));
        for (int i = 1; i < versions.size(); i++) {
            var old = new Details(getTranslation("proposal.version", versions.get(i).number()) + " · "
                    + getTranslation(versions.get(i).status().labelKey()),
                    version(versions.get(i), i + 1 < versions.size() ? versions.get(i + 1) : null, false));
            add(old);
        }
    }

    private void confirmSign(ProposalView p) {
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("proposal.signTitle"));
        dialog.setText(getTranslation("proposal.signText", EngagementLabels.wan(this, p.priceWan()), p.durationDays()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("proposal.accept"));
        dialog.addConfirmListener(e -> EngagementLabels.act(this, () -> engagements.acceptProposal(id, p.id()),
                "proposal.signed", changed));
        dialog.open();
    }

    private Component version(ProposalView p, ProposalView previous, boolean full) {
        var card = new Div();
        card.addClassName("jigai-card");
        if (full) {
            card.add(new H3(getTranslation("proposal.version", p.number()) + " · " + getTranslation(p.status().labelKey())));
        }
        if (previous != null) {
            var changes = changes(p, previous);
            var diff = new Paragraph(changes.isEmpty() ? getTranslation("proposal.unchanged", previous.number())
                    : getTranslation("proposal.changed", previous.number(), String.join(getTranslation("list.separator"), changes)));
            diff.addClassName("jigai-notice");
            diff.addClassName("jigai-proposal-diff");
            card.add(diff);
        }
        var facts = new Facts();
        facts.fact("proposal.price", EngagementLabels.wan(this, p.priceWan()));
        facts.fact("proposal.duration", getTranslation("proposal.days", p.durationDays()));
        facts.fact("proposal.submittedAt", Formats.dateTime(p.submittedAt(), getLocale()));
        facts.fact("proposal.declineReason", p.declineReason() == null || p.declineReason().startsWith("signedWith")
                || p.declineReason().equals("needClosed") ? "" : p.declineReason());
        var approach = new Paragraph(p.approach());
        approach.addClassName("jigai-multiline");
        var scope = new Paragraph(p.scope());
        scope.addClassName("jigai-multiline");
        card.add(facts, new H3(getTranslation("proposal.approach")), approach, new H3(getTranslation("proposal.scope")), scope,
                new H3(getTranslation("proposal.milestones")), milestones(p.milestones()));
        if (p.file() != null) {
            var link = new Anchor("files/engagements/" + id + "/" + p.file().id(), p.file().name());
            link.setRouterIgnore(true);
            link.getElement().setAttribute("download", true);
            card.add(link);
        }
        return card;
    }

    private Component milestones(List<PlannedMilestone> list) {
        var box = new Div();
        box.addClassName("jigai-planned-milestones");
        int i = 1;
        for (PlannedMilestone m : list) {
            var line = new Div(new Span(i++ + ". " + m.name()), new Span(m.deliverable()),
                    new Span(Formats.date(m.dueDate(), getLocale())), new Span(m.sharePercent() + "%"));
            line.addClassName("jigai-planned-milestone");
            box.add(line);
        }
        return box;
    }

    /** The fields that differ from the version before, with old and new values. */
    private List<String> changes(ProposalView p, ProposalView before) {
        List<String> changes = new ArrayList<>();
        if (p.priceWan().compareTo(before.priceWan()) != 0) {
            changes.add(getTranslation("proposal.change.price", EngagementLabels.wan(this, before.priceWan()),
                    EngagementLabels.wan(this, p.priceWan())));
        }
        if (p.durationDays() != before.durationDays()) {
            changes.add(getTranslation("proposal.change.duration", before.durationDays(), p.durationDays()));
        }
        if (!p.approach().equals(before.approach())) {
            changes.add(getTranslation("proposal.change.approach"));
        }
        if (!p.scope().equals(before.scope())) {
            changes.add(getTranslation("proposal.change.scope"));
        }
        if (!Objects.equals(p.milestones(), before.milestones())) {
            changes.add(getTranslation("proposal.change.milestones"));
        }
        return changes;
    }
}
