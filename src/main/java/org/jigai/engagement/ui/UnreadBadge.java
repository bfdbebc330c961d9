package org.jigai.engagement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.util.Optional;
import org.jigai.account.AccountPrincipal;
import org.jigai.account.Role;
import org.jigai.base.LiveUpdates;
import org.jigai.base.ui.NavBadge;
import org.jigai.engagement.EngagementService;

/** The unread messages of all the user's engagements, next to 我的对接 in the navigation; kept current live. */
@org.springframework.stereotype.Component
class UnreadBadge implements NavBadge {

    private final EngagementService engagements;
    private final LiveUpdates live;

    UnreadBadge(EngagementService engagements, LiveUpdates live) {
        this.engagements = engagements;
        this.live = live;
    }

    @Override
    public String path() {
        return "my/engagements";
    }

    @Override
    public Optional<Component> create() {
        return AccountPrincipal.current().filter(me -> me.has(Role.ENTERPRISE) || me.has(Role.PROVIDER))
                .map(me -> new Count(engagements, live, me.id()));
    }

    static final class Count extends Span {

        private final transient EngagementService engagements;

        Count(EngagementService engagements, LiveUpdates live, long userId) {
            this.engagements = engagements;
            addClassName("jigai-nav-count");
            setId("unread-messages");
            refresh();
            org.jigai.base.ui.Live.follow(this, live, () -> LiveUpdates.user(userId), this::refresh);
        }

        private void refresh() {
            long unread = engagements.unreadMessages();
            setText(unread == 0 ? "" : String.valueOf(unread));
            setVisible(unread > 0);
            getElement().setAttribute("aria-label", getTranslation("engagement.unread", unread));
        }


    }
}
