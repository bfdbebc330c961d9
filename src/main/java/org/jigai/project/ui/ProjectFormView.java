package org.jigai.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.jigai.base.Direction;
import org.jigai.base.Formats;
import org.jigai.base.Industry;
import org.jigai.base.InvalidInputException;
import org.jigai.base.Region;
import org.jigai.base.ui.FormErrors;
import org.jigai.base.ui.Pickers;
import org.jigai.base.ui.Required;
import org.jigai.engagement.EngagementService;
import org.jigai.engagement.EngagementState;
import org.jigai.project.ExpectedResult;
import org.jigai.project.ProjectDetails;
import org.jigai.project.ProjectForm;
import org.jigai.project.ProjectService;
import org.jigai.project.ResultKind;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;

/**
 * Registering a project, or editing one of the enterprise's own; {@code ?engagement=ID} pre-fills it from a signed
 * engagement and links the two.
 */
@Route("projects/edit/:id?([0-9]{1,18})")
@RolesAllowed("ENTERPRISE")
class ProjectFormView extends Main implements BeforeEnterObserver, HasDynamicTitle,
        com.vaadin.flow.router.BeforeLeaveObserver {

    private final transient ProjectService projects;
    private final transient EngagementService engagements;
    final TextField name = new TextField();
    final ComboBox<Industry> industry = new ComboBox<>();
    final ComboBox<Region> region = new ComboBox<>();
    final CheckboxGroup<Direction> directions = new CheckboxGroup<>();
    final BigDecimalField total = new BigDecimalField();
    final BigDecimalField equipment = new BigDecimalField();
    final DatePicker plannedStart;
    final DatePicker plannedCompletion;
    final DatePicker plannedProduction;
    final TextField filingNumber = new TextField();
    final TextArea description = new TextArea();
    final MultiSelectComboBox<Long> providers = new MultiSelectComboBox<>();
    private final Map<Long, String> providerNames = new LinkedHashMap<>();
    private final Div resultRows = new Div();
    private final List<ResultRow> results = new ArrayList<>();
    private final FormErrors errors = new FormErrors(this);
    private final H2 heading = new H2();
    private Long id;
    private Long engagementId;
    private long version;
    /** What the form held when it was opened: leaving with something else asks first. */
    private ProjectForm opened;
    private boolean stored;

    private final class ResultRow extends HorizontalLayout {
        final Select<ResultKind> kind = new Select<>();
        final BigDecimalField amount = new BigDecimalField();
        final TextField unit = new TextField();

        ResultRow(ExpectedResult r) {
            kind.setItems(ResultKind.values());
            kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
            kind.setAriaLabel(getTranslation("project.result.kind"));
            amount.setAriaLabel(getTranslation("project.result.amount"));
            amount.setPlaceholder(getTranslation("project.result.amount"));
            unit.setAriaLabel(getTranslation("project.result.unit"));
            unit.setPlaceholder(getTranslation("project.result.unit"));
            unit.setMaxLength(ExpectedResult.UNIT_MAX);
            unit.setWidth("9em");
            kind.addValueChangeListener(e -> {
                if (e.getValue() != null && (unit.isEmpty() || e.getOldValue() != null
                        && unit.getValue().equals(getTranslation(e.getOldValue().unitKey())))) {
                    unit.setValue(getTranslation(e.getValue().unitKey()));
                }
            });
            if (r != null) {
                kind.setValue(r.kind());
                amount.setValue(Formats.asEntered(r.amount()));
                unit.setValue(r.unit());
            }
            var remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                results.remove(this);
                resultRows.remove(this);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            remove.setAriaLabel(getTranslation("action.remove"));
            setWrap(true);
            setAlignItems(Alignment.BASELINE);
            add(kind, amount, unit, remove);
        }

        ExpectedResult value() {
            return new ExpectedResult(kind.getValue(), amount.getValue(), unit.getValue());
        }
    }

    ProjectFormView(ProjectService projects, EngagementService engagements) {
        this.projects = projects;
        this.engagements = engagements;
        addClassName("jigai-page");
        plannedStart = Pickers.date(getTranslation("project.plannedStart"), getLocale());
        plannedCompletion = Pickers.date(getTranslation("project.plannedCompletion"), getLocale());
        plannedProduction = Pickers.date(getTranslation("project.plannedProduction"), getLocale());
        name.setLabel(getTranslation("project.name"));
        name.setMaxLength(ProjectForm.NAME_MAX);
        name.setId("project-name");
        industry.setLabel(getTranslation("project.industry"));
        industry.setItems(Industry.values());
        industry.setItemLabelGenerator(i -> getTranslation(i.labelKey()));
        region.setLabel(getTranslation("project.region"));
        region.setItems(Region.all().stream().filter(r -> r != Region.QINGDAO).toList());
        region.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        directions.setLabel(getTranslation("project.directions"));
        directions.setItems(Direction.values());
        directions.setItemLabelGenerator(d -> getTranslation(d.labelKey()));
        total.setLabel(getTranslation("project.total"));
        total.setSuffixComponent(new Span(getTranslation("need.wan")));
        total.setHelperText(getTranslation("project.total.help", ProjectForm.THRESHOLD_WAN.intValue(),
                ProjectForm.KEY_PROJECT_WAN.intValue()));
        equipment.setLabel(getTranslation("project.equipment"));
        equipment.setSuffixComponent(new Span(getTranslation("need.wan")));
        filingNumber.setLabel(getTranslation("project.filingNumber"));
        filingNumber.setPlaceholder("2025-370211-34-03-012345");
        filingNumber.setHelperText(getTranslation("project.filingNumber.help"));
        filingNumber.setMaxLength(24);
        description.setLabel(getTranslation("project.description"));
        description.setMaxLength(ProjectForm.DESCRIPTION_MAX);
        description.setMinHeight("8em");
        providers.setLabel(getTranslation("project.providers"));
        providers.setHelperText(getTranslation("project.providers.help"));
        providers.setItemLabelGenerator(pid -> providerNames.getOrDefault(pid, String.valueOf(pid)));
        Required.mark(name, industry, region, directions, total, equipment, plannedStart, plannedCompletion,
                plannedProduction);
        errors.field("name", name).field("industry", industry).field("region", region).field("directions", directions)
                .field("totalInvestmentWan", total).field("equipmentInvestmentWan", equipment)
                .field("plannedStart", plannedStart).field("plannedCompletion", plannedCompletion)
                .field("plannedProduction", plannedProduction).field("filingNumber", filingNumber)
                .field("description", description).field("providerIds", providers);

        var form = new FormLayout(name, industry, region, directions, total, equipment, plannedStart,
                plannedCompletion, plannedProduction, filingNumber, description, providers);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("640px", 2));
        form.setColspan(name, 2);
        form.setColspan(directions, 2);
        form.setColspan(description, 2);
        form.setColspan(providers, 2);

        var resultsHeading = new H3(getTranslation("project.results"));
        var resultsHelp = new Paragraph(getTranslation("project.results.help"));
        resultsHelp.addClassName("jigai-muted");
        resultRows.setId("project-results");
        var addResult = new Button(getTranslation("project.results.add"), VaadinIcon.PLUS.create(), e -> {
            if (results.size() < ExpectedResult.MAX) {
                addResultRow(null);
            }
        });
        addResult.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        var save = new Button(getTranslation("action.save"), e -> submit());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("project-save");
        var cancel = new Button(getTranslation("action.cancel"), e -> getUI().ifPresent(ui -> ui.navigate(
                id == null ? "projects" : "projects/" + id)));
        var buttons = new HorizontalLayout(cancel, save);
        buttons.setWrap(true);
        add(heading, form, resultsHeading, resultsHelp, resultRows, addResult, buttons);
    }

    private void addResultRow(ExpectedResult r) {
        var row = new ResultRow(r);
        results.add(row);
        resultRows.add(row);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElse(null);
        // the providers this enterprise works with, and those already on the project
        engagements.mine(EnumSet.of(EngagementState.ACTIVE, EngagementState.SIGNED, EngagementState.COMPLETED),
                PageRequest.of(0, 100)).forEach(e -> providerNames.put(e.providerId(), e.providerName()));
        ProjectForm start = null;
        try {
            if (id != null) {
                ProjectDetails d = projects.details(id);
                if (!d.mayEdit()) {
                    event.rerouteToError(NotFoundException.class);
                    return;
                }
                version = d.version();
                providerNames.putAll(d.providers());
                start = d.toForm();
            } else {
                var param = event.getLocation().getQueryParameters().getSingleParameter("engagement");
                if (param.isPresent()) {
                    engagementId = Long.parseLong(param.get());
                    var registered = projects.projectOfEngagement(engagementId);
                    if (registered.isPresent()) {
                        com.vaadin.flow.component.notification.Notification.show(
                                getTranslation("project.engagement.registered"), 4000,
                                com.vaadin.flow.component.notification.Notification.Position.TOP_CENTER);
                        event.forwardTo("projects/" + registered.get());
                        return;
                    }
                    start = projects.fromEngagement(engagementId);
                }
            }
        } catch (NoSuchElementException | NumberFormatException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        } catch (InvalidInputException invalid) {
            ProjectLabels.refused(this, invalid);
            engagementId = null;
        }
        providers.setItems(List.copyOf(providerNames.keySet()));
        heading.setText(getTranslation(id == null ? "project.register" : "project.edit"));
        if (start != null) {
            fill(start);
        }
        if (results.isEmpty()) {
            addResultRow(null);
        }
        opened = form();
    }

    @Override
    public void beforeLeave(com.vaadin.flow.router.BeforeLeaveEvent event) {
        if (stored || opened == null || form().equals(opened)) {
            return;
        }
        var action = event.postpone();
        var confirm = new com.vaadin.flow.component.confirmdialog.ConfirmDialog();
        confirm.setHeader(getTranslation("project.form.leave"));
        confirm.setText(getTranslation("project.form.leaveText"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("project.form.stay"));
        confirm.setConfirmText(getTranslation("project.form.discard"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> action.proceed());
        confirm.open();
    }

    private void fill(ProjectForm f) {
        name.setValue(f.name() == null ? "" : f.name());
        industry.setValue(f.industry());
        region.setValue(f.region() == null ? null : Region.ofCode(f.region()).orElse(null));
        directions.setValue(f.directions());
        total.setValue(Formats.asEntered(f.totalInvestmentWan()));
        equipment.setValue(Formats.asEntered(f.equipmentInvestmentWan()));
        plannedStart.setValue(f.plannedStart());
        plannedCompletion.setValue(f.plannedCompletion());
        plannedProduction.setValue(f.plannedProduction());
        filingNumber.setValue(f.filingNumber() == null ? "" : f.filingNumber());
        description.setValue(f.description() == null ? "" : f.description());
        providers.setValue(Set.copyOf(f.providerIds()));
        f.results().forEach(this::addResultRow);
    }

    private ProjectForm form() {
        return new ProjectForm(name.getValue(), industry.getValue(),
                directions.getValue().isEmpty() ? EnumSet.noneOf(Direction.class) : EnumSet.copyOf(directions.getValue()),
                region.getValue() == null ? null : region.getValue().code(), total.getValue(), equipment.getValue(),
                plannedStart.getValue(), plannedCompletion.getValue(), plannedProduction.getValue(),
                filingNumber.getValue(), description.getValue(),
                results.stream().map(ResultRow::value).filter(r -> r.kind() != null || r.amount() != null).toList(),
                providers.getValue());
    }

    private void submit() {
        errors.clear();
        for (var picker : List.of(plannedStart, plannedCompletion, plannedProduction)) {
            if (picker.isInvalid()) {
                errors.show(InvalidInputException.of(picker == plannedStart ? "plannedStart"
                        : picker == plannedCompletion ? "plannedCompletion" : "plannedProduction", "need.error.date"));
                return;
            }
        }
        try {
            long saved;
            if (id == null) {
                saved = projects.create(form(), engagementId);
            } else {
                projects.update(id, version, form());
                saved = id;
            }
            stored = true;
            ProjectLabels.done(this, "project.saved");
            getUI().ifPresent(ui -> ui.navigate("projects/" + saved));
        } catch (InvalidInputException invalid) {
            errors.show(invalid);
        } catch (OptimisticLockingFailureException stale) {
            com.vaadin.flow.component.notification.Notification.show(getTranslation("error.concurrentEdit"), 8000,
                    com.vaadin.flow.component.notification.Notification.Position.TOP_CENTER);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation(id == null ? "project.register" : "project.edit") + " | " + getTranslation("app.name");
    }
}
