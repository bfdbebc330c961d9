package org.jigai.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jigai.base.Formats;
import org.jigai.base.ui.Chart;
import org.jigai.base.ui.Labels;
import org.jigai.dashboard.DashboardFigures;
import org.jigai.dashboard.DashboardFigures.Axis;
import org.jigai.dashboard.DashboardFigures.Figures;
import org.jigai.dashboard.DashboardFigures.Table;
import org.jigai.dashboard.DashboardService;


/**
 * 数据看板 (bureau and admins): the year's figures against the policy targets, their trend by month and their
 * breakdowns, each chart with its figures as a workbook.
 */
@Route("dashboard")
@RolesAllowed({"BUREAU", "ADMIN"})
@Menu(title = "nav.dashboard", order = 5, icon = "vaadin:chart")
class DashboardView extends Main implements HasDynamicTitle {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final transient DashboardService dashboard;
    private final Div body = new Div();

    DashboardView(DashboardService dashboard) {
        this.dashboard = dashboard;
        addClassName("jigai-page");
        int thisYear = dashboard.today().getYear();
        var year = new Select<Integer>();
        year.setLabel(getTranslation("dashboard.year"));
        var years = new ArrayList<Integer>();
        for (int y = thisYear; y >= thisYear - DashboardService.YEARS_BACK; y--) {
            years.add(y);
        }
        year.setItems(years);
        year.setItemLabelGenerator(y -> getTranslation("dashboard.yearLabel", y));
        year.setValue(thisYear);
        year.setId("dashboard-year");
        year.addValueChangeListener(e -> render(e.getValue()));
        var head = new HorizontalLayout(new H2(getTranslation("dashboard.title")), year);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        head.setWrap(true);
        add(head, body);
        render(thisYear);
    }

    private void render(int year) {
        body.removeAll();
        Figures f = dashboard.figures(year);
        var asOf = new Paragraph(year < f.asOf().getYear() ? getTranslation("dashboard.wholeYear", year)
                : getTranslation("dashboard.asOf", Formats.date(f.asOf(), getLocale())));
        asOf.addClassName("jigai-muted");
        body.add(asOf, kpis(f));
        var charts = new Div();
        charts.addClassName("jigai-dashboard-charts");
        charts.add(chart(f, "trend", "line"), chart(f, "funnel", "bar"), chart(f, "contracts", "bar"),
                chart(f, "pool", "bar"), chart(f, "industry", "hbar"), chart(f, "direction", "hbar"),
                chart(f, "region", "hbar"));
        body.add(charts);
    }

    private Component kpis(Figures f) {
        var k = f.kpis();
        var grid = new Div();
        grid.addClassName("jigai-kpis");
        grid.setId("dashboard-kpis");
        grid.add(target("eventsHeld", k.eventsHeld(), k.eventsTarget()),
                target("casesSelected", k.casesSelected(), k.casesTarget()),
                target("keyTracked", k.keyTracked(), k.trackedTarget()),
                target("keyCompleted", k.keyCompleted(), k.completedTarget()),
                figure("poolMembers", Long.toString(k.poolMembers())),
                figure("needsPosted", Long.toString(k.needsPosted())),
                figure("matchRate", k.matchRate() == null ? "—"
                        : String.format(Locale.ROOT, "%.1f%%", k.matchRate() * 100)),
                figure("medianDays", k.medianDaysToProposal() == null ? "—"
                        : getTranslation("dashboard.days", String.format(Locale.ROOT, "%.1f",
                                k.medianDaysToProposal()))),
                figure("contractWan", getTranslation("dashboard.wan", Formats.plain(k.contractWan()))));
        return grid;
    }

    private Div target(String key, long value, int target) {
        var card = figure(key, Long.toString(value));
        var bar = new ProgressBar(0, Math.max(1, target), Math.min(value, target));
        bar.getElement().setAttribute("aria-label", getTranslation("dashboard.kpi." + key));
        var of = new Span(getTranslation("dashboard.ofTarget", target,
                String.format(Locale.ROOT, "%.0f", 100.0 * value / Math.max(1, target))));
        of.addClassName("jigai-muted");
        card.add(bar, of);
        return card;
    }

    private Div figure(String key, String value) {
        var card = new Div();
        card.addClassNames("jigai-card", "jigai-kpi");
        card.setId("kpi-" + key);
        var label = new Span(getTranslation("dashboard.kpi." + key));
        label.addClassName("jigai-kpi-label");
        var number = new Span(value);
        number.addClassName("jigai-kpi-value");
        card.add(label, number);
        return card;
    }

    private Component chart(Figures f, String key, String kind) {
        Table t = f.table(key);
        var card = new Div();
        card.addClassNames("jigai-card", "jigai-dashboard-chart");
        card.setId("chart-" + key);
        String title = getTranslation("dashboard.chart." + key, f.year());
        card.add(new H3(title));
        var categories = t.categories().stream().map(c -> label(t.axis(), c)).toList();
        var names = t.series().stream().map(s -> getTranslation("dashboard.series." + s.key())).toList();
        if (t.categories().isEmpty()) {
            card.add(new Paragraph(getTranslation("dashboard.empty")));
        } else {
            var series = new ArrayList<Chart.Series>();
            for (int i = 0; i < t.series().size(); i++) {
                series.add(new Chart.Series(names.get(i), t.series().get(i).values()));
            }
            var chart = new Chart(summary(title, categories, names, t));
            Map<String, Object> option = kind.equals("line") ? Chart.lines(categories, series)
                    : Chart.bars(categories, series, kind.equals("hbar"));
            chart.setOption(option);
            if (kind.equals("hbar")) {
                chart.setHeight(Math.max(220, 40 + categories.size() * 34) + "px");
            }
            card.add(chart);
        }
        var xlsx = new Anchor(DownloadHandler.fromInputStream(x -> {
            byte[] bytes = DashboardService.workbook(title, getTranslation("dashboard.axis." + t.axis().name()),
                    categories, names, t);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "dashboard-" + key + "-" + f.year()
                    + ".xlsx", XLSX, bytes.length);
        }), getTranslation("dashboard.xlsx"));
        xlsx.setId("xlsx-" + key);
        xlsx.getElement().setAttribute("download", true);
        card.add(xlsx);
        return card;
    }

    /** What a screen reader hears for a chart: its title and every figure. */
    private String summary(String title, List<String> categories, List<String> names, Table t) {
        var parts = new ArrayList<String>();
        for (int i = 0; i < categories.size(); i++) {
            var values = new ArrayList<String>();
            for (int s = 0; s < names.size(); s++) {
                values.add(names.get(s) + " " + number(t.series().get(s).values().get(i)));
            }
            parts.add(getTranslation("dashboard.summary.item", categories.get(i), String.join(", ", values)));
        }
        return getTranslation("dashboard.summary", title, String.join("; ", parts));
    }

    private static String number(Number n) {
        return n instanceof BigDecimal b ? Formats.plain(b) : n.toString();
    }

    private String label(Axis axis, String code) {
        return switch (axis) {
            case MONTH -> getTranslation("dashboard.month", Integer.parseInt(code));
            case FUNNEL -> getTranslation("dashboard.funnel." + code);
            case CATEGORY -> getTranslation(org.jigai.base.ServiceCategory.valueOf(code).labelKey());
            case INDUSTRY -> getTranslation(org.jigai.base.Industry.valueOf(code).labelKey());
            case DIRECTION -> getTranslation(org.jigai.base.Direction.valueOf(code).labelKey());
            case REGION -> code.equals(DashboardFigures.OTHER_REGION) ? getTranslation("dashboard.otherRegions")
                    : Labels.region(this, code);
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title") + " | " + getTranslation("app.name");
    }

}
