package org.jigai.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;
import org.jigai.account.AccountService;
import org.jigai.account.PasswordPolicy;
import org.jigai.base.InvalidInputException;
import org.jigai.base.ui.FormErrors;

/** The user's own account: who they are, their roles, and a password change. */
@Route("profile")
@PermitAll
class ProfileView extends Main implements HasDynamicTitle {

    final PasswordField currentPassword = new PasswordField();
    final PasswordField newPassword = new PasswordField();
    final PasswordField newPasswordAgain = new PasswordField();
    final Button change = new Button();
    private final FormErrors errors = new FormErrors(this);

    ProfileView(AccountService accounts) {
        addClassName("jigai-page");
        var me = accounts.me();
        add(new H2(getTranslation("profile.title")));
        var card = new Main();
        card.addClassName("jigai-card");
        card.add(new Paragraph(getTranslation("profile.username", me.username())));
        card.add(new Paragraph(getTranslation("profile.displayName",
                org.jigai.base.Person.shown(me.displayName(), this::getTranslation))));
        if (me.organizationName() != null) {
            card.add(new Paragraph(getTranslation("profile.organization", me.organizationName())));
        }
        card.add(new Paragraph(getTranslation("profile.roles",
                me.roles().stream().map(r -> getTranslation(r.labelKey())).sorted().collect(Collectors.joining(org.jigai.base.ui.Labels.separator(this))))));
        add(card);

        currentPassword.setLabel(getTranslation("profile.currentPassword"));
        newPassword.setLabel(getTranslation("profile.newPassword"));
        newPassword.setHelperText(getTranslation("register.password.help", PasswordPolicy.MIN));
        newPassword.setMaxLength(PasswordPolicy.MAX);
        newPasswordAgain.setLabel(getTranslation("profile.newPasswordAgain"));
        errors.field("currentPassword", currentPassword).field("newPassword", newPassword)
                .field("newPasswordAgain", newPasswordAgain);
        change.setText(getTranslation("profile.changePassword"));
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        change.addClickListener(e -> {
            errors.clear();
            if (!newPassword.getValue().equals(newPasswordAgain.getValue())) {
                errors.show(InvalidInputException.of("newPasswordAgain", "validation.password.mismatch"));
                return;
            }
            try {
                accounts.changePassword(currentPassword.getValue(), newPassword.getValue());
                currentPassword.clear();
                newPassword.clear();
                newPasswordAgain.clear();
                Notification.show(getTranslation("profile.passwordChanged"), 4000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            }
        });
        var form = new FormLayout(currentPassword, newPassword, newPasswordAgain);
        var passwordCard = new Main(new H3(getTranslation("profile.changePassword")), form, change);
        passwordCard.addClassName("jigai-card");
        add(passwordCard);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("profile.title") + " | " + getTranslation("app.name");
    }
}
