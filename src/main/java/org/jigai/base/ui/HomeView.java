package org.jigai.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.jigai.base.Person;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import java.util.List;

/** The first page after log-in: a welcome and the next steps for each of the user's roles. */
@Route("")
@PermitAll
@Menu(title = "nav.home", order = 0, icon = "vaadin:home")
class HomeView extends Main implements HasDynamicTitle {

    static final List<String> ROLES = List.of("ENTERPRISE", "PROVIDER", "BUREAU", "EXPERT", "ADMIN");

    HomeView(AuthenticationContext authentication, ObjectProvider<HomeCard> cards) {
        addClassName("jigai-page");
        var person = authentication.getAuthenticatedUser(Person.class);
        String name = person.map(p -> Person.shown(p.displayName(), this::getTranslation))
                .or(authentication::getPrincipalName).orElse("");
        add(new H2(getTranslation("home.welcome", name)));
        person.map(Person::organizationName).ifPresent(org -> add(new Paragraph(getTranslation("home.organization", org))));
        add(new Paragraph(getTranslation("home.intro")));
        cards.orderedStream().forEach(card -> {
            try {
                card.create().ifPresent(this::add);
            } catch (RuntimeException e) {
                // one broken card must not take the home page down
                LoggerFactory.getLogger(HomeView.class).error("Home card {} failed", card.getClass().getSimpleName(), e);
            }
        });
        for (String role : ROLES) {
            if (authentication.hasRole(role)) {
                var section = new Main();
                section.addClassName("jigai-card");
                section.setId("home-" + role.toLowerCase());
                section.add(new H2(getTranslation("home." + role + ".title")));
                var actions = new UnorderedList();
                ACTIONS.getOrDefault(role, List.of()).forEach(action -> actions.add(new ListItem(
                        new Anchor(action.path(), getTranslation(action.labelKey())))));
                if (ACTIONS.getOrDefault(role, List.of()).isEmpty()) {
                    section.add(new Paragraph(getTranslation("home." + role + ".nothingYet")));
                } else {
                    section.add(actions);
                }
                add(section);
            }
        }
    }

    /** One thing a role can do now, as a link; features that arrive later add theirs. */
    record Action(String labelKey, String path) {}

    /** Only what each role can do today: no card promises what does not exist yet. */
    static final java.util.Map<String, List<Action>> ACTIONS = java.util.Map.of(
            "ENTERPRISE", List.of(new Action("home.action.newNeed", "my/needs/edit"),
                    new Action("home.action.myNeeds", "my/needs"), new Action("home.action.projects", "projects"),
                    new Action("home.action.solutions", "solutions"),
                    new Action("home.action.organization", "my/organization"),
                    new Action("home.action.nominate", "selection"), new Action("home.action.team", "team")),
            "PROVIDER", List.of(new Action("home.action.providerProfile", "my/profile"),
                    new Action("home.action.newSolution", "my/solutions/edit"),
                    new Action("home.action.needs", "needs"), new Action("home.action.team", "team")),
            "BUREAU", List.of(new Action("home.action.dashboard", "dashboard"),
                    new Action("home.action.projectLibrary", "projects"), new Action("home.action.needs", "needs"),
                    new Action("home.action.exchange", "exchange"), new Action("home.action.matching", "admin/matching"),
                    new Action("home.action.selection", "selection")),
            "EXPERT", List.of(new Action("home.action.reviews", "selection"),
                    new Action("home.action.declaration", "selection/declaration"),
                    new Action("home.action.cases", "cases")),
            "ADMIN", List.of(new Action("home.action.users", "admin/users"), new Action("home.action.tokens", "admin/tokens"),
                    new Action("home.action.audit", "admin/audit")));

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home") + " | " + getTranslation("app.name");
    }

}
