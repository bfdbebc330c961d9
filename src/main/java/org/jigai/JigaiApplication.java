package org.jigai;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** jigai — 技改供需对接平台. */
@SpringBootApplication
@ConfigurationPropertiesScan
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/jigai.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
@com.vaadin.flow.component.page.Push
// Every view's components load with the application (ECharts alone waits for the first chart): a view's lazily loaded
// chunk could run a component's connector before the chunk had arrived (seen on the dashboard's year select).
@com.vaadin.flow.server.LoadDependenciesOnStartup
public class JigaiApplication implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("jigai");
    }

    public static void main(String[] args) {
        SpringApplication.run(JigaiApplication.class, args);
    }
}
