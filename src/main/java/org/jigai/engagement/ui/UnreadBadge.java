package org.jigai.engagement.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
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
        private final transient LiveUpdates live;
        private final long userId;
        private transient LiveUpdates.Subscription subscription;

        Count(EngagementService engagements, LiveUpdates live, long userId) {
            this.engagements = engagements;
            this.live = live;
            this.userId = userId;
            addClassName("jigai-nav-count");
            setId("unread-messages");
            refresh();
        }

        private void refresh() {
            long unread = engagements.unreadMessages();
            setText(unread == 0 ? "" : String.valueOf(unread));
            setVisible(unread > 0);
            getElement().setAttribute("aria-label", getTranslation("engagement.unread", unread));
        }

        @Override
        protected void onAttach(AttachEvent event) {
            var ui = event.getUI();
            subscription = live.subscribe(LiveUpdates.user(userId), topic -> ui.access(this::refresh));
        }

        @Override
        protected void onDetach(DetachEvent event) {
            if (subscription != null) {
                subscription.close();
                subscription = null;
            }
        }
    }
}
