package org.jigai.base.ui;

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
        String name = person.map(Person::displayName).or(authentication::getPrincipalName).orElse("");
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
                var steps = new UnorderedList();
                for (int i = 1; i <= 3; i++) {
                    steps.add(new ListItem(getTranslation("home." + role + ".step" + i)));
                }
                section.add(steps);
                add(section);
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home") + " | " + getTranslation("app.name");
    }

}
