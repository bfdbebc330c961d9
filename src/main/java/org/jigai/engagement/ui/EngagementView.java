package org.jigai.engagement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.NoSuchElementException;
import org.jigai.account.ContactDetails;
import org.jigai.base.Formats;
import org.jigai.base.LiveUpdates;
import org.jigai.base.ui.Facts;
import org.jigai.base.ui.ReasonDialog;
import org.jigai.engagement.EngagementDetails;
import org.jigai.engagement.EngagementService;
import org.jigai.engagement.EngagementState;
import org.jigai.engagement.Side;
import org.jigai.engagement.Transition;

/**
 * One engagement: who and what, its state and the actions the reader may take, contact details once both agreed, and
 * tabs for the conversation, proposals, milestones, ratings and history. Everything on it follows changes made by the
 * other side without a reload (server push); an engagement the reader may not see is "not found".
 */
@Route("engagements/:id([0-9]{1,18})")
@PermitAll
class EngagementView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final EngagementService engagements;
    private long id;
    private EngagementDetails details;
    private String pageTitle = "";
    private final Div header = new Div();
    private ConversationPanel conversation;
    private ProposalsPanel proposals;
    private MilestonesPanel milestones;
    private RatingsPanel ratings;
    private HistoryPanel history;
    private long lastEvent;

    EngagementView(EngagementService engagements, LiveUpdates live) {
        this.engagements = engagements;
        addClassNames("jigai-page", "jigai-engagement");
        org.jigai.base.ui.Live.follow(this, live, () -> LiveUpdates.engagement(id), () -> refresh(false));
        // a new message or read receipt touches the conversation only: one small query, no redraw of the rest
        org.jigai.base.ui.Live.follow(this, live, () -> LiveUpdates.conversation(id), () -> {
            if (conversation != null) {
                conversation.refresh(details);
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var param = event.getRouteParameters().getLong("id");
        if (param.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        id = param.get();
        try {
            details = engagements.details(id);
        } catch (NoSuchElementException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        build();
    }

    private void build() {
        removeAll();
        pageTitle = details.summary().needTitle();
        renderHeader();
        add(header);
        var fresh = new Sections();
        conversation = null;
        proposals = null;
        milestones = null;
        ratings = null;
        history = null;
        lastEvent = engagements.lastEventId(id);
        if (details.whole()) {
            fresh.add(getTranslation("engagement.tab.conversation"), () -> conversation = new ConversationPanel(engagements, details));
            fresh.add(getTranslation("engagement.tab.proposals"), () -> proposals = new ProposalsPanel(engagements, details, this::changed));
            if (details.summary().signedAt() != null) {
                fresh.add(getTranslation("engagement.tab.milestones"), () -> milestones = new MilestonesPanel(engagements, details, this::changed));
            }
            if (details.summary().state() == EngagementState.COMPLETED) {
                fresh.add(getTranslation("engagement.tab.ratings"), () -> ratings = new RatingsPanel(engagements, details, this::changed));
            }
        } else {
            var factsOnly = new Paragraph(getTranslation("engagement.factsOnly"));
            factsOnly.addClassName("jigai-notice");
            add(factsOnly);
        }
        fresh.add(getTranslation("engagement.tab.history"), () -> history = new HistoryPanel(engagements, id));
        add(fresh);
    }

    /** After the reader's own action: reload what it may have changed. */
    private void changed() {
        refresh(true);
    }

    /** Reload the facts; rebuild the page when the state or the reader's options changed, else refresh the panels. */
    private void refresh(boolean own) {
        EngagementDetails next;
        try {
            next = engagements.details(id);
        } catch (NoSuchElementException e) {
            return;
        }
        boolean structural = next.summary().state() != details.summary().state() || !next.may().equals(details.may())
                || next.whole() != details.whole();
        boolean headerChanged = !facts(next).equals(facts(details));
        details = next;
        if (structural) {
            var selected = currentTab();
            build();
            selectTab(selected);
            return;
        }
        if (headerChanged) {
            renderHeader();
        }
        if (conversation != null) {
            conversation.refresh(details);
        }
        // a message is no transition: the other sections are redrawn only when one was taken
        long event = engagements.lastEventId(id);
        if (event == lastEvent && !own) {
            return;
        }
        lastEvent = event;
        if (proposals != null) {
            proposals.refresh(details);
        }
        if (milestones != null) {
            milestones.refresh(details);
        }
        if (ratings != null) {
            ratings.refresh(details);
        }
        if (history != null) {
            history.refresh();
        }
    }

    /** What the header shows: the details without the unread count and the time of the last change. */
    private static EngagementDetails facts(EngagementDetails d) {
        var s = d.summary();
        var summary = new org.jigai.engagement.EngagementSummary(s.id(), s.needId(), s.needTitle(), s.enterpriseId(),
                s.enterpriseName(), s.providerId(), s.providerName(), s.state(), s.startedBy(), s.side(), s.shortlisted(),
                s.priceWan(), s.proposalNumber(), 0, s.createdAt(), s.createdAt(), s.signedAt(), s.signedPriceWan(),
                s.completedAt(), s.endedAt(), s.reported(), s.enterpriseShown());
        return new EngagementDetails(summary, d.note(), d.endReason(), d.whole(), d.consentedMine(), d.consentedOther(),
                d.revealedAt(), d.enterpriseContacts(), d.providerContacts(), d.may(), d.reportedAt(), d.reportReason(),
                d.reportHandling());
    }

    private int currentTab() {
        return getChildren().filter(Sections.class::isInstance).map(Sections.class::cast).findFirst()
                .map(Sections::selected).orElse(0);
    }

    private void selectTab(int index) {
        getChildren().filter(Sections.class::isInstance).map(Sections.class::cast).findFirst()
                .ifPresent(t -> t.select(index));
    }

    private void renderHeader() {
        header.removeAll();
        var s = details.summary();
        var title = new H2(s.needTitle());
        title.addClassName("jigai-break");
        var state = new HorizontalLayout(EngagementLabels.state(this, s.state()));
        state.setWrap(true);
        state.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.CENTER);
        if (s.shortlisted()) {
            state.add(new Span(getTranslation("engagement.shortlisted")));
        }
        var facts = new Facts();
        facts.fact("engagement.enterprise", s.enterpriseShown() ? s.enterpriseName()
                : getTranslation("need.anonymousEnterprise"));
        facts.fact("engagement.provider", s.providerName());
        facts.fact("engagement.startedBy", getTranslation("engagement.startedBy." + s.startedBy().name()));
        facts.fact("engagement.created", Formats.dateTime(s.createdAt(), getLocale()));
        if (s.signedAt() != null) {
            facts.fact("engagement.signedAt", Formats.dateTime(s.signedAt(), getLocale()));
            facts.fact("engagement.signedPrice", s.signedPriceWan() == null ? "" : EngagementLabels.wan(this, s.signedPriceWan()));
        }
        if (s.completedAt() != null) {
            facts.fact("engagement.completedAt", Formats.dateTime(s.completedAt(), getLocale()));
        }
        if (details.note() != null) {
            facts.fact("engagement.note", details.note());
        }
        var links = new HorizontalLayout();
        links.setWrap(true);
        if (s.side() == Side.ENTERPRISE || s.side() == null) {
            links.add(new Anchor("providers/" + s.providerId(), getTranslation("engagement.providerPage")));
        }
        if (s.side() == Side.ENTERPRISE) {
            links.add(new Anchor("needs/" + s.needId(), getTranslation("engagement.needPage")),
                    new Anchor("my/needs/" + s.needId() + "/proposals", getTranslation("engagement.compare")));
            if (s.state() == EngagementState.SIGNED || s.state() == EngagementState.COMPLETED) {
                var project = new Anchor("projects/edit?engagement=" + s.id(), getTranslation("engagement.toProject"));
                project.setId("engagement-to-project");
                links.add(project);
            }
        }
        var card = new Div(facts, links);
        card.addClassName("jigai-card");
        header.add(title, state);
        if (details.endReason() != null) {
            header.add(notice(getTranslation("engagement.endReason", reasonText(details.endReason()))));
        }
        if (details.reportedAt() != null) {
            header.add(notice(details.reportHandling() == null
                    ? getTranslation("engagement.reportOpen", Formats.dateTime(details.reportedAt(), getLocale()),
                            details.reportReason() == null ? "" : details.reportReason())
                    : getTranslation("engagement.reportHandled", details.reportHandling())));
        }
        header.add(card, contacts(), actions());
    }

    private String reasonText(String reason) {
        return switch (reason) {
            case "signedWithAnother" -> getTranslation("engagement.closed.signedWithAnother");
            case "needClosed" -> getTranslation("engagement.closed.needClosed");
            default -> reason;
        };
    }

    private Component contacts() {
        var box = new Div();
        box.addClassName("jigai-card");
        box.setId("engagement-contacts");
        box.add(new H3(getTranslation("engagement.contacts")));
        if (details.enterpriseContacts() != null || details.providerContacts() != null) {
            var row = new Div();
            row.addClassName("jigai-contacts");
            row.add(contactCard("engagement.enterprise", details.enterpriseContacts()),
                    contactCard("engagement.provider", details.providerContacts()));
            box.add(row);
            return box;
        }
        var text = new Paragraph(getTranslation(details.consentedMine() ? "engagement.contacts.waiting"
                : details.consentedOther() ? "engagement.contacts.otherAgreed" : "engagement.contacts.hidden"));
        box.add(text);
        if (details.may(Transition.CONSENT_CONTACTS) && !details.consentedMine()) {
            var agree = new Button(getTranslation("engagement.contacts.agree"), e -> EngagementLabels.act(this,
                    () -> engagements.consentToContacts(id), "engagement.contacts.agreed", this::changed));
            agree.setId("engagement-consent");
            box.add(agree);
        }
        return box;
    }

    private Component contactCard(String labelKey, ContactDetails c) {
        var facts = new Facts();
        if (c != null) {
            facts.fact(labelKey, c.organizationName());
            facts.fact("engagement.contactName", c.contactName());
            facts.fact("engagement.contactMobile", c.mobile());
            facts.fact("engagement.contactEmail", c.email());
        }
        return facts;
    }

    private Component actions() {
        var bar = new HorizontalLayout();
        bar.setWrap(true);
        bar.addClassName("jigai-actions");
        if (details.may(Transition.ACCEPT_INVITATION) || details.may(Transition.ACCEPT_INTEREST)) {
            var accept = new Button(getTranslation(details.may(Transition.ACCEPT_INVITATION)
                    ? "engagement.acceptInvitation" : "engagement.acceptInterest"),
                    e -> EngagementLabels.act(this, () -> engagements.accept(id), "engagement.accepted", this::changed));
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            accept.setId("engagement-accept");
            bar.add(accept);
        }
        if (details.may(Transition.DECLINE_INVITATION) || details.may(Transition.DECLINE_INTEREST)) {
            bar.add(reasonButton("engagement.decline", reason -> engagements.decline(id, reason), "engagement.declined"));
        }
        if (details.may(Transition.WITHDRAW_INVITATION) || details.may(Transition.WITHDRAW_INTEREST)) {
            var withdraw = new Button(getTranslation("engagement.withdraw"), e -> EngagementLabels.act(this,
                    () -> engagements.withdraw(id), "engagement.withdrawn", this::changed));
            withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            bar.add(withdraw);
        }
        if (details.may(Transition.CANCEL)) {
            var cancel = reasonButton("engagement.cancel", reason -> engagements.cancel(id, reason), "engagement.cancelled");
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            bar.add(cancel);
        }
        boolean reportOpen = details.reportedAt() != null && details.reportHandling() == null;
        if (details.may(Transition.REPORT) && !reportOpen) {
            var report = new Button(getTranslation("engagement.report"), e -> ReasonDialog.ask(this,
                    "engagement.report", "engagement.reportReason", EngagementService.NOTE_MAX,
                    reason -> engagements.report(id, reason), "engagement.reported", this::changed));
            report.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            bar.add(report);
        }
        if (details.may(Transition.HANDLE_REPORT)) {
            var handle = new Button(getTranslation("engagement.handleReport"), e -> ReasonDialog.ask(this,
                    "engagement.handleReport", "engagement.handling", EngagementService.NOTE_MAX,
                    text -> engagements.handleReport(id, text), "engagement.handled", this::changed));
            handle.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(handle);
        }
        return bar;
    }

    private Button reasonButton(String key, com.vaadin.flow.function.SerializableConsumer<String> action, String doneKey) {
        return new Button(getTranslation(key), e -> ReasonDialog.ask(this, key, "engagement.reason",
                EngagementService.REASON_MAX, action, doneKey, this::changed));
    }

    private static Paragraph notice(String text) {
        var p = new Paragraph(text);
        p.addClassName("jigai-notice");
        return p;
    }



    @Override
    public String getPageTitle() {
        return pageTitle + " | " + getTranslation("app.name");
    }
}
