package org.jigai.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Locale;
import org.jigai.base.Person;
import org.jigai.base.Translations;

/**
 * The frame around every signed-in page: brand, navigation filtered by the user's roles (from each view's
 * {@code @Menu} and access annotation), and the user menu with profile, language and log-out.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final transient AuthenticationContext authentication;
    private final Span viewTitle = new Span();

    MainLayout(AuthenticationContext authentication,
            org.springframework.beans.factory.ObjectProvider<NavbarItem> navbarItems,
            org.springframework.beans.factory.ObjectProvider<NavBadge> badges) {
        this.authentication = authentication;
        setPrimarySection(Section.DRAWER);
        var toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu"));
        addToNavbar(toggle, title(), searchBox());
        if (authentication.isAuthenticated()) {
            navbarItems.orderedStream().forEach(item -> item.create().ifPresent(this::addToNavbar));
        }
        addToNavbar(userMenu());
        addToDrawer(brand(), new Scroller(navigation(authentication.isAuthenticated()
                ? badges.orderedStream().toList() : java.util.List.of())));
    }

    private Component brand() {
        var logo = new Div(new Span(getTranslation("app.name")), new Span(getTranslation("app.subtitle")));
        logo.addClassName("jigai-brand");
        return logo;
    }

    private Component title() {
        viewTitle.addClassName("jigai-navbar-title");
        return viewTitle;
    }

    /** The navbar names the page that is open; the brand stays in the drawer. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String title = getContent() instanceof HasDynamicTitle page ? page.getPageTitle() : getTranslation("app.name");
        int separator = title.lastIndexOf(" | ");
        viewTitle.setText(separator > 0 ? title.substring(0, separator) : title);
    }

    private SideNav navigation(java.util.List<NavBadge> badges) {
        var nav = new SideNav();
        nav.addClassName("jigai-nav");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            var item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            item.setMatchNested(!entry.path().isEmpty());
            for (NavBadge badge : badges) {
                if (badge.path().equals(entry.path())) {
                    badge.create().ifPresent(item::setSuffixComponent);
                }
            }
            nav.addItem(item);
        }
        return nav;
    }

    /** The global search box: Enter opens the search page with the text (the search lives in the matching module). */
    private Component searchBox() {
        var box = new com.vaadin.flow.component.textfield.TextField();
        box.setPlaceholder(getTranslation("layout.search"));
        box.setAriaLabel(getTranslation("layout.search"));
        box.setPrefixComponent(com.vaadin.flow.component.icon.VaadinIcon.SEARCH.create());
        box.setClearButtonVisible(true);
        box.setMaxLength(100);
        box.addClassName("jigai-search-box");
        box.setId("global-search");
        box.addKeyPressListener(com.vaadin.flow.component.Key.ENTER, e -> {
            String text = box.getValue().strip();
            if (!text.isEmpty()) {
                getUI().ifPresent(ui -> ui.navigate("search", com.vaadin.flow.router.QueryParameters.of("q", text)));
            }
        });
        box.setVisible(authentication.isAuthenticated());
        return box;
    }

    private Component userMenu() {
        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.addClassName("jigai-user-menu");
        if (!authentication.isAuthenticated()) {
            // a public page (the provider pool): the way in
            var signIn = new com.vaadin.flow.component.html.Anchor("login", getTranslation("layout.signIn"));
            signIn.setId("layout-sign-in");
            signIn.addClassName("jigai-sign-in");
            return signIn;
        }
        String name = authentication.getAuthenticatedUser(Person.class)
                .map(p -> Person.shown(p.displayName(), this::getTranslation))
                .or(authentication::getPrincipalName).orElse("");
        var avatar = new Avatar(name);
        avatar.addThemeName("xsmall");
        var label = new Div(avatar, new Span(name));
        label.addClassName("jigai-user-label");
        var top = menu.addItem(label);
        top.getElement().setAttribute("aria-label", getTranslation("layout.userMenu"));
        var sub = top.getSubMenu();
        sub.addItem(getTranslation("layout.profile"), e -> getUI().ifPresent(ui -> ui.navigate("profile")));
        var language = sub.addItem(getTranslation("layout.language"));
        language.getSubMenu().addItem(getTranslation("language.zh"), e -> LocaleSupport.switchTo(Translations.CHINESE));
        language.getSubMenu().addItem(getTranslation("language.en"), e -> LocaleSupport.switchTo(Locale.ENGLISH));
        sub.addItem(getTranslation("layout.logout"), e -> authentication.logout());
        return menu;
    }
}
