package org.jigai.matching.ui;

import java.util.List;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.jigai.base.Formats;
import org.jigai.base.InvalidInputException;
import org.jigai.matching.IndexAdminService;
import org.jigai.matching.VocabularyService;
import org.jigai.base.ui.Phones;

/** 匹配设置: the index against the database, a rebuild with progress, and (for admins) the synonym dictionary. */
@Route("admin/matching")
@RolesAllowed({"ADMIN", "BUREAU"})
@Menu(title = "nav.matching", order = 930, icon = "vaadin:connect")
class MatchingAdminView extends Main implements HasDynamicTitle {

    private static final int POLL_MS = 700;

    private final IndexAdminService index;
    final Grid<IndexAdminService.TypeStatus> types = new Grid<>();
    final Paragraph summary = new Paragraph();
    final ProgressBar progress = new ProgressBar();
    final Paragraph progressText = new Paragraph();
    final Button rebuild = new Button();
    final TextArea dictionary = new TextArea();
    final Button saveDictionary = new Button();

    MatchingAdminView(IndexAdminService index, VocabularyService vocabulary, AuthenticationContext authentication) {
        this.index = index;
        addClassName("jigai-page");
        types.addColumn(t -> getTranslation("matching.type." + t.type())).setHeader(getTranslation("matching.col.type"));
        types.addColumn(IndexAdminService.TypeStatus::database).setHeader(getTranslation("matching.col.database"));
        types.addColumn(IndexAdminService.TypeStatus::indexed).setHeader(getTranslation("matching.col.indexed"));
        types.addColumn(t -> Formats.dateTime(t.lastChange(), getLocale())).setHeader(getTranslation("matching.col.lastChange"));
        types.addColumn(t -> getTranslation(t.consistent() ? "matching.consistent" : "matching.inconsistent"))
                .setHeader(getTranslation("matching.col.state"));
        types.setAllRowsVisible(true);
        types.setId("matching-status");
        rebuild.setText(getTranslation("matching.rebuild"));
        rebuild.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        rebuild.setId("matching-rebuild");
        rebuild.addClickListener(e -> {
            if (index.startRebuild()) {
                Notification.show(getTranslation("matching.rebuild.started"), 3000, Notification.Position.TOP_CENTER);
            }
            refresh();
        });
        progress.setVisible(false);
        progressText.setId("matching-progress");
        Phones.cards(types, t -> List.of(getTranslation("matching.type." + t.type()) + " · "
                + getTranslation(t.consistent() ? "matching.consistent" : "matching.inconsistent"),
                getTranslation("matching.col.database") + " " + t.database() + " · " + getTranslation("matching.col.indexed")
                        + " " + t.indexed()));
        add(new H2(getTranslation("nav.matching")), new Paragraph(getTranslation("matching.intro")), types, summary,
                new com.vaadin.flow.component.orderedlayout.HorizontalLayout(rebuild), progress, progressText);

        if (authentication.hasRole("ADMIN")) {
            dictionary.setLabel(getTranslation("matching.synonyms"));
            dictionary.setHelperText(getTranslation("matching.synonyms.help"));
            dictionary.setWidthFull();
            dictionary.setHeight("24em");
            dictionary.setValue(vocabulary.dictionary());
            dictionary.setId("matching-synonyms");
            saveDictionary.setText(getTranslation("action.save"));
            saveDictionary.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            saveDictionary.addClickListener(e -> {
                dictionary.setInvalid(false);
                try {
                    int groups = vocabulary.saveDictionary(dictionary.getValue());
                    Notification.show(getTranslation("matching.synonyms.saved", groups), 4000,
                            Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                } catch (InvalidInputException invalid) {
                    var problem = invalid.problems().values().iterator().next();
                    dictionary.setErrorMessage(getTranslation(problem.key(), problem.args()));
                    dictionary.setInvalid(true);
                }
            });
            add(new H3(getTranslation("matching.synonyms")), dictionary,
                    new com.vaadin.flow.component.orderedlayout.HorizontalLayout(saveDictionary));
        }
        refresh();
    }

    void refresh() {
        var status = index.status();
        types.setItems(status.types());
        boolean consistent = status.types().stream().allMatch(IndexAdminService.TypeStatus::consistent);
        summary.setText(getTranslation(consistent ? "matching.summary.ok" : "matching.summary.off",
                String.format(java.util.Locale.ROOT, "%.1f", status.bytesOnDisk() / 1024.0 / 1024.0)));
        var r = status.rebuild();
        rebuild.setEnabled(!r.running());
        progress.setVisible(r.running());
        if (r.running()) {
            progress.setValue(r.total() == 0 ? 0 : Math.min(1, r.done() / (double) r.total()));
            progressText.setText(getTranslation("matching.rebuild.running", r.done(), r.total()));
        } else if (r.failure() != null) {
            progressText.setText(getTranslation("matching.rebuild.failed", r.failure()));
        } else if (r.finishedAt() != null) {
            progressText.setText(getTranslation("matching.rebuild.done", r.done(),
                    Formats.dateTime(r.finishedAt(), getLocale())));
        } else {
            progressText.setText("");
        }
        getUI().ifPresent(ui -> ui.setPollInterval(r.running() ? POLL_MS : -1));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().addPollListener(e -> refresh());
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.matching") + " | " + getTranslation("app.name");
    }
}
