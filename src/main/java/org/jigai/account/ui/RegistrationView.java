package org.jigai.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.jigai.account.AccountService;
import org.jigai.account.Organization;
import org.jigai.account.PasswordPolicy;
import org.jigai.account.Registration;
import org.jigai.account.Role;
import org.jigai.account.UserAccount;
import org.jigai.base.InvalidInputException;
import org.jigai.base.Region;
import org.jigai.base.ui.FormErrors;

/** Self-registration of an enterprise or a service provider with its first user. */
@Route(value = "register", autoLayout = false)
@AnonymousAllowed
class RegistrationView extends Main implements HasDynamicTitle {

    final RadioButtonGroup<Role> type = new RadioButtonGroup<>();
    final TextField organizationName = new TextField();
    final TextField creditCode = new TextField();
    final ComboBox<Region> region = new ComboBox<>();
    final TextField contactName = new TextField();
    final TextField mobile = new TextField();
    final EmailField email = new EmailField();
    final TextField username = new TextField();
    final PasswordField password = new PasswordField();
    final PasswordField passwordAgain = new PasswordField();
    final Button submit = new Button();
    private final FormErrors errors = new FormErrors(this);

    RegistrationView(AccountService accounts) {
        addClassName("jigai-auth-page");
        type.setLabel(getTranslation("register.type"));
        type.setItems(Role.ENTERPRISE, Role.PROVIDER);
        type.setItemLabelGenerator(r -> getTranslation("register.type." + r.name()));
        type.setValue(Role.ENTERPRISE);
        organizationName.setLabel(getTranslation("register.organizationName"));
        organizationName.setMaxLength(Organization.NAME_MAX);
        creditCode.setLabel(getTranslation("register.creditCode"));
        creditCode.setHelperText(getTranslation("register.creditCode.help"));
        creditCode.setMaxLength(24);
        region.setLabel(getTranslation("register.region"));
        region.setItems(Region.all());
        region.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        contactName.setLabel(getTranslation("register.contactName"));
        contactName.setMaxLength(Organization.CONTACT_NAME_MAX);
        mobile.setLabel(getTranslation("register.mobile"));
        mobile.setMaxLength(11);
        mobile.setAllowedCharPattern("[0-9]");
        email.setLabel(getTranslation("register.email"));
        username.setLabel(getTranslation("register.username"));
        username.setHelperText(getTranslation("register.username.help"));
        username.setMaxLength(UserAccount.USERNAME_MAX);
        password.setLabel(getTranslation("register.password"));
        password.setHelperText(getTranslation("register.password.help", PasswordPolicy.MIN));
        password.setMaxLength(PasswordPolicy.MAX);
        passwordAgain.setLabel(getTranslation("register.passwordAgain"));
        passwordAgain.setMaxLength(PasswordPolicy.MAX);
        for (var field : new com.vaadin.flow.component.HasValue<?, ?>[] {type, organizationName, creditCode, region,
                contactName, mobile, email, username, password, passwordAgain}) {
            field.setRequiredIndicatorVisible(true);
        }
        errors.field("type", type).field("organizationName", organizationName).field("creditCode", creditCode)
                .field("region", region).field("contactName", contactName).field("mobile", mobile)
                .field("email", email).field("username", username).field("password", password)
                .field("passwordAgain", passwordAgain);

        submit.setText(getTranslation("register.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        submit.addClickListener(e -> {
            errors.clear();
            if (!password.getValue().equals(passwordAgain.getValue())) {
                errors.show(InvalidInputException.of("passwordAgain", "validation.password.mismatch"));
                return;
            }
            try {
                var principal = accounts.register(new Registration(type.getValue(), organizationName.getValue(),
                        creditCode.getValue(), region.getValue() == null ? null : region.getValue().code(),
                        contactName.getValue(), mobile.getValue(), email.getValue(), username.getValue(),
                        password.getValue()));
                SignIn.andGoHome(principal);
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            }
        });

        var form = new FormLayout(type, organizationName, creditCode, region, contactName, mobile, email, username,
                password, passwordAgain);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("560px", 2));
        form.setColspan(type, 2);
        form.setColspan(organizationName, 2);
        var login = new Div(new Span(getTranslation("register.haveAccount") + " "),
                new Anchor("login", getTranslation("register.login")));
        login.addClassName("jigai-auth-footer");
        var card = new Div(new H2(getTranslation("register.title")), new Paragraph(getTranslation("register.intro")),
                form, submit, login);
        card.addClassNames("jigai-auth-card", "jigai-auth-card-wide");
        var brand = new Div(new H1(getTranslation("app.name")), new Paragraph(getTranslation("app.subtitle")));
        brand.addClassName("jigai-auth-brand");
        add(brand, card, new org.jigai.base.ui.LanguageSwitch());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("register.title") + " | " + getTranslation("app.name");
    }
}
