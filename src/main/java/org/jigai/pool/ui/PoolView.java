package org.jigai.pool.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.jigai.account.AccountPrincipal;
import org.jigai.account.Role;
import org.jigai.base.PoolMembership;
import org.jigai.base.ServiceCategory;
import org.jigai.base.ui.Labels;
import org.jigai.pool.Member;
import org.jigai.pool.PoolService;
import org.jigai.pool.PoolSheets;
import org.jigai.pool.PoolYearView;

/**
 * The public page of the provider pool (no sign-in): this year's members category by category with a download of
 * each category's list, and the pool year taking applications, if any.
 */
@Route("pool")
@AnonymousAllowed
@Menu(title = "nav.pool", order = 52, icon = "vaadin:diploma")
class PoolView extends Main implements HasDynamicTitle {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    PoolView(PoolService pool, PoolSheets sheets, PoolMembership membership) {
        addClassName("jigai-page");
        var today = membership.today();
        var me = AccountPrincipal.current().orElse(null);
        add(new H2(getTranslation("pool.public.title")));
        var intro = new Paragraph(getTranslation("pool.public.intro"));
        intro.addClassName("jigai-muted");
        add(intro);
        for (PoolYearView open : pool.openYears()) {
            var call = new Div();
            call.addClassNames("jigai-card", "jigai-reminder");
            call.setId("pool-call-" + open.year());
            call.add(new H3(getTranslation("pool.public.call", open.year())));
            call.add(new Paragraph(PoolLabels.window(this, open) + " · " + PoolLabels.categories(this, open.categories())));
            if (open.requirements() != null) {
                var requirements = new Paragraph(open.requirements());
                requirements.addClassName("jigai-multiline");
                call.add(requirements);
            }
            if (me == null) {
                call.add(new Anchor("login", getTranslation("pool.public.signInToApply")));
            } else if (me.has(Role.PROVIDER)) {
                var apply = new Button(getTranslation("pool.apply"), VaadinIcon.EDIT.create(),
                        e -> getUI().ifPresent(ui -> ui.navigate("pool/applications")));
                apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                call.add(apply);
            }
            add(call);
        }
        var members = pool.members(today);
        if (members.isEmpty()) {
            var none = new Paragraph(getTranslation("pool.public.none", today.getYear()));
            none.setId("pool-none");
            add(none);
            return;
        }
        int total = (int) members.values().stream().flatMap(List::stream).map(Member::organizationId).distinct()
                .count();
        var summary = new Paragraph(getTranslation("pool.public.summary", today.getYear(), total));
        summary.setId("pool-summary");
        add(summary);
        for (var entry : members.entrySet()) {
            add(category(entry.getKey(), entry.getValue(), sheets, today, me != null));
        }
    }

    private Div category(ServiceCategory category, List<Member> members, PoolSheets sheets, java.time.LocalDate today,
            boolean signedIn) {
        var section = new Div();
        section.addClassNames("jigai-card", "jigai-pool-category");
        section.setId("pool-category-" + category.name());
        var title = new H3(getTranslation("pool.public.category", getTranslation(category.labelKey()), members.size()));
        var locale = getLocale();
        var download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = sheets.members(category, today, locale);
            return new DownloadResponse(new ByteArrayInputStream(bytes), sheets.fileName(category, today, locale), XLSX,
                    bytes.length);
        }), getTranslation("pool.public.download"));
        download.setId("pool-export-" + category.name());
        download.getElement().setAttribute("download", true);
        var head = new HorizontalLayout(title, download);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        head.setWrap(true);
        section.add(head);
        if (members.isEmpty()) {
            section.add(new Paragraph(getTranslation("pool.public.categoryEmpty")));
        }
        for (Member m : members) {
            var row = new Div();
            row.addClassName("jigai-pool-member");
            var name = signedIn ? new Anchor("providers/" + m.organizationId(), m.name()) : new Span(m.name());
            var facts = new Span(Labels.region(this, m.region())
                    + (m.industries().isEmpty() ? "" : " · " + Labels.join(this, m.industries())));
            facts.addClassName("jigai-muted");
            row.add(name, new Span(" "), facts);
            section.add(row);
        }
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("pool.public.title") + " | " + getTranslation("app.name");
    }
}
