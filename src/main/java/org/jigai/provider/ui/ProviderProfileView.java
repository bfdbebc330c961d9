package org.jigai.provider.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.jigai.base.Formats;
import org.jigai.base.Industry;
import org.jigai.base.InvalidInputException;
import org.jigai.base.Region;
import org.jigai.base.ServiceCategory;
import org.jigai.base.ui.FormErrors;
import org.jigai.base.ui.Pickers;
import org.jigai.provider.ProfileForm;
import org.jigai.provider.ProviderService;
import org.jigai.provider.Qualification;
import org.jigai.provider.ReferenceProject;
import org.springframework.dao.OptimisticLockingFailureException;

/** The provider's own profile: what it does, for whom, where, its qualifications and references. */
@Route("my/profile")
@RolesAllowed("PROVIDER")
@Menu(title = "nav.providerProfile", order = 35, icon = "vaadin:building")
class ProviderProfileView extends Main implements HasDynamicTitle {

    private final ProviderService providers;
    final TextArea description = new TextArea();
    final IntegerField teamSize = new IntegerField();
    final IntegerField foundedYear = new IntegerField();
    final CheckboxGroup<ServiceCategory> categories = new CheckboxGroup<>();
    final MultiSelectComboBox<Industry> industries = new MultiSelectComboBox<>();
    final MultiSelectComboBox<Region> regions = new MultiSelectComboBox<>();
    final ItemList<Qualification> qualifications;
    final ItemList<ReferenceProject> references;
    final TextField contactName = new TextField();
    final TextField contactMobile = new TextField();
    final EmailField contactEmail = new EmailField();
    final Button save = new Button();
    private final FormErrors errors = new FormErrors(this);
    private long version;

    ProviderProfileView(ProviderService providers) {
        this.providers = providers;
        addClassName("jigai-page");
        var me = providers.mine();
        version = me.version();
        description.setLabel(getTranslation("provider.description"));
        description.setMaxLength(ProfileForm.DESCRIPTION_MAX);
        description.setMinHeight("8em");
        teamSize.setLabel(getTranslation("provider.teamSize"));
        teamSize.setMin(1);
        foundedYear.setLabel(getTranslation("provider.foundedYear"));
        categories.setLabel(getTranslation("provider.categories"));
        categories.setItems(ServiceCategory.values());
        categories.setItemLabelGenerator(c -> getTranslation(c.labelKey()));
        org.jigai.base.ui.Required.mark(categories);
        industries.setLabel(getTranslation("provider.industries"));
        industries.setItems(Industry.values());
        industries.setItemLabelGenerator(i -> getTranslation(i.labelKey()));
        regions.setLabel(getTranslation("provider.regions"));
        regions.setItems(Region.all());
        regions.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        qualifications = new ItemList<>(getTranslation("provider.qualifications"), this::editQualification);
        qualifications.grid.addColumn(Qualification::name).setHeader(getTranslation("provider.qualification.name"));
        qualifications.grid.addColumn(q -> q.number() == null ? "" : q.number())
                .setHeader(getTranslation("provider.qualification.number"));
        qualifications.grid.addColumn(q -> q.issuer() == null ? "" : q.issuer())
                .setHeader(getTranslation("provider.qualification.issuer"));
        qualifications.grid.addColumn(q -> Formats.date(q.expiresOn(), getLocale()))
                .setHeader(getTranslation("provider.qualification.expires"));
        qualifications.withRemoveColumn();
        references = new ItemList<>(getTranslation("provider.references"), this::editReference);
        references.grid.addColumn(ReferenceProject::title).setHeader(getTranslation("provider.reference.title"));
        references.grid.addColumn(r -> r.clientIndustry() == null ? "" : getTranslation(r.clientIndustry().labelKey()))
                .setHeader(getTranslation("provider.reference.industry"));
        references.grid.addColumn(r -> r.year() == null ? "" : r.year().toString())
                .setHeader(getTranslation("provider.reference.year"));
        references.grid.addColumn(r -> r.result() == null ? "" : r.result())
                .setHeader(getTranslation("provider.reference.result"));
        references.withRemoveColumn();
        contactName.setLabel(getTranslation("register.contactName"));
        contactMobile.setLabel(getTranslation("register.mobile"));
        contactMobile.setAllowedCharPattern("[0-9]");
        contactMobile.setMaxLength(11);
        contactEmail.setLabel(getTranslation("register.email"));
        errors.field("description", description).field("teamSize", teamSize).field("foundedYear", foundedYear)
                .field("categories", categories).field("regions", regions).field("qualifications", qualifications)
                .field("references", references).field("contactName", contactName)
                .field("contactMobile", contactMobile).field("contactEmail", contactEmail);

        var form = me.toForm();
        description.setValue(form.description() == null ? "" : form.description());
        teamSize.setValue(form.teamSize());
        foundedYear.setValue(form.foundedYear());
        categories.setValue(form.categories());
        industries.setValue(form.industries());
        regions.setValue(form.regions().stream().map(Region::ofCode).flatMap(java.util.Optional::stream)
                .collect(Collectors.toSet()));
        qualifications.setValue(form.qualifications());
        references.setValue(form.references());
        contactName.setValue(form.contactName() == null ? "" : form.contactName());
        contactMobile.setValue(form.contactMobile() == null ? "" : form.contactMobile());
        contactEmail.setValue(form.contactEmail() == null ? "" : form.contactEmail());

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> submit());
        var about = new FormLayout(description, teamSize, foundedYear, categories, industries, regions);
        about.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("640px", 2));
        about.setColspan(description, 2);
        about.setColspan(categories, 2);
        var contacts = new FormLayout(contactName, contactMobile, contactEmail);
        var publicPage = new Anchor("providers/" + me.organizationId(), getTranslation("provider.viewPublic"));
        if (me.hidden()) {
            add(ProviderPageView.moderationNotice(this, me));
        }
        if (me.mayResubmit()) {
            var resubmit = new Button(getTranslation("provider.resubmit"), e -> {
                providers.resubmit();
                Notification.show(getTranslation("provider.resubmitted"), 4000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                e.getSource().setEnabled(false);
            });
            resubmit.setId("provider-resubmit");
            add(resubmit);
        }
        add(new H2(getTranslation("nav.providerProfile") + " · " + me.name()), publicPage, about, qualifications,
                references, new H3(getTranslation("provider.contacts")),
                new Paragraph(getTranslation("provider.contacts.private")), contacts, new HorizontalLayout(save));
    }

    private void submit() {
        errors.clear();
        try {
            providers.save(version, new ProfileForm(description.getValue(), teamSize.getValue(), foundedYear.getValue(),
                    categories.getValue().isEmpty() ? EnumSet.noneOf(ServiceCategory.class) : EnumSet.copyOf(categories.getValue()),
                    industries.getValue().isEmpty() ? EnumSet.noneOf(Industry.class) : EnumSet.copyOf(industries.getValue()),
                    regions.getValue().stream().map(Region::code).collect(Collectors.toSet()),
                    qualifications.getValue(), references.getValue(), contactName.getValue(), contactMobile.getValue(),
                    contactEmail.getValue()));
            version = providers.mine().version();
            Notification.show(getTranslation("need.saved"), 3000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException invalid) {
            errors.show(invalid);
        } catch (OptimisticLockingFailureException stale) {
            Notification.show(getTranslation("error.concurrentEdit"), 8000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void editQualification(java.util.function.Consumer<Qualification> done) {
        var name = new TextField(getTranslation("provider.qualification.name"));
        name.setMaxLength(Qualification.TEXT_MAX);
        name.setPlaceholder(getTranslation("provider.qualification.placeholder"));
        var number = new TextField(getTranslation("provider.qualification.number"));
        number.setMaxLength(Qualification.TEXT_MAX);
        var issuer = new TextField(getTranslation("provider.qualification.issuer"));
        issuer.setMaxLength(Qualification.TEXT_MAX);
        DatePicker expires = Pickers.date(getTranslation("provider.qualification.expires"), getLocale());
        itemDialog("provider.qualification.add", new FormLayout(name, number, issuer, expires), () -> {
            if (name.getValue().isBlank()) {
                name.setErrorMessage(getTranslation("validation.required"));
                name.setInvalid(true);
                return false;
            }
            done.accept(new Qualification(name.getValue().strip(), blank(number.getValue()), blank(issuer.getValue()),
                    expires.getValue()));
            return true;
        });
    }

    private void editReference(java.util.function.Consumer<ReferenceProject> done) {
        var title = new TextField(getTranslation("provider.reference.title"));
        title.setMaxLength(ReferenceProject.TITLE_MAX);
        var industry = new ComboBox<Industry>(getTranslation("provider.reference.industry"));
        industry.setItems(Industry.values());
        industry.setItemLabelGenerator(i -> getTranslation(i.labelKey()));
        var year = new IntegerField(getTranslation("provider.reference.year"));
        var result = new TextArea(getTranslation("provider.reference.result"));
        result.setMaxLength(ReferenceProject.RESULT_MAX);
        itemDialog("provider.reference.add", new FormLayout(title, industry, year, result), () -> {
            if (title.getValue().isBlank()) {
                title.setErrorMessage(getTranslation("validation.required"));
                title.setInvalid(true);
                return false;
            }
            done.accept(new ReferenceProject(title.getValue().strip(), industry.getValue(), year.getValue(),
                    blank(result.getValue())));
            return true;
        });
    }

    private void itemDialog(String titleKey, FormLayout form, java.util.function.BooleanSupplier accept) {
        var dialog = new Dialog(getTranslation(titleKey));
        dialog.setWidth("min(560px, 95vw)");
        dialog.add(form);
        var ok = new Button(getTranslation("action.add"), e -> {
            if (accept.getAsBoolean()) {
                dialog.close();
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.providerProfile") + " | " + getTranslation("app.name");
    }

    /** A list of records edited with an "add" dialog and a remove button per row; a field, so errors show on it. */
    static final class ItemList<T> extends CustomField<List<T>> {

        final Grid<T> grid = new Grid<>();
        private final List<T> items = new ArrayList<>();

        ItemList(String label, java.util.function.Consumer<java.util.function.Consumer<T>> editor) {
            setLabel(label);
            grid.setAllRowsVisible(true);
            var add = new Button(getTranslation("action.add"), e -> editor.accept(item -> {
                items.add(item);
                refresh();
            }));
            var content = new com.vaadin.flow.component.orderedlayout.VerticalLayout(grid, new HorizontalLayout(add));
            content.setPadding(false);
            add(content);
        }

        /** Called once the data columns exist, so that the remove button comes last. */
        ItemList<T> withRemoveColumn() {
            grid.addComponentColumn(item -> {
                var remove = new Button(getTranslation("action.remove"), e -> {
                    items.remove(item);
                    refresh();
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                return remove;
            }).setAutoWidth(true).setFlexGrow(0);
            return this;
        }

        private void refresh() {
            grid.setItems(items);
            updateValue();
        }

        @Override
        protected List<T> generateModelValue() {
            return List.copyOf(items);
        }

        @Override
        protected void setPresentationValue(List<T> value) {
            items.clear();
            if (value != null) {
                items.addAll(value);
            }
            grid.setItems(items);
        }
    }
}
