package org.jigai.engagement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.jigai.account.AccountPrincipal;
import org.jigai.account.Role;
import org.jigai.base.InvalidInputException;
import org.jigai.base.ui.FormErrors;
import org.jigai.base.ui.PagePanel;
import org.jigai.engagement.EngagementService;
import org.jigai.engagement.EngagementSummary;
import org.jigai.engagement.RatingSummary;
import org.jigai.engagement.Side;
import org.jigai.need.NeedDetails;
import org.jigai.need.NeedService;
import org.jigai.need.NeedStatus;
import org.jigai.need.NeedSummary;
import org.springframework.data.domain.PageRequest;

/**
 * What the collaboration adds to other pages. Under a need: for its enterprise, the engagements on it and the way to
 * compare proposals; for a provider, 「表达意向」 or the way to its engagement. On a provider's page and its solutions'
 * pages: its ratings and completed engagements for everyone; on the provider's page also 「邀请报价」 to one of the
 * enterprise's open needs.
 */
@org.springframework.stereotype.Component
class EngagementPanels implements PagePanel {

    private final EngagementService engagements;
    private final NeedService needs;
    private final org.jigai.provider.SolutionService solutions;

    EngagementPanels(EngagementService engagements, NeedService needs, org.jigai.provider.SolutionService solutions) {
        this.engagements = engagements;
        this.needs = needs;
        this.solutions = solutions;
    }

    @Override
    public Optional<Component> create(String page, long id) {
        var me = AccountPrincipal.current().orElse(null);
        if (me == null) {
            return Optional.empty();
        }
        try {
            return switch (page) {
                case NEED -> needPanel(me, id);
                case PROVIDER -> Optional.of(providerPanel(me, id));
                case SOLUTION -> Optional.of(trackRecord(solutions.details(id).organizationId()));
                default -> Optional.empty();
            };
        } catch (NoSuchElementException notTheirs) {
            return Optional.empty();
        }
    }

    private Optional<Component> needPanel(AccountPrincipal me, long needId) {
        NeedDetails need = needs.details(needId);
        var ui = UI.getCurrent();
        var box = new Div();
        box.addClassName("jigai-card");
        box.setId("need-engagements");
        if (need.mine() && me.has(Role.ENTERPRISE)) {
            box.add(new H2(ui.getTranslation("engagement.forNeed")));
            List<EngagementSummary> list = engagements.forNeed(needId);
            if (list.isEmpty()) {
                box.add(new Paragraph(ui.getTranslation("engagement.forNeed.empty")));
            }
            for (EngagementSummary s : list) {
                var row = new Div(new Anchor("engagements/" + s.id(), s.providerName()),
                        EngagementLabels.state(box, s.state()));
                if (s.priceWan() != null) {
                    row.add(new Span(ui.getTranslation("engagement.currentPrice", EngagementLabels.wan(box, s.priceWan()), s.proposalNumber())));
                }
                if (s.unread() > 0) {
                    row.add(new Span(ui.getTranslation("engagement.unread", s.unread())));
                }
                row.addClassName("jigai-engagement-row");
                box.add(row);
            }
            if (list.stream().anyMatch(s -> s.priceWan() != null)) {
                var compare = new Anchor("my/needs/" + needId + "/proposals", ui.getTranslation("engagement.compare"));
                compare.setId("compare-proposals");
                box.add(compare);
            }
            return Optional.of(box);
        }
        if (!me.has(Role.PROVIDER)) {
            return Optional.empty();
        }
        var existing = engagements.myEngagementFor(needId);
        boolean open = NeedStatus.OPEN.contains(need.status()) && !need.hidden();
        if (existing.isPresent() && !(open && engagements.mayExpressInterest(needId))) {
            var link = new Anchor("engagements/" + existing.get(), ui.getTranslation("engagement.openMine"));
            link.setId("open-engagement");
            box.add(new Paragraph(ui.getTranslation("engagement.alreadyEngaged")), link);
            return Optional.of(box);
        }
        if (!open) {
            return Optional.empty();
        }
        box.add(new H2(ui.getTranslation("engagement.interest.title")),
                new Paragraph(ui.getTranslation("engagement.interest.intro")));
        var note = new TextArea(ui.getTranslation("engagement.interest.note"));
        note.setMaxLength(EngagementService.NOTE_MAX);
        note.setWidthFull();
        note.setRequiredIndicatorVisible(true);
        note.setId("interest-note");
        var errors = new FormErrors(box).field("note", note);
        var send = new Button(ui.getTranslation("engagement.transition.EXPRESS_INTEREST"), e -> {
            try {
                long id = engagements.expressInterest(needId, note.getValue());
                ui.navigate("engagements/" + id);
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("express-interest");
        box.add(note, send);
        return Optional.of(box);
    }

    /** The provider's ratings from enterprises and its completed engagements (on its page and its solutions). */
    private Div trackRecord(long providerId) {
        var ui = UI.getCurrent();
        var box = new Div();
        box.addClassName("jigai-card");
        box.setId("provider-track-record");
        box.add(new H2(ui.getTranslation("engagement.trackRecord")));
        RatingSummary r = engagements.ratingsOf(providerId, Side.ENTERPRISE);
        long completed = engagements.completedEngagements(providerId);
        box.add(new Paragraph(r.count() == 0 ? ui.getTranslation("engagement.noRatings", completed)
                : ui.getTranslation("engagement.ratingSummary", String.format(Locale.ROOT, "%.1f", r.overall()), r.count(),
                        String.format(Locale.ROOT, "%.1f", r.score1()), String.format(Locale.ROOT, "%.1f", r.score2()),
                        String.format(Locale.ROOT, "%.1f", r.score3()), completed)));
        return box;
    }

    private Component providerPanel(AccountPrincipal me, long providerId) {
        var ui = UI.getCurrent();
        var box = trackRecord(providerId);
        if (!me.has(Role.ENTERPRISE)) {
            return box;
        }
        var open = new java.util.ArrayList<NeedSummary>();
        for (NeedStatus s : List.of(NeedStatus.PUBLISHED, NeedStatus.IN_NEGOTIATION)) {
            open.addAll(needs.mine(s, PageRequest.of(0, 50)).getContent());
        }
        open.removeIf(NeedSummary::hidden);
        if (open.isEmpty()) {
            box.add(new Paragraph(ui.getTranslation("engagement.invite.noNeeds")));
            return box;
        }
        var need = new Select<NeedSummary>();
        need.setLabel(ui.getTranslation("engagement.invite.need"));
        need.setItems(open);
        need.setItemLabelGenerator(NeedSummary::title);
        need.setValue(open.getFirst());
        need.setId("invite-need");
        var invite = new Button(ui.getTranslation("engagement.invite.one"), e -> {
            try {
                var created = engagements.invite(need.getValue().id(), List.of(providerId), null);
                if (created.isEmpty()) {
                    com.vaadin.flow.component.notification.Notification.show(
                            ui.getTranslation("engagement.invite.already"), 4000,
                            com.vaadin.flow.component.notification.Notification.Position.TOP_CENTER);
                } else {
                    ui.navigate("engagements/" + created.getFirst());
                }
            } catch (InvalidInputException invalid) {
                EngagementLabels.refused(box, invalid);
            }
        });
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        invite.setId("invite-provider");
        var row = new Div(need, invite);
        row.addClassName("jigai-form-row");
        box.add(row);
        return box;
    }
}
