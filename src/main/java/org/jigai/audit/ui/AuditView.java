package org.jigai.audit.ui;

import java.util.List;
import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jigai.audit.AuditEntry;
import org.jigai.audit.AuditLog;
import org.jigai.base.Formats;
import org.jigai.base.ui.Phones;

/** The admin's view of the audit log, newest first, filtered by action. */
@Route("admin/audit")
@RolesAllowed("ADMIN")
@Menu(title = "nav.audit", order = 920, icon = "vaadin:records")
class AuditView extends Main implements HasDynamicTitle {

    final ComboBox<String> action = new ComboBox<>();
    final Grid<AuditEntry> grid = new Grid<>();

    AuditView(AuditLog log) {
        addClassNames("jigai-page", "jigai-page-grid");
        action.setPlaceholder(getTranslation("audit.allActions"));
        action.setItems(log.recordedActions());
        action.setItemLabelGenerator(a -> label(a));
        action.setClearButtonVisible(true);
        action.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.addColumn(e -> Formats.dateTime(e.getOccurredAt(), getLocale())).setHeader(getTranslation("audit.time"))
                .setAutoWidth(true);
        grid.addColumn(AuditEntry::getActor).setHeader(getTranslation("audit.actor")).setAutoWidth(true);
        grid.addColumn(e -> label(e.getAction())).setHeader(getTranslation("audit.action"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.getTarget() == null ? "" : roles(e.getTarget())).setHeader(getTranslation("audit.target"))
                .setTooltipGenerator(e -> e.getTarget() == null ? "" : e.getTarget()).setFlexGrow(1);
        grid.addColumn(this::detail).setHeader(getTranslation("audit.detail"))
                .setTooltipGenerator(this::detail).setFlexGrow(1);
        grid.addColumn(e -> e.getRemoteAddress() == null ? "" : e.getRemoteAddress())
                .setHeader(getTranslation("audit.address")).setAutoWidth(true);
        grid.setItems(query -> log.list(action.getValue(), toSpringPageRequest(query)).stream(),
                query -> (int) log.count(action.getValue()));
        setHeightFull();
        Phones.cards(grid, e -> List.of(label(e.getAction()) + " · " + e.getActor(),
                e.getTarget() == null ? "" : roles(e.getTarget()), detail(e),
                Formats.dateTime(e.getOccurredAt(), getLocale()) + (e.getRemoteAddress() == null ? "" : " · " + e.getRemoteAddress())));
        add(new H2(getTranslation("audit.title")), action, grid);
    }

    /**
     * An action as people read it. The collaboration audits each transition as ENGAGEMENT_ and the transition's
     * name: those read 「对接：邀请报价」 from the transition's own label, so the two never drift apart.
     */
    private String label(String action) {
        String prefix = "ENGAGEMENT_";
        if (action.startsWith(prefix) && !action.equals("ENGAGEMENT_CONTACTS_REVEALED")) {
            return getTranslation("audit.action.engagement",
                    getTranslation("engagement.transition." + action.substring(prefix.length())));
        }
        return getTranslation("audit.action." + action);
    }

    private String detail(AuditEntry e) {
        if (e.getDetail() == null) {
            return "";
        }
        if (AuditLog.REASONS.contains(e.getDetail())) {
            return getTranslation("audit.reason." + e.getDetail());
        }
        return roles(e.getDetail());
    }

    /** Role codes as recorded ([BUREAU, EXPERT], PROVIDER 9137…) in the reader's language. */
    private String roles(String text) {
        var roles = java.util.regex.Pattern.compile("\\b(ENTERPRISE|PROVIDER|BUREAU|EXPERT|ADMIN)\\b").matcher(text);
        return roles.replaceAll(m -> java.util.regex.Matcher.quoteReplacement(getTranslation("role." + m.group(1))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " | " + getTranslation("app.name");
    }
}
