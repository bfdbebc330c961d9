package org.jigai.selection.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import org.jigai.base.InvalidInputException;
import org.jigai.base.ui.FormErrors;
import org.jigai.base.ui.Notices;
import org.jigai.selection.ReviewService;
import org.jigai.selection.SelectionViews.Declaration;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * An expert declares the organisations it works for or with and those it has a conflict with: the platform never
 * assigns it their cases, nor those of organisations they had an engagement with.
 */
@Route("selection/declaration")
@RolesAllowed("EXPERT")
class DeclarationView extends Main implements HasDynamicTitle {

    private final transient ReviewService reviews;

    DeclarationView(ReviewService reviews) {
        this.reviews = reviews;
        addClassName("jigai-page");
        Declaration d = reviews.myDeclaration();
        add(new Anchor("selection", getTranslation("selection.back")), new H2(getTranslation(
                "selection.declaration.title")));
        var intro = new Paragraph(getTranslation("selection.declaration.intro"));
        intro.addClassName("jigai-muted");
        add(intro);
        Map<Long, String> names = new HashMap<>(d.affiliations());
        names.putAll(d.conflicts());
        var affiliations = picker("selection.declaration.affiliations", "declaration-affiliations", names);
        affiliations.setValue(new HashSet<>(d.affiliations().keySet()));
        var conflicts = picker("selection.declaration.conflicts", "declaration-conflicts", names);
        conflicts.setValue(new HashSet<>(d.conflicts().keySet()));
        var note = new TextArea(getTranslation("selection.declaration.note"));
        note.setId("declaration-note");
        note.setMaxLength(ReviewService.NOTE_MAX);
        note.setWidthFull();
        note.setValue(d.note() == null ? "" : d.note());
        var errors = new FormErrors(this).field("affiliations", affiliations).field("conflicts", conflicts)
                .field("note", note);
        long[] version = {d.version()};
        var save = new Button(getTranslation("action.save"), e -> {
            try {
                errors.clear();
                reviews.declare(version[0], affiliations.getValue(), conflicts.getValue(), note.getValue());
                version[0] = reviews.myDeclaration().version();
                Notices.done(this, "selection.declaration.saved");
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            } catch (OptimisticLockingFailureException stale) {
                Notices.refused(this, InvalidInputException.of("note", "selection.error.stale"));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("declaration-save");
        add(affiliations, conflicts, note, save);
    }

    private MultiSelectComboBox<Long> picker(String key, String id, Map<Long, String> names) {
        var box = new MultiSelectComboBox<Long>(getTranslation(key));
        box.setId(id);
        box.setWidthFull();
        box.setItems(query -> {
            String text = query.getFilter().orElse("");
            var found = text.isBlank() ? Map.copyOf(names) : reviews.organizationsNamed(text);
            names.putAll(found);
            return found.keySet().stream().skip(query.getOffset()).limit(query.getLimit());
        });
        box.setItemLabelGenerator(o -> names.getOrDefault(o, "#" + o));
        box.setHelperText(getTranslation("selection.declaration.search"));
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("selection.declaration.title") + " | " + getTranslation("app.name");
    }
}
