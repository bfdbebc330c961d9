package org.jigai.account.ui;

import java.util.List;
import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.stream.Collectors;
import org.jigai.account.AccountService;
import org.jigai.account.NewStaffAccount;
import org.jigai.account.PasswordPolicy;
import org.jigai.account.PasswordResetService;
import org.jigai.account.Role;
import org.jigai.account.UserAccount;
import org.jigai.account.UserSummary;
import org.jigai.base.Formats;
import org.jigai.base.InvalidInputException;
import org.jigai.base.ui.FormErrors;
import org.jigai.base.ui.Labels;
import org.jigai.base.ui.Phones;

/** The admin's list of all accounts: create staff accounts, change staff roles, disable and enable. */
@Route("admin/users")
@RolesAllowed("ADMIN")
@Menu(title = "nav.users", order = 900, icon = "vaadin:user-card")
class UsersView extends Main implements HasDynamicTitle {

    private final AccountService accounts;
    final TextField filter = new TextField();
    final Grid<UserSummary> grid = new Grid<>();
    final Button create = new Button();

    private final PasswordResetService resets;

    UsersView(AccountService accounts, PasswordResetService resets) {
        this.accounts = accounts;
        this.resets = resets;
        addClassName("jigai-page");
        filter.setPlaceholder(getTranslation("users.filter"));
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        create.setText(getTranslation("users.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> openCreateDialog());

        grid.addColumn(UserSummary::username).setHeader(getTranslation("users.username")).setAutoWidth(true);
        grid.addColumn(u -> org.jigai.base.Person.shown(u.displayName(), this::getTranslation))
                .setHeader(getTranslation("users.displayName")).setAutoWidth(true);
        grid.addColumn(u -> u.organizationName() == null ? "" : u.organizationName())
                .setHeader(getTranslation("users.organization")).setFlexGrow(1);
        grid.addColumn(u -> u.roles().stream().map(r -> getTranslation(r.labelKey())).sorted()
                .collect(Collectors.joining(org.jigai.base.ui.Labels.separator(this)))).setHeader(getTranslation("users.roles")).setAutoWidth(true);
        grid.addColumn(u -> getTranslation(u.enabled() ? "users.enabled" : "users.disabled"))
                .setHeader(getTranslation("users.status")).setAutoWidth(true);
        grid.addColumn(u -> Formats.dateTime(u.createdAt(), getLocale())).setHeader(getTranslation("users.created"))
                .setAutoWidth(true);
        grid.setItems(query -> accounts.listUsers(filter.getValue(), toSpringPageRequest(query)).stream(),
                query -> (int) accounts.countUsers(filter.getValue()));
        grid.addItemClickListener(e -> openEditDialog(e.getItem()));
        grid.setHeightFull();

        var toolbar = new HorizontalLayout(filter, create);
        toolbar.setWrap(true);
        Phones.cards(grid, u -> List.of(u.username() + " · " + org.jigai.base.Person.shown(u.displayName(), this::getTranslation),
                (u.organizationName() == null ? "" : u.organizationName() + " · ") + u.roles().stream()
                        .map(r -> getTranslation(r.labelKey())).sorted().collect(Collectors.joining(Labels.separator(this))),
                getTranslation(u.enabled() ? "users.enabled" : "users.disabled")));
        add(new H2(getTranslation("users.title")), toolbar, grid);
        setHeightFull();
        addClassName("jigai-page-grid");
    }

    private void openCreateDialog() {
        var dialog = new Dialog(getTranslation("users.create"));
        var username = new TextField(getTranslation("register.username"));
        username.setMaxLength(UserAccount.USERNAME_MAX);
        var displayName = new TextField(getTranslation("invite.displayName"));
        var mobile = new TextField(getTranslation("register.mobile"));
        mobile.setAllowedCharPattern("[0-9]");
        mobile.setMaxLength(11);
        var email = new EmailField(getTranslation("register.email"));
        var roles = new CheckboxGroup<Role>(getTranslation("users.roles"));
        roles.setItems(Role.BUREAU, Role.EXPERT, Role.ADMIN);
        roles.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        var password = new PasswordField(getTranslation("users.initialPassword"));
        password.setHelperText(getTranslation("register.password.help", PasswordPolicy.MIN));
        var errors = new FormErrors(this).field("username", username).field("displayName", displayName)
                .field("mobile", mobile).field("email", email).field("roles", roles).field("password", password);
        var save = new Button(getTranslation("action.save"), e -> {
            try {
                accounts.createStaffAccount(new NewStaffAccount(username.getValue(), displayName.getValue(),
                        mobile.getValue(), email.getValue(), EnumSet.copyOf(roles.getValue().isEmpty()
                                ? EnumSet.noneOf(Role.class) : roles.getValue()), password.getValue()));
                dialog.close();
                grid.getDataProvider().refreshAll();
                Notification.show(getTranslation("users.created.ok"), 3000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(username, displayName, mobile, email, roles, password));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void openEditDialog(UserSummary user) {
        var dialog = new Dialog(user.username());
        var enabled = new Checkbox(getTranslation("users.enabled"), user.enabled());
        var roles = new CheckboxGroup<Role>(getTranslation("users.roles"));
        roles.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        boolean staff = user.organizationName() == null;
        roles.setItems(staff ? EnumSet.of(Role.BUREAU, Role.EXPERT, Role.ADMIN) : user.roles());
        roles.setValue(user.roles());
        roles.setReadOnly(!staff);
        if (!staff) {
            roles.setHelperText(getTranslation("validation.roles.organization"));
        }
        var errors = new FormErrors(this).field("roles", roles);
        var save = new Button(getTranslation("action.save"), e -> {
            try {
                if (staff && !roles.getValue().equals(user.roles())) {
                    accounts.changeRoles(user.id(), roles.getValue().isEmpty() ? EnumSet.noneOf(Role.class)
                            : EnumSet.copyOf(roles.getValue()));
                }
                if (enabled.getValue() != user.enabled()) {
                    accounts.setEnabled(user.id(), enabled.getValue());
                }
                dialog.close();
                grid.getDataProvider().refreshAll();
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var reset = new Button(getTranslation("users.resetPassword"), ev -> {
            String link = resets.issue(user.id(), Links.baseUrl());
            var shown = new TextField(getTranslation("users.resetPassword.link"));
            shown.setValue(link);
            shown.setReadOnly(true);
            shown.setWidthFull();
            shown.setId("reset-link");
            shown.setHelperText(getTranslation("users.resetPassword.help", user.username(),
                    PasswordResetService.VALIDITY.toHours()));
            dialog.add(shown);
            ev.getSource().setEnabled(false);
        });
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        dialog.add(new FormLayout(roles, enabled), reset);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), ev -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title") + " | " + getTranslation("app.name");
    }
}
