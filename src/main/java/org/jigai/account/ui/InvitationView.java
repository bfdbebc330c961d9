package org.jigai.account.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.jigai.account.AccountService;
import org.jigai.account.NewColleague;
import org.jigai.account.PasswordPolicy;
import org.jigai.account.UserAccount;
import org.jigai.base.InvalidInputException;
import org.jigai.base.ui.FormErrors;

/** Where an invited colleague creates an account in the inviting organisation. */
@Route(value = "invite/:token", autoLayout = false)
@AnonymousAllowed
class InvitationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountService accounts;
    final TextField displayName = new TextField();
    final TextField mobile = new TextField();
    final EmailField email = new EmailField();
    final TextField username = new TextField();
    final PasswordField password = new PasswordField();
    final PasswordField passwordAgain = new PasswordField();
    final Button submit = new Button();
    private final FormErrors errors = new FormErrors(this);
    private String token = "";

    InvitationView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("jigai-auth-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        var brand = new Div(new H1(getTranslation("app.name")), new Paragraph(getTranslation("app.subtitle")));
        brand.addClassName("jigai-auth-brand");
        var card = new Div();
        card.addClassName("jigai-auth-card");
        add(brand, card, new org.jigai.base.ui.LanguageSwitch());
        var organization = accounts.invitingOrganization(token);
        if (organization.isEmpty()) {
            card.add(new H2(getTranslation("invite.invalid.title")), new Paragraph(getTranslation("invite.invalid.text")),
                    new Anchor("login", getTranslation("register.login")));
            return;
        }
        displayName.setLabel(getTranslation("invite.displayName"));
        displayName.setMaxLength(UserAccount.DISPLAY_NAME_MAX);
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
        errors.field("displayName", displayName).field("mobile", mobile).field("email", email)
                .field("username", username).field("password", password).field("passwordAgain", passwordAgain);
        submit.setText(getTranslation("invite.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        submit.addClickListener(e -> {
            errors.clear();
            if (!password.getValue().equals(passwordAgain.getValue())) {
                errors.show(InvalidInputException.of("passwordAgain", "validation.password.mismatch"));
                return;
            }
            try {
                SignIn.andGoHome(accounts.acceptInvitation(token, new NewColleague(displayName.getValue(),
                        mobile.getValue(), email.getValue(), username.getValue(), password.getValue())));
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            }
        });
        var form = new FormLayout(displayName, username, mobile, email, password, passwordAgain);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("480px", 2));
        card.add(new H2(getTranslation("invite.title", organization.get())),
                new Paragraph(getTranslation("invite.intro", organization.get())), form, submit);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("invite.pageTitle") + " | " + getTranslation("app.name");
    }
}
