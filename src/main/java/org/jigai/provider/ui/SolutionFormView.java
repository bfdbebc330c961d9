package org.jigai.provider.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.NoSuchElementException;
import org.jigai.base.Direction;
import org.jigai.base.Industry;
import org.jigai.base.Formats;
import org.jigai.base.InvalidInputException;
import org.jigai.base.ServiceCategory;
import org.jigai.base.ui.FormErrors;
import org.jigai.provider.ProviderService;
import org.jigai.provider.ReferenceProject;
import org.jigai.provider.SolutionDetails;
import org.jigai.provider.SolutionForm;
import org.jigai.provider.SolutionService;
import org.jigai.provider.SolutionStatus;
import org.springframework.dao.OptimisticLockingFailureException;

/** Writing a new solution or editing one of the provider's own. */
@Route("my/solutions/edit/:id?([0-9]{1,18})")
@RolesAllowed("PROVIDER")
class SolutionFormView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final SolutionService solutions;
    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final CheckboxGroup<ServiceCategory> categories = new CheckboxGroup<>();
    final MultiSelectComboBox<Industry> industries = new MultiSelectComboBox<>();
    final CheckboxGroup<Direction> directions = new CheckboxGroup<>();
    final BigDecimalField priceMin = new BigDecimalField();
    final BigDecimalField priceMax = new BigDecimalField();
    final IntegerField deliveryWeeks = new IntegerField();
    final TextField tags = new TextField();
    final MultiSelectComboBox<String> references = new MultiSelectComboBox<>();
    final Button saveDraft = new Button();
    final Button publish = new Button();
    final Button save = new Button();
    private final FormErrors errors = new FormErrors(this);
    private final H2 heading = new H2();
    private Long id;
    private long version;

    SolutionFormView(SolutionService solutions, ProviderService providers) {
        this.solutions = solutions;
        addClassName("jigai-page");
        title.setLabel(getTranslation("solution.title"));
        title.setMaxLength(SolutionForm.TITLE_MAX);
        description.setLabel(getTranslation("solution.description"));
        description.setMaxLength(SolutionForm.DESCRIPTION_MAX);
        description.setPlaceholder(getTranslation("solution.description.placeholder"));
        description.setMinHeight("12em");
        categories.setLabel(getTranslation("provider.categories"));
        categories.setItems(ServiceCategory.values());
        categories.setItemLabelGenerator(c -> getTranslation(c.labelKey()));
        industries.setLabel(getTranslation("solution.industries"));
        industries.setItems(Industry.values());
        industries.setItemLabelGenerator(i -> getTranslation(i.labelKey()));
        directions.setLabel(getTranslation("need.directions"));
        directions.setItems(Direction.values());
        directions.setItemLabelGenerator(d -> getTranslation(d.labelKey()));
        priceMin.setLabel(getTranslation("solution.priceMin"));
        priceMin.setSuffixComponent(new Span(getTranslation("need.wan")));
        priceMax.setLabel(getTranslation("solution.priceMax"));
        priceMax.setSuffixComponent(new Span(getTranslation("need.wan")));
        deliveryWeeks.setLabel(getTranslation("solution.deliveryWeeks"));
        deliveryWeeks.setMin(1);
        deliveryWeeks.setMax(SolutionForm.WEEKS_MAX);
        tags.setLabel(getTranslation("solution.tags"));
        tags.setHelperText(getTranslation("solution.tags.help"));
        tags.setMaxLength(SolutionForm.TAGS_MAX);
        references.setLabel(getTranslation("solution.references"));
        var projects = providers.mine().references().stream().map(ReferenceProject::title).toList();
        references.setItems(projects);
        references.setHelperText(getTranslation(projects.isEmpty() ? "solution.references.none" : "solution.references.help"));
        references.setEnabled(!projects.isEmpty());
        org.jigai.base.ui.Required.mark(title, description, categories, industries, directions);
        errors.field("title", title).field("description", description).field("categories", categories)
                .field("industries", industries).field("directions", directions).field("priceMinWan", priceMin)
                .field("priceMaxWan", priceMax).field("deliveryWeeks", deliveryWeeks).field("tags", tags).field("references", references);
        saveDraft.setText(getTranslation("need.saveDraft"));
        saveDraft.addClickListener(e -> submit(false));
        publish.setText(getTranslation("need.publish"));
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(e -> submit(true));
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> submit(false));
        var cancel = new Button(getTranslation("action.cancel"), e -> getUI().ifPresent(ui -> ui.navigate(
                id == null ? "my/solutions" : "solutions/" + id)));
        var form = new FormLayout(title, description, categories, industries, directions, priceMin, priceMax,
                deliveryWeeks, tags, references);
        form.setColspan(references, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("640px", 2));
        form.setColspan(title, 2);
        form.setColspan(description, 2);
        form.setColspan(categories, 2);
        form.setColspan(directions, 2);
        var buttons = new HorizontalLayout(cancel, saveDraft, publish, save);
        buttons.setWrap(true);
        add(heading, form, buttons);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElse(null);
        if (id == null) {
            heading.setText(getTranslation("solution.create"));
            buttons(true);
            return;
        }
        SolutionDetails s;
        try {
            s = solutions.details(id);
        } catch (NoSuchElementException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        if (!s.mine()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        version = s.version();
        heading.setText(getTranslation("solution.edit"));
        title.setValue(s.title());
        description.setValue(s.description() == null ? "" : s.description());
        categories.setValue(s.categories());
        industries.setValue(s.industries());
        directions.setValue(s.directions());
        priceMin.setValue(Formats.asEntered(s.priceMinWan()));
        priceMax.setValue(Formats.asEntered(s.priceMaxWan()));
        deliveryWeeks.setValue(s.deliveryWeeks());
        tags.setValue(s.tags() == null ? "" : s.tags());
        references.setValue(s.references().stream().map(ReferenceProject::title).toList());
        buttons(s.status() == SolutionStatus.DRAFT);
    }

    private void buttons(boolean draftLike) {
        saveDraft.setVisible(draftLike);
        publish.setVisible(draftLike);
        save.setVisible(!draftLike);
    }

    private void submit(boolean andPublish) {
        errors.clear();
        var form = new SolutionForm(title.getValue(), description.getValue(),
                categories.getValue().isEmpty() ? EnumSet.noneOf(ServiceCategory.class) : EnumSet.copyOf(categories.getValue()),
                industries.getValue().isEmpty() ? EnumSet.noneOf(Industry.class) : EnumSet.copyOf(industries.getValue()),
                directions.getValue().isEmpty() ? EnumSet.noneOf(Direction.class) : EnumSet.copyOf(directions.getValue()),
                priceMin.getValue(), priceMax.getValue(), deliveryWeeks.getValue(), tags.getValue(),
                java.util.Set.copyOf(references.getValue()));
        try {
            long saved;
            if (id == null) {
                saved = solutions.create(form, andPublish);
            } else {
                solutions.update(id, version, form);
                if (andPublish) {
                    solutions.publish(id);
                }
                saved = id;
            }
            Notification.show(getTranslation(andPublish ? "solution.published" : "need.saved"), 3000,
                    Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate("solutions/" + saved));
        } catch (InvalidInputException invalid) {
            errors.show(invalid);
        } catch (OptimisticLockingFailureException stale) {
            Notification.show(getTranslation("error.concurrentEdit"), 8000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation(id == null ? "solution.create" : "solution.edit") + " | " + getTranslation("app.name");
    }
}
