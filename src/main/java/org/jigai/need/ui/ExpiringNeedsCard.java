package org.jigai.need.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.jigai.account.AccountPrincipal;
import org.jigai.account.Role;
import org.jigai.base.Formats;
import org.jigai.base.ui.HomeCard;
import org.jigai.need.NeedService;
import org.jigai.need.NeedSummary;

/** The expiry reminder: an enterprise's published needs that expire within two weeks, each renewable in one click. */
@org.springframework.stereotype.Component
class ExpiringNeedsCard implements HomeCard {

    private final NeedService needs;
    private final Clock clock;

    ExpiringNeedsCard(NeedService needs, Clock clock) {
        this.needs = needs;
        this.clock = clock;
    }

    @Override
    public Optional<Component> create() {
        boolean enterprise = AccountPrincipal.current().map(p -> p.has(Role.ENTERPRISE)).orElse(false);
        if (!enterprise) {
            return Optional.empty();
        }
        var expiring = needs.expiringSoon();
        if (expiring.isEmpty()) {
            return Optional.empty();
        }
        var card = new Div();
        card.addClassNames("jigai-card", "jigai-reminder");
        card.setId("home-expiring-needs");
        card.add(new H2(card.getTranslation("need.reminder.title", expiring.size())));
        for (NeedSummary need : expiring) {
            card.add(row(card, need));
        }
        return Optional.of(card);
    }

    private Component row(Div card, NeedSummary need) {
        var link = new Anchor("needs/" + need.id(), need.title());
        long days = Math.max(0, Duration.between(clock.instant(), need.expiresAt()).toDays());
        var when = new Span(card.getTranslation("need.expiresSoon",
                Formats.dateTime(need.expiresAt(), com.vaadin.flow.component.UI.getCurrent().getLocale()), days));
        when.addClassName("jigai-muted");
        var row = new HorizontalLayout(link, when);
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        row.setWrap(true);
        var renew = new Button(card.getTranslation("need.renew"));
        renew.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        renew.addClickListener(e -> {
            needs.renew(need.id());
            Notification.show(card.getTranslation("need.renewed"), 3000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            row.setVisible(false);
        });
        row.add(renew);
        return row;
    }
}
