package org.jigai.account.ui;

import java.util.List;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jigai.account.AccountPrincipal;
import org.jigai.account.AccountService;
import org.jigai.account.OpenInvitation;
import org.jigai.account.UserSummary;
import org.jigai.base.Formats;
import org.jigai.base.InvalidInputException;
import org.jigai.base.ui.FormErrors;
import org.jigai.base.ui.Phones;

/** The people of the user's organisation; its first user invites colleagues with one-time links. */
@Route("team")
@RolesAllowed({"ENTERPRISE", "PROVIDER"})
@Menu(title = "nav.team", order = 80, icon = "vaadin:users")
class ColleaguesView extends Main implements HasDynamicTitle {

    final TextField note = new TextField();
    final Button invite = new Button();
    final TextField link = new TextField();
    private final Grid<OpenInvitation> openInvitations = new Grid<>();
    private final H3 openHeading = new H3();
    private final AccountService accounts;

    ColleaguesView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("jigai-page");
        add(new H2(getTranslation("team.title")));
        var members = new Grid<UserSummary>();
        members.addColumn(UserSummary::displayName).setHeader(getTranslation("team.name"));
        members.addColumn(UserSummary::username).setHeader(getTranslation("team.username"));
        members.addColumn(u -> u.organizationAdmin() ? getTranslation("team.admin") : "")
                .setHeader(getTranslation("team.role"));
        members.addColumn(u -> Formats.dateTime(u.createdAt(), getLocale())).setHeader(getTranslation("team.since"));
        members.setItems(accounts.colleagues());
        Phones.cards(members, u -> List.of(u.displayName() + " · " + u.username(),
                (u.organizationAdmin() ? getTranslation("team.admin") + " · " : "")
                        + Formats.dateTime(u.createdAt(), getLocale())));
        members.setAllRowsVisible(true);
        add(members);

        boolean admin = AccountPrincipal.current().map(AccountPrincipal::organizationAdmin).orElse(false);
        if (!admin) {
            add(new Paragraph(getTranslation("team.askAdmin")));
            return;
        }
        note.setLabel(getTranslation("team.invite.note"));
        note.setMaxLength(AccountService.INVITATION_NOTE_MAX);
        invite.setText(getTranslation("team.invite.create"));
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        link.setLabel(getTranslation("team.invite.link"));
        link.setReadOnly(true);
        link.setWidthFull();
        link.setVisible(false);
        var errors = new FormErrors(this).field("note", note);
        String base = Links.baseUrl();
        invite.addClickListener(e -> {
            try {
                OpenInvitation created = accounts.invite(note.getValue(), base);
                link.setValue(created.link());
                link.setHelperText(getTranslation("team.invite.linkHelp",
                        Formats.dateTime(created.expiresAt(), getLocale())));
                link.setVisible(true);
                note.clear();
                showOpenInvitations();
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            }
        });
        openInvitations.addColumn(i -> i.note() == null ? "" : i.note()).setHeader(getTranslation("team.invite.note"));
        openInvitations.addColumn(i -> Formats.dateTime(i.createdAt(), getLocale()))
                .setHeader(getTranslation("team.invite.created"));
        openInvitations.addColumn(i -> Formats.dateTime(i.expiresAt(), getLocale()))
                .setHeader(getTranslation("team.invite.expires"));
        openInvitations.setAllRowsVisible(true);
        openHeading.setText(getTranslation("team.invite.open"));
        showOpenInvitations();
        Phones.cards(openInvitations, i -> List.of(i.note() == null ? "" : i.note(),
                Formats.dateTime(i.createdAt(), getLocale()) + " – " + Formats.dateTime(i.expiresAt(), getLocale())));
        var row = new HorizontalLayout(note, invite);
        row.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        var card = new Main(new H3(getTranslation("team.invite.title")), new Paragraph(getTranslation("team.invite.intro")),
                row, link, openHeading, openInvitations);
        card.addClassName("jigai-card");
        add(card);
    }

    /** The unused invitations, or nothing at all when there are none. */
    private void showOpenInvitations() {
        var open = accounts.openInvitations();
        openInvitations.setItems(open);
        openHeading.setVisible(!open.isEmpty());
        openInvitations.setVisible(!open.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("team.title") + " | " + getTranslation("app.name");
    }
}
