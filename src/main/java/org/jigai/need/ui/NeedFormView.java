package org.jigai.need.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
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
import org.jigai.base.Region;
import org.jigai.base.ui.FormErrors;
import org.jigai.base.ui.Pickers;
import org.jigai.need.ContactPreference;
import org.jigai.need.NeedDetails;
import org.jigai.need.NeedForm;
import org.jigai.need.NeedService;
import org.jigai.need.NeedStatus;
import org.jigai.need.Visibility;
import org.springframework.dao.OptimisticLockingFailureException;

/** Writing a new need or editing one of the enterprise's own. */
@Route("my/needs/edit/:id?([0-9]{1,18})")
@RolesAllowed("ENTERPRISE")
class NeedFormView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final NeedService needs;
    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final ComboBox<Industry> industry = new ComboBox<>();
    final CheckboxGroup<Direction> directions = new CheckboxGroup<>();
    final ComboBox<Region> region = new ComboBox<>();
    final BigDecimalField budgetMin = new BigDecimalField();
    final BigDecimalField budgetMax = new BigDecimalField();
    final DatePicker start;
    final DatePicker finish;
    final RadioButtonGroup<Visibility> visibility = new RadioButtonGroup<>();
    final com.vaadin.flow.component.checkbox.Checkbox anonymous = new com.vaadin.flow.component.checkbox.Checkbox();
    final RadioButtonGroup<ContactPreference> contact = new RadioButtonGroup<>();
    final Button saveDraft = new Button();
    final Button publish = new Button();
    final Button save = new Button();
    private final FormErrors errors = new FormErrors(this);
    private final H2 heading = new H2();
    private Long id;
    private long version;

    NeedFormView(NeedService needs) {
        this.needs = needs;
        addClassName("jigai-page");
        start = Pickers.date(getTranslation("need.expectedStart"), getLocale());
        finish = Pickers.date(getTranslation("need.expectedFinish"), getLocale());
        title.setLabel(getTranslation("need.title"));
        title.setMaxLength(NeedForm.TITLE_MAX);
        title.setValueChangeMode(ValueChangeMode.EAGER);
        title.addValueChangeListener(e -> counter(title, title.getValue(), NeedForm.TITLE_MAX));
        description.setLabel(getTranslation("need.description"));
        description.setMaxLength(NeedForm.DESCRIPTION_MAX);
        description.setPlaceholder(getTranslation("need.description.placeholder"));
        description.setMinHeight("12em");
        description.setValueChangeMode(ValueChangeMode.LAZY);
        description.addValueChangeListener(e -> counter(description, description.getValue(), NeedForm.DESCRIPTION_MAX));
        industry.setLabel(getTranslation("need.industry"));
        industry.setItems(Industry.values());
        industry.setItemLabelGenerator(i -> getTranslation(i.labelKey()));
        directions.setLabel(getTranslation("need.directions"));
        directions.setItems(Direction.values());
        directions.setItemLabelGenerator(d -> getTranslation(d.labelKey()));
        region.setLabel(getTranslation("need.region"));
        // A need is located in a district (or another city), never in "Qingdao" as a whole.
        region.setItems(Region.all().stream().filter(r -> r != Region.QINGDAO).toList());
        region.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        budgetMin.setLabel(getTranslation("need.budgetMin"));
        budgetMax.setLabel(getTranslation("need.budgetMax"));
        budgetMin.setSuffixComponent(new com.vaadin.flow.component.html.Span(getTranslation("need.wan")));
        budgetMax.setSuffixComponent(new com.vaadin.flow.component.html.Span(getTranslation("need.wan")));
        visibility.setLabel(getTranslation("need.visibility"));
        visibility.setItems(Visibility.values());
        visibility.setItemLabelGenerator(v -> getTranslation(v.labelKey()));
        visibility.setValue(Visibility.ALL_PROVIDERS);
        contact.setLabel(getTranslation("need.contact"));
        contact.setItems(ContactPreference.values());
        contact.setItemLabelGenerator(c -> getTranslation(c.labelKey()));
        contact.setValue(ContactPreference.PLATFORM);
        anonymous.setLabel(getTranslation("need.anonymous"));
        anonymous.setHelperText(getTranslation("need.anonymous.help"));
        anonymous.setId("need-anonymous");
        org.jigai.base.ui.Required.mark(title, description, industry, directions, region, visibility, contact);
        errors.field("title", title).field("description", description).field("industry", industry)
                .field("directions", directions).field("region", region).field("budgetMinWan", budgetMin)
                .field("budgetMaxWan", budgetMax).field("expectedStart", start).field("expectedFinish", finish)
                .field("visibility", visibility).field("contactPreference", contact);

        saveDraft.setText(getTranslation("need.saveDraft"));
        saveDraft.addClickListener(e -> submit(false));
        publish.setText(getTranslation("need.publish"));
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(e -> submit(true));
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> submit(false));
        var cancel = new Button(getTranslation("action.cancel"), e -> getUI().ifPresent(ui -> ui.navigate(
                id == null ? "my/needs" : "needs/" + id)));

        var form = new FormLayout(title, description, industry, region, directions, budgetMin, budgetMax, start, finish,
                visibility, contact, anonymous);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("640px", 2));
        form.setColspan(title, 2);
        form.setColspan(description, 2);
        form.setColspan(directions, 2);
        form.setColspan(anonymous, 2);
        var buttons = new HorizontalLayout(cancel, saveDraft, publish, save);
        buttons.setWrap(true);
        add(heading, form, buttons);
        counter(title, "", NeedForm.TITLE_MAX);
        counter(description, "", NeedForm.DESCRIPTION_MAX);
    }

    private static void counter(com.vaadin.flow.component.HasHelper field, String value, int max) {
        field.setHelperText(value.codePointCount(0, value.length()) + " / " + max);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElse(null);
        if (id == null) {
            heading.setText(getTranslation("need.create"));
            buttons(true, NeedStatus.DRAFT);
            return;
        }
        NeedDetails need;
        try {
            need = needs.details(id);
        } catch (NoSuchElementException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        if (!need.mayEdit()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        version = need.version();
        heading.setText(getTranslation("need.edit"));
        title.setValue(need.title());
        description.setValue(need.description() == null ? "" : need.description());
        industry.setValue(need.industry());
        directions.setValue(need.directions());
        region.setValue(need.region() == null ? null : Region.ofCode(need.region()).orElse(null));
        budgetMin.setValue(Formats.asEntered(need.budgetMinWan()));
        budgetMax.setValue(Formats.asEntered(need.budgetMaxWan()));
        start.setValue(need.expectedStart());
        finish.setValue(need.expectedFinish());
        visibility.setValue(need.visibility());
        contact.setValue(need.contactPreference());
        anonymous.setValue(need.anonymous());
        buttons(false, need.status());
    }

    private void buttons(boolean isNew, NeedStatus status) {
        boolean draftLike = isNew || status == NeedStatus.DRAFT;
        saveDraft.setVisible(draftLike);
        publish.setVisible(draftLike);
        save.setVisible(!draftLike);
    }

    private NeedForm form() {
        return new NeedForm(title.getValue(), description.getValue(), industry.getValue(),
                directions.getValue().isEmpty() ? EnumSet.noneOf(Direction.class) : EnumSet.copyOf(directions.getValue()),
                region.getValue() == null ? null : region.getValue().code(), budgetMin.getValue(), budgetMax.getValue(),
                start.getValue(), finish.getValue(), visibility.getValue(), contact.getValue(), anonymous.getValue());
    }

    private void submit(boolean andPublish) {
        errors.clear();
        if (start.isInvalid() || finish.isInvalid()) {
            errors.show(InvalidInputException.of(start.isInvalid() ? "expectedStart" : "expectedFinish",
                    "need.error.date"));
            return;
        }
        try {
            long saved;
            if (id == null) {
                saved = needs.create(form(), andPublish);
            } else {
                needs.update(id, version, form());
                if (andPublish) {
                    needs.publish(id);
                }
                saved = id;
            }
            Notification.show(getTranslation(andPublish ? "need.published" : "need.saved"), 3000,
                    Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate("needs/" + saved));
        } catch (InvalidInputException invalid) {
            errors.show(invalid);
        } catch (OptimisticLockingFailureException stale) {
            // Keep everything that was typed: the person can copy it before reloading.
            Notification.show(getTranslation("error.concurrentEdit"), 8000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation(id == null ? "need.create" : "need.edit") + " | " + getTranslation("app.name");
    }
}
