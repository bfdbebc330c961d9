package org.jigai.notification.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.jigai.account.AccountPrincipal;
import org.jigai.base.Formats;
import org.jigai.base.LiveUpdates;
import org.jigai.base.ui.Phones;
import org.jigai.notification.Kind;
import org.jigai.notification.MailMode;
import org.jigai.notification.NotificationService;
import org.jigai.notification.NotificationView;

/** 消息中心: the user's notifications, newest first, with filters; a click marks one read and opens its object. */
@Route("notifications")
@PermitAll
@Menu(title = "nav.notifications", order = 90, icon = "vaadin:bell")
class NotificationsView extends Main implements HasDynamicTitle {

    /** The filter choices: everything, unread only, or one group of kinds. */
    enum Filter {
        ALL(List.of()), UNREAD(List.of()), MESSAGES(List.of(Kind.SEND_MESSAGE)),
        PROPOSALS(List.of(Kind.SUBMIT_PROPOSAL, Kind.WITHDRAW_PROPOSAL, Kind.DECLINE_PROPOSAL, Kind.ACCEPT_PROPOSAL)),
        MILESTONES(List.of(Kind.SUBMIT_MILESTONE, Kind.APPROVE_MILESTONE, Kind.REQUEST_CHANGES,
                Kind.REMIND_AUTO_APPROVAL, Kind.AUTO_APPROVE_MILESTONE, Kind.COMPLETE)),
        STARTS(List.of(Kind.INVITE, Kind.EXPRESS_INTEREST, Kind.ACCEPT_INVITATION, Kind.DECLINE_INVITATION,
                Kind.WITHDRAW_INVITATION, Kind.ACCEPT_INTEREST, Kind.DECLINE_INTEREST, Kind.WITHDRAW_INTEREST,
                Kind.CLOSE, Kind.CANCEL)),
        RATINGS(List.of(Kind.RATE, Kind.SHOW_RATINGS, Kind.REPLY_TO_RATING)),
        NEEDS(List.of(Kind.NEED_EXPIRING)),
        PROJECTS(List.of(Kind.PROJECT_REPORT_DUE_SOON, Kind.PROJECT_REPORT_DUE, Kind.PROJECT_REPORT_OVERDUE,
                Kind.PROJECT_COMMENT, Kind.PROJECT_SKIPPED, Kind.PROJECT_URGED)),
        POOL(List.of(Kind.POOL_APPROVED, Kind.POOL_RETURNED, Kind.POOL_REJECTED, Kind.POOL_REMOVED,
                Kind.POOL_RENEWAL_DUE)),
        EVENTS(List.of(Kind.EVENT_REGISTRATION_CONFIRMED, Kind.EVENT_REGISTRATION_DECLINED,
                Kind.EVENT_SCHEDULE_PUBLISHED, Kind.EVENT_CANCELLED, Kind.EVENT_REMINDER)),
        SELECTION(java.util.Arrays.stream(Kind.values()).filter(k -> k.name().startsWith("SELECTION_")).toList());

        final List<Kind> kinds;

        Filter(List<Kind> kinds) {
            this.kinds = kinds;
        }
    }

    private final NotificationService notifications;
    private final Select<Filter> filter = new Select<>();
    private final Grid<NotificationView> grid = new Grid<>();

    NotificationsView(NotificationService notifications, LiveUpdates live) {
        this.notifications = notifications;
        addClassNames("jigai-page", "jigai-page-grid");
        filter.setItems(Filter.values());
        filter.setValue(Filter.ALL);
        filter.setItemLabelGenerator(f -> getTranslation("notification.filter." + f.name()));
        filter.setAriaLabel(getTranslation("notification.filter"));
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        var readAll = new Button(getTranslation("notification.markAllRead"), e -> {
            int n = notifications.markAllRead();
            Notification.show(getTranslation("notification.markedRead", n), 3000, Notification.Position.TOP_CENTER);
            grid.getDataProvider().refreshAll();
        });
        readAll.setId("notifications-read-all");

        grid.addComponentColumn(n -> {
            var dot = new Span();
            dot.addClassName(n.read() ? "jigai-read" : "jigai-unread");
            dot.getElement().setAttribute("aria-label", getTranslation(n.read() ? "notification.read" : "notification.unread"));
            return dot;
        }).setWidth("2.5em").setFlexGrow(0);
        grid.addColumn(n -> getTranslation(n.kind().labelKey())).setHeader(getTranslation("notification.kind"))
                .setWidth("10em").setFlexGrow(0);
        grid.addColumn(this::text).setHeader(getTranslation("notification.text")).setFlexGrow(3)
                .setTooltipGenerator(this::text);
        grid.addColumn(n -> Formats.dateTime(n.createdAt(), getLocale())).setHeader(getTranslation("notification.at"))
                .setAutoWidth(true);
        grid.setPartNameGenerator(n -> n.read() ? null : "jigai-unread-row");
        grid.setItems(q -> page(q), q -> (int) Math.min(Integer.MAX_VALUE, count()));
        grid.addItemClickListener(e -> {
            var opened = notifications.open(e.getItem().id());
            getUI().ifPresent(ui -> ui.navigate(opened.link()));
        });
        grid.setEmptyStateText(getTranslation("notification.empty"));
        Phones.cards(grid, n -> List.of(text(n), getTranslation(n.kind().labelKey()) + " · "
                + Formats.dateTime(n.createdAt(), getLocale()) + (n.read() ? "" : " · " + getTranslation("notification.unread"))));
        setHeightFull();
        var toolbar = new HorizontalLayout(filter, readAll);
        toolbar.setWrap(true);
        add(new H2(getTranslation("nav.notifications")), toolbar, grid, preferences());
        AccountPrincipal.current().ifPresent(me -> org.jigai.base.ui.Live.follow(this, live, () -> LiveUpdates.user(me.id()),
                () -> grid.getDataProvider().refreshAll()));
    }

    private java.util.stream.Stream<NotificationView> page(com.vaadin.flow.data.provider.Query<NotificationView, Void> q) {
        Filter f = filter.getValue();
        return notifications.mine(f == Filter.UNREAD, f.kinds, toSpringPageRequest(q)).stream();
    }

    private long count() {
        Filter f = filter.getValue();
        return notifications.mine(f == Filter.UNREAD, f.kinds, org.springframework.data.domain.PageRequest.of(0, 1))
                .getTotalElements();
    }

    private String text(NotificationView n) {
        return getTranslation(n.kind().textKey(), n.subject(),
                NotificationService.detail(n.kind(), n.detail(), getTranslation("need.anonymousEnterprise"), getLocale()));
    }

    /** The e-mail choice per kind; said plainly when the platform sends no e-mail at all. */
    private Details preferences() {
        var body = new Div();
        if (!notifications.mailConfigured()) {
            body.add(new Paragraph(getTranslation("notification.mailOff")));
        }
        var modes = notifications.preferences();
        var list = new Div();
        list.addClassName("jigai-preferences");
        for (Kind kind : Kind.ALL) {
            var select = new Select<MailMode>();
            select.setLabel(getTranslation(kind.labelKey()));
            select.setItems(MailMode.values());
            select.setItemLabelGenerator(m -> getTranslation(m.labelKey()));
            select.setValue(modes.get(kind));
            select.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    notifications.setPreference(kind, e.getValue());
                    Notification.show(getTranslation("notification.preferenceSaved"), 2000, Notification.Position.TOP_CENTER);
                }
            });
            list.add(select);
        }
        body.add(list);
        var details = new Details(getTranslation("notification.preferences"), body);
        details.setId("notification-preferences");
        return details;
    }



    @Override
    public String getPageTitle() {
        return getTranslation("nav.notifications") + " | " + getTranslation("app.name");
    }
}
