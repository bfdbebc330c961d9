package org.jigai.project.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jigai.account.AccountPrincipal;
import org.jigai.account.Role;
import org.jigai.base.Direction;
import org.jigai.base.Industry;
import org.jigai.base.InvalidInputException;
import org.jigai.base.Region;
import org.jigai.base.ui.BoundedUploadHandler;
import org.jigai.base.ui.Labels;
import org.jigai.base.ui.Phones;
import org.jigai.project.LibraryFilter;
import org.jigai.project.LibraryTotals;
import org.jigai.project.ProjectService;
import org.jigai.project.ProjectSheets;
import org.jigai.project.ProjectStage;
import org.jigai.project.ProjectSummary;

/**
 * The key-project library. Bureau staff and administrators see every project with filters, the totals of what the
 * filters select, this year's counts against the plan's targets, xlsx export and import, and (bureau) the library's
 * report cadence; an enterprise sees its own projects and registers new ones.
 */
@Route("projects")
@RolesAllowed({"ENTERPRISE", "BUREAU", "ADMIN"})
@Menu(title = "nav.projects", order = 17, icon = "vaadin:factory")
class ProjectsView extends com.vaadin.flow.component.html.Main implements HasDynamicTitle, BeforeEnterObserver {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final List<BigDecimal> BANDS = List.of(new BigDecimal("500"), new BigDecimal("1000"),
            new BigDecimal("5000"));

    private final transient ProjectService projects;
    private final transient ProjectSheets sheets;
    private final java.time.Clock clock;
    private final boolean staff;
    private final Select<ProjectStage> stage = new Select<>();
    private final Select<Integer> year = new Select<>();
    private final ComboBox<Region> region = new ComboBox<>();
    private final ComboBox<Industry> industry = new ComboBox<>();
    private final ComboBox<Direction> direction = new ComboBox<>();
    private final Select<BigDecimal> band = new Select<>();
    private final Checkbox overdue = new Checkbox();
    private final TextField text = new TextField();
    private final Grid<ProjectSummary> grid = new Grid<>();
    private final Div totals = new Div();
    private final Paragraph importResult = new Paragraph();
    private final Grid<ProjectSheets.RowError> importErrors = new Grid<>();

    ProjectsView(ProjectService projects, ProjectSheets sheets, java.time.Clock clock) {
        this.projects = projects;
        this.sheets = sheets;
        this.clock = clock;
        var me = AccountPrincipal.current().orElseThrow();
        staff = me.has(Role.BUREAU) || me.has(Role.ADMIN);
        addClassNames("jigai-page", "jigai-page-grid");
        setHeightFull();

        grid.setId("projects-grid");
        grid.addColumn(ProjectSummary::name).setHeader(getTranslation("project.name")).setWidth("13em")
                .setFlexGrow(4).setTooltipGenerator(ProjectSummary::name).setResizable(true).setSortProperty("name");
        if (staff) {
            grid.addColumn(ProjectSummary::enterpriseName).setHeader(getTranslation("project.enterprise"))
                    .setWidth("9em").setFlexGrow(2).setTooltipGenerator(ProjectSummary::enterpriseName)
                    .setResizable(true);
        }
        grid.addColumn(s -> Labels.region(this, s.region())).setHeader(getTranslation("project.region"))
                .setFlexGrow(1).setTooltipGenerator(s -> Labels.region(this, s.region()));
        grid.addComponentColumn(s -> ProjectLabels.stage(this, s.stage())).setHeader(getTranslation("project.stage"))
                .setAutoWidth(true);
        grid.addColumn(s -> ProjectLabels.grouped(s.totalInvestmentWan())).setHeader(getTranslation("project.total"))
                .setAutoWidth(true).setSortProperty("totalInvestmentWan");
        grid.addColumn(s -> s.investedWan() == null ? "" : ProjectLabels.grouped(s.investedWan()))
                .setHeader(getTranslation("project.invested"))
                .setAutoWidth(true).setSortProperty("investedWan");
        grid.addColumn(s -> s.percentComplete() == null ? "" : s.percentComplete() + "%")
                .setHeader(getTranslation("project.percent")).setAutoWidth(true).setSortProperty("percentComplete");
        grid.addComponentColumn(s -> {
            var due = new Span(ProjectLabels.date(s.oldestMissingDue()));
            var badge = ProjectLabels.overdue(this, s);
            if (badge == null) {
                return due;
            }
            var both = new HorizontalLayout(badge, due);
            both.setSpacing(false);
            both.getStyle().set("gap", "var(--lumo-space-xs)");
            return both;
        }).setHeader(getTranslation("project.nextDue")).setWidth("13em").setFlexGrow(0)
                .setSortProperty("oldestMissingDue");
        grid.setItems(q -> projects.list(filter(), toSpringPageRequest(q)).stream(),
                q -> (int) projects.count(filter()));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("projects/" + e.getItem().id())));
        grid.setEmptyStateText(getTranslation(staff ? "project.library.empty" : "project.mine.empty"));
        Phones.cards(grid, s -> List.of(s.name(),
                (staff ? s.enterpriseName() + " · " : "") + getTranslation(s.stage().labelKey()) + " · "
                        + ProjectLabels.wan(s.totalInvestmentWan()),
                s.overdue() ? getTranslation(s.veryLate() ? "project.veryLate" : "project.overdue")
                        + " · " + ProjectLabels.date(s.oldestMissingDue())
                        : s.oldestMissingDue() == null ? "" : getTranslation("project.nextDue") + " "
                                + ProjectLabels.date(s.oldestMissingDue())));

        var heading = new H2(getTranslation(staff ? "project.library.title" : "project.mine.title"));
        var intro = new Paragraph(getTranslation(staff ? "project.library.intro" : "project.mine.intro"));
        intro.addClassName("jigai-muted");
        if (!staff) {
            var register = new Button(getTranslation("project.register"), VaadinIcon.PLUS.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate("projects/edit")));
            register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            register.setId("project-register");
            add(heading, intro, new HorizontalLayout(register), grid);
            return;
        }
        int thisYear = LocalDate.now(clock.withZone(org.jigai.base.Formats.ZONE)).getYear();
        filters(thisYear);
        totals.setId("project-totals");
        totals.addClassName("jigai-totals");
        var toolbar = new HorizontalLayout(text, stage, year, region, industry, direction, band, overdue);
        toolbar.setWrap(true);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        var actions = new HorizontalLayout(export());
        actions.setWrap(true);
        if (me.has(Role.BUREAU)) {
            var cadence = new Button(getTranslation("project.cadence.library"), VaadinIcon.CALENDAR_CLOCK.create(),
                    e -> CadenceDialog.open(this, projects, null, thisYear, this::refresh));
            cadence.setId("project-library-cadence");
            actions.add(cadence);
        }
        actions.add(template(), importButton());
        var importHelp = new Paragraph(getTranslation("project.import.help"));
        importHelp.addClassName("jigai-muted");
        importResult.setId("project-import-result");
        importResult.setVisible(false);
        importErrors.setId("project-import-errors");
        importErrors.addColumn(ProjectSheets.RowError::row).setHeader(getTranslation("exchange.col.row"))
                .setAutoWidth(true);
        importErrors.addColumn(ProjectSheets.RowError::column).setHeader(getTranslation("exchange.col.column"))
                .setAutoWidth(true);
        importErrors.addColumn(ProjectSheets.RowError::message).setHeader(getTranslation("exchange.col.message"))
                .setFlexGrow(3).setTooltipGenerator(ProjectSheets.RowError::message);
        importErrors.setAllRowsVisible(true);
        importErrors.setVisible(false);
        grid.setMinHeight("24rem");
        add(heading, intro, totals, Phones.filters(toolbar), actions, importHelp, importResult, importErrors, grid);
    }

    private void filters(int thisYear) {
        text.setPlaceholder(getTranslation("project.search"));
        text.setAriaLabel(getTranslation("project.search"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        stage.setEmptySelectionAllowed(true);
        stage.setEmptySelectionCaption(getTranslation("project.allStages"));
        stage.setItems(ProjectStage.values());
        stage.setItemLabelGenerator(s -> s == null ? getTranslation("project.allStages") : getTranslation(s.labelKey()));
        stage.setAriaLabel(getTranslation("project.stage"));
        year.setEmptySelectionAllowed(true);
        year.setEmptySelectionCaption(getTranslation("project.allYears"));
        year.setItems(thisYear + 1, thisYear, thisYear - 1, thisYear - 2, thisYear - 3);
        year.setItemLabelGenerator(y -> y == null ? getTranslation("project.allYears")
                : getTranslation("project.yearLabel", y));
        year.setAriaLabel(getTranslation("project.libraryYear"));
        region.setPlaceholder(getTranslation("project.region"));
        region.setAriaLabel(getTranslation("project.region"));
        region.setItems(Region.all().stream().filter(r -> r != Region.QINGDAO).toList());
        region.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        region.setClearButtonVisible(true);
        industry.setPlaceholder(getTranslation("project.industry"));
        industry.setAriaLabel(getTranslation("project.industry"));
        industry.setItems(Industry.values());
        industry.setItemLabelGenerator(i -> getTranslation(i.labelKey()));
        industry.setClearButtonVisible(true);
        direction.setPlaceholder(getTranslation("project.directions"));
        direction.setAriaLabel(getTranslation("project.directions"));
        direction.setItems(Direction.values());
        direction.setItemLabelGenerator(d -> getTranslation(d.labelKey()));
        direction.setClearButtonVisible(true);
        band.setEmptySelectionAllowed(true);
        band.setEmptySelectionCaption(getTranslation("project.allBands"));
        band.setItems(BANDS);
        band.setItemLabelGenerator(b -> b == null ? getTranslation("project.allBands")
                : getTranslation("project.band", b.intValue()));
        band.setAriaLabel(getTranslation("project.band.label"));
        overdue.setLabel(getTranslation("project.overdueOnly"));
        overdue.setId("project-overdue-only");
        text.addValueChangeListener(e -> refresh());
        stage.addValueChangeListener(e -> refresh());
        year.addValueChangeListener(e -> refresh());
        region.addValueChangeListener(e -> refresh());
        industry.addValueChangeListener(e -> refresh());
        direction.addValueChangeListener(e -> refresh());
        band.addValueChangeListener(e -> refresh());
        overdue.addValueChangeListener(e -> refresh());
    }

    /** The filters come from the address (so that Back and a bookmark keep them) and go back into it. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!staff) {
            return;
        }
        var q = event.getLocation().getQueryParameters();
        restoring = true;
        try {
            q.getSingleParameter("overdue").ifPresent(v -> overdue.setValue(true));
            q.getSingleParameter("q").ifPresent(text::setValue);
            q.getSingleParameter("stage").flatMap(v -> parse(ProjectStage.class, v)).ifPresent(stage::setValue);
            q.getSingleParameter("year").filter(v -> v.matches("\\d{4}")).map(Integer::valueOf)
                    .filter(y -> year.getListDataView().contains(y)).ifPresent(year::setValue);
            q.getSingleParameter("region").flatMap(Region::ofCode).filter(r -> r != Region.QINGDAO)
                    .ifPresent(region::setValue);
            q.getSingleParameter("industry").flatMap(v -> parse(Industry.class, v)).ifPresent(industry::setValue);
            q.getSingleParameter("direction").flatMap(v -> parse(Direction.class, v)).ifPresent(direction::setValue);
            q.getSingleParameter("band").flatMap(v -> BANDS.stream().filter(b -> b.toPlainString().equals(v))
                    .findFirst()).ifPresent(band::setValue);
        } finally {
            restoring = false;
        }
        refresh();
    }

    private static <E extends Enum<E>> java.util.Optional<E> parse(Class<E> type, String value) {
        try {
            return java.util.Optional.of(Enum.valueOf(type, value));
        } catch (IllegalArgumentException unknown) {
            return java.util.Optional.empty();
        }
    }

    private boolean restoring;

    private void refresh() {
        if (restoring) {
            return;
        }
        grid.getDataProvider().refreshAll();
        if (staff) {
            refreshTotals();
            var params = new java.util.LinkedHashMap<String, String>();
            if (!text.isEmpty()) params.put("q", text.getValue());
            if (stage.getValue() != null) params.put("stage", stage.getValue().name());
            if (year.getValue() != null) params.put("year", String.valueOf(year.getValue()));
            if (region.getValue() != null) params.put("region", region.getValue().code());
            if (industry.getValue() != null) params.put("industry", industry.getValue().name());
            if (direction.getValue() != null) params.put("direction", direction.getValue().name());
            if (band.getValue() != null) params.put("band", band.getValue().toPlainString());
            if (overdue.getValue()) params.put("overdue", "1");
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                    new com.vaadin.flow.router.Location("projects", com.vaadin.flow.router.QueryParameters.simple(params))));
        }
    }

    private void refreshTotals() {
        LibraryTotals t = projects.totals(filter());
        totals.removeAll();
        totals.add(figure("project.totals.projects", String.valueOf(t.projects()), null),
                figure("project.totals.planned", ProjectLabels.grouped(t.plannedWan()), null),
                figure("project.totals.invested", ProjectLabels.grouped(t.investedWan()), null),
                figure("project.totals.overdue", String.valueOf(t.overdue()),
                        getTranslation("project.totals.veryLate", t.veryLate())),
                figure("project.totals.tracked", t.trackedKey() + " / " + LibraryTotals.TRACKED_TARGET,
                        getTranslation("project.totals.trackedHelp", t.year())),
                figure("project.totals.completed", t.completedKey() + " / " + LibraryTotals.COMPLETED_TARGET,
                        getTranslation("project.totals.completedHelp", t.year())));
    }

    private Component figure(String labelKey, String value, String help) {
        var box = new Div();
        box.addClassName("jigai-figure");
        var v = new Span(value);
        v.addClassName("jigai-figure-value");
        var l = new Span(getTranslation(labelKey));
        l.addClassName("jigai-figure-label");
        box.add(v, l);
        if (help != null) {
            var h = new Span(help);
            h.addClassName("jigai-muted");
            box.add(h);
        }
        return box;
    }

    private LibraryFilter filter() {
        if (!staff) {
            return LibraryFilter.ALL;
        }
        return new LibraryFilter(stage.getValue(), year.getValue(),
                region.getValue() == null ? null : region.getValue().code(), industry.getValue(), direction.getValue(),
                band.getValue(), overdue.getValue(), text.getValue());
    }

    private Component export() {
        var anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = sheets.export(filter(), getLocale());
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName(), XLSX, bytes.length);
        }), "");
        anchor.add(new Button(getTranslation("project.export"), VaadinIcon.DOWNLOAD.create()));
        anchor.setId("projects-export");
        return anchor;
    }

    private Component template() {
        var anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = sheets.template(getLocale());
            return new DownloadResponse(new ByteArrayInputStream(bytes), getTranslation("project.template.file")
                    + ".xlsx", XLSX, bytes.length);
        }), "");
        anchor.add(new Button(getTranslation("project.template"), VaadinIcon.FILE_TABLE.create()));
        anchor.setId("projects-template");
        return anchor;
    }

    /** 「重点技改项目调度表-2026-11-30.xlsx」 */
    private String fileName() {
        return getTranslation("project.export.file") + "-" + LocalDate.now(clock.withZone(org.jigai.base.Formats.ZONE))
                + ".xlsx";
    }

    private Component importButton() {
        var upload = new Upload();
        upload.setUploadHandler(new BoundedUploadHandler(ProjectSheets.MAX_BYTES, (metadata, data) -> {
            try {
                show(sheets.importWorkbook(data, getLocale()));
            } catch (InvalidInputException invalid) {
                var problem = invalid.problems().values().iterator().next();
                failed(getTranslation(problem.key(), problem.args()));
            }
        }, () -> failed(getTranslation("excel.error.tooLarge", ProjectSheets.MAX_BYTES / 1024 / 1024))));
        upload.setId("projects-import");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) ProjectSheets.MAX_BYTES);
        upload.setAcceptedFileTypes(".xlsx", XLSX);
        upload.addAllFinishedListener(e -> upload.clearFileList());
        var button = new Button(getTranslation("project.import"), VaadinIcon.UPLOAD.create());
        upload.setUploadButton(button);
        upload.setDropAllowed(false);
        var i18n = new com.vaadin.flow.component.upload.UploadI18N();
        i18n.setError(new com.vaadin.flow.component.upload.UploadI18N.Error()
                .setFileIsTooBig(getTranslation("excel.error.tooLarge", ProjectSheets.MAX_BYTES / 1024 / 1024))
                .setIncorrectFileType(getTranslation("excel.error.file")));
        upload.setI18n(i18n);
        return upload;
    }

    private void failed(String message) {
        importResult.setText(message);
        importResult.setClassName("jigai-result failed");
        importResult.setVisible(true);
        importErrors.setVisible(false);
    }

    private void show(ProjectSheets.Result r) {
        importResult.setText(getTranslation("project.import.result", r.created(), r.updated(), r.unchanged()) + " "
                + (r.errors().isEmpty() ? getTranslation("exchange.noErrors")
                        : getTranslation("exchange.errors", r.errors().stream().map(ProjectSheets.RowError::row)
                                .distinct().count())));
        importResult.setClassName(r.errors().isEmpty() ? "jigai-result ok" : "jigai-result partly");
        importResult.setVisible(true);
        importErrors.setItems(r.errors());
        importErrors.setVisible(!r.errors().isEmpty());
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation(staff ? "project.library.title" : "project.mine.title") + " | "
                + getTranslation("app.name");
    }

    /** Keeps the dialog's owner type simple for {@link CadenceDialog}. */
    static Dialog dialog(Component owner, String titleKey) {
        var dialog = new Dialog(owner.getTranslation(titleKey));
        dialog.setWidth("min(480px, 95vw)");
        return dialog;
    }
}
