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
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.jigai.account.PasswordPolicy;
import org.jigai.account.PasswordResetService;
import org.jigai.base.InvalidInputException;
import org.jigai.base.ui.FormErrors;

/** Where a user whose password an administrator reset sets a new one, through the one-time link. */
@Route(value = "reset-password/:token", autoLayout = false)
@AnonymousAllowed
class PasswordResetView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final PasswordResetService resets;
    final PasswordField password = new PasswordField();
    final PasswordField passwordAgain = new PasswordField();
    final Button submit = new Button();
    private final FormErrors errors = new FormErrors(this);

    PasswordResetView(PasswordResetService resets) {
        this.resets = resets;
        addClassName("jigai-auth-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        var brand = new Div(new H1(getTranslation("app.name")), new Paragraph(getTranslation("app.subtitle")));
        brand.addClassName("jigai-auth-brand");
        var card = new Div();
        card.addClassName("jigai-auth-card");
        add(brand, card, new org.jigai.base.ui.LanguageSwitch());
        var username = resets.usernameFor(token);
        if (username.isEmpty()) {
            card.add(new H2(getTranslation("reset.invalid.title")), new Paragraph(getTranslation("reset.invalid.text")),
                    new Anchor("login", getTranslation("register.login")));
            return;
        }
        password.setLabel(getTranslation("profile.newPassword"));
        password.setHelperText(getTranslation("register.password.help", PasswordPolicy.MIN));
        password.setMaxLength(PasswordPolicy.MAX);
        passwordAgain.setLabel(getTranslation("profile.newPasswordAgain"));
        errors.field("newPassword", password).field("newPasswordAgain", passwordAgain);
        submit.setText(getTranslation("reset.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        var done = new Div();
        submit.addClickListener(e -> {
            errors.clear();
            try {
                resets.reset(token, password.getValue(), passwordAgain.getValue());
                card.removeAll();
                card.add(new H2(getTranslation("reset.done.title")), new Paragraph(getTranslation("reset.done.text")),
                        new Anchor("login", getTranslation("register.login")));
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            }
        });
        var form = new FormLayout(password, passwordAgain);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        card.add(new H2(getTranslation("reset.title")), new Paragraph(getTranslation("reset.intro", username.get())),
                form, submit, done);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reset.title") + " | " + getTranslation("app.name");
    }
}
