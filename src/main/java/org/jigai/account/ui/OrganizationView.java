package org.jigai.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Set;
import org.jigai.account.Organization;
import org.jigai.account.OrganizationForm;
import org.jigai.account.OrganizationProfileService;
import org.jigai.base.Industry;
import org.jigai.base.InvalidInputException;
import org.jigai.base.Region;
import org.jigai.base.ui.FormErrors;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * 企业信息: the enterprise's own page. Its administrator edits everything but the name and credit code; colleagues
 * read it. A concurrent edit is refused with a message and the typed values stay.
 */
@Route("my/organization")
@RolesAllowed("ENTERPRISE")
@Menu(title = "nav.organization", order = 75, icon = "vaadin:office")
class OrganizationView extends Main implements HasDynamicTitle {

    final TextArea description = new TextArea();
    final MultiSelectComboBox<Industry> industries = new MultiSelectComboBox<>();
    final ComboBox<Region> region = new ComboBox<>();
    final TextField contactName = new TextField();
    final TextField contactMobile = new TextField();
    final EmailField contactEmail = new EmailField();
    final TextField address = new TextField();
    final Button save = new Button();
    private final FormErrors errors = new FormErrors(this);
    private long version;

    OrganizationView(OrganizationProfileService organizations) {
        addClassName("jigai-page");
        var me = organizations.mine();
        version = me.version();
        add(new H2(getTranslation("organization.title")));
        var facts = new Paragraph(getTranslation("organization.fixed", me.name(), me.creditCode()));
        facts.addClassName("jigai-muted");
        add(facts);

        description.setLabel(getTranslation("organization.description"));
        description.setMaxLength(Organization.DESCRIPTION_MAX);
        industries.setLabel(getTranslation("organization.industries"));
        industries.setItems(Industry.values());
        industries.setItemLabelGenerator(i -> getTranslation(i.labelKey()));
        region.setLabel(getTranslation("organization.region"));
        region.setItems(Region.all().stream().filter(r -> r != Region.QINGDAO).toList());
        region.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        contactName.setLabel(getTranslation("organization.contactName"));
        contactName.setMaxLength(Organization.CONTACT_NAME_MAX);
        contactMobile.setLabel(getTranslation("organization.contactMobile"));
        contactEmail.setLabel(getTranslation("organization.contactEmail"));
        address.setLabel(getTranslation("organization.address"));
        address.setMaxLength(Organization.ADDRESS_MAX);
        errors.field("description", description).field("industries", industries).field("region", region)
                .field("contactName", contactName).field("contactMobile", contactMobile)
                .field("contactEmail", contactEmail).field("address", address);

        description.setValue(me.description() == null ? "" : me.description());
        industries.setValue(me.industries());
        region.setValue(Region.ofCode(me.region()).orElse(null));
        contactName.setValue(me.contactName() == null ? "" : me.contactName());
        contactMobile.setValue(me.contactMobile() == null ? "" : me.contactMobile());
        contactEmail.setValue(me.contactEmail() == null ? "" : me.contactEmail());
        address.setValue(me.address() == null ? "" : me.address());

        var form = new FormLayout(description, industries, region, contactName, contactMobile, contactEmail, address);
        form.setColspan(description, 2);
        var card = new Main(form);
        card.addClassName("jigai-card");
        add(card);
        var note = new Paragraph(getTranslation("organization.contactsPrivate"));
        note.addClassName("jigai-muted");
        add(note);
        if (!me.mayEdit()) {
            for (var field : new com.vaadin.flow.component.HasValue<?, ?>[] {description, industries, region,
                    contactName, contactMobile, contactEmail, address}) {
                field.setReadOnly(true);
            }
            add(new Paragraph(getTranslation("organization.readOnly")));
            return;
        }
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save(organizations));
        add(save);
    }

    private void save(OrganizationProfileService organizations) {
        errors.clear();
        try {
            organizations.save(version, new OrganizationForm(description.getValue(), Set.copyOf(industries.getValue()),
                    region.getValue() == null ? null : region.getValue().code(), contactName.getValue(),
                    contactMobile.getValue(), contactEmail.getValue(), address.getValue()));
            version = organizations.mine().version();
            Notification.show(getTranslation("organization.saved"), 3000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException invalid) {
            errors.show(invalid);
        } catch (OptimisticLockingFailureException stale) {
            Notification.show(getTranslation("organization.stale"), 6000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organization.title") + " | " + getTranslation("app.name");
    }
}
