package org.jigai.security.ui;

import java.util.List;
import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jigai.base.Formats;
import org.jigai.base.InvalidInputException;
import org.jigai.base.ui.FormErrors;
import org.jigai.security.ApiTokenService;
import org.jigai.security.IssuedToken;
import org.jigai.security.TokenSummary;
import org.jigai.base.ui.Phones;

/** The admin's API tokens: long-lived tokens for other platforms and scripts, and revocation. */
@Route("admin/tokens")
@RolesAllowed("ADMIN")
@Menu(title = "nav.tokens", order = 910, icon = "vaadin:key")
class TokensView extends Main implements HasDynamicTitle {

    private final ApiTokenService tokens;
    final Grid<TokenSummary> grid = new Grid<>();

    TokensView(ApiTokenService tokens) {
        this.tokens = tokens;
        addClassNames("jigai-page", "jigai-page-grid");
        var create = new Button(getTranslation("tokens.create"), e -> openCreateDialog());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.addColumn(TokenSummary::name).setHeader(getTranslation("tokens.name")).setFlexGrow(1);
        grid.addColumn(TokenSummary::username).setHeader(getTranslation("tokens.user")).setAutoWidth(true);
        grid.addColumn(t -> Formats.dateTime(t.createdAt(), getLocale())).setHeader(getTranslation("tokens.created"))
                .setAutoWidth(true);
        grid.addColumn(t -> Formats.dateTime(t.expiresAt(), getLocale())).setHeader(getTranslation("tokens.expires"))
                .setAutoWidth(true);
        grid.addColumn(t -> Formats.dateTime(t.lastUsedAt(), getLocale())).setHeader(getTranslation("tokens.lastUsed"))
                .setAutoWidth(true);
        grid.addComponentColumn(t -> {
            if (t.revokedAt() != null) {
                return new Paragraph(getTranslation("tokens.revoked"));
            }
            var revoke = new Button(getTranslation("tokens.revoke"), e -> {
                tokens.revoke(t.id());
                grid.getDataProvider().refreshAll();
            });
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            return revoke;
        }).setAutoWidth(true);
        grid.setItems(query -> tokens.list(toSpringPageRequest(query)).stream(), query -> (int) tokens.count());
        setHeightFull();
        Phones.cards(grid, t -> List.of(t.name() + " · " + t.username(), getTranslation("tokens.expires") + " "
                + Formats.dateTime(t.expiresAt(), getLocale())));
        add(new H2(getTranslation("tokens.title")), new Paragraph(getTranslation("tokens.intro")), create, grid);
    }

    private void openCreateDialog() {
        var dialog = new Dialog(getTranslation("tokens.create"));
        var username = new TextField(getTranslation("tokens.user"));
        var name = new TextField(getTranslation("tokens.name"));
        name.setHelperText(getTranslation("tokens.name.help"));
        var days = new IntegerField(getTranslation("tokens.days"));
        days.setValue(365);
        days.setMin(1);
        days.setMax(ApiTokenService.MAX_LONG_LIVED_DAYS);
        var errors = new FormErrors(this).field("username", username).field("name", name).field("days", days);
        var save = new Button(getTranslation("tokens.create"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            try {
                IssuedToken issued = tokens.issueLongLived(username.getValue(), name.getValue(),
                        days.getValue() == null ? 0 : days.getValue());
                var secret = new TextField(getTranslation("tokens.secret"));
                secret.setValue(issued.token());
                secret.setReadOnly(true);
                secret.setWidthFull();
                secret.setHelperText(getTranslation("tokens.secret.help"));
                dialog.removeAll();
                dialog.add(secret);
                dialog.getFooter().removeAll();
                dialog.getFooter().add(new Button(getTranslation("action.close"), ev -> dialog.close()));
                grid.getDataProvider().refreshAll();
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            }
        });
        dialog.setWidth("min(560px, 95vw)");
        dialog.add(new FormLayout(username, name, days));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tokens.title") + " | " + getTranslation("app.name");
    }
}
