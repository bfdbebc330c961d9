package org.jigai.selection.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.jigai.base.Direction;
import org.jigai.base.FileStore;
import org.jigai.base.Formats;
import org.jigai.base.Industry;
import org.jigai.base.InvalidInputException;
import org.jigai.base.Region;
import org.jigai.base.ui.BoundedUploadHandler;
import org.jigai.base.ui.FormErrors;
import org.jigai.base.ui.Labels;
import org.jigai.base.ui.Notices;
import org.jigai.base.ui.ReasonDialog;
import org.jigai.base.ui.Required;
import org.jigai.project.ResultKind;
import org.jigai.selection.CaseFigure;
import org.jigai.selection.NominationForm;
import org.jigai.selection.NominationTransition;
import org.jigai.selection.SelectionService;
import org.jigai.selection.SelectionViews.FileView;
import org.jigai.selection.SelectionViews.NominationDetails;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * One nomination. Its enterprise writes it while a draft or returned (story, figures before and after, photos,
 * documents) and submits or withdraws it; the bureau reads it and passes or returns it; the provider it names reads
 * it. Nobody here sees scores or experts.
 */
@Route("selection/nomination/:id")
@PermitAll
class NominationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient SelectionService selection;
    private long id;
    private String title = "";
    private final List<FigureRow> rows = new ArrayList<>();
    private final Div figures = new Div();

    NominationView(SelectionService selection) {
        this.selection = selection;
        addClassName("jigai-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            render();
        } catch (NumberFormatException | NoSuchElementException e) {
            throw new NotFoundException();
        }
    }

    private void render() {
        removeAll();
        rows.clear();
        figures.removeAll();
        NominationDetails d = selection.details(id);
        title = d.summary().title().isEmpty() ? getTranslation("selection.untitled") : d.summary().title();
        add(new Anchor("selection", getTranslation("selection.back")), new H2(title));
        var state = SelectionLabels.state(this, d.summary().state());
        state.setId("nomination-state");
        var head = new HorizontalLayout(state, new Span(d.call().title()), new Span(d.summary().enterpriseName()));
        head.setAlignItems(FlexComponent.Alignment.CENTER);
        head.setWrap(true);
        add(head);
        if (d.decisionReason() != null) {
            var reason = new Paragraph(getTranslation("selection.nomination.reason", d.decisionReason()));
            reason.addClassName("jigai-warning");
            reason.setId("nomination-reason");
            add(reason);
        }
        if (d.mayEdit()) {
            add(form(d));
        } else {
            add(story(d));
        }
        actions(d);
        add(new H3(getTranslation("selection.history")));
        var history = new Div();
        history.setId("nomination-history");
        for (var s : d.history()) {
            history.add(new Paragraph(Formats.dateTime(s.at(), getLocale()) + " · " + getTranslation(
                    "audit.action." + s.action()) + " · " + getTranslation(s.state().labelKey())
                    + (s.reason() == null ? "" : " · " + s.reason())));
        }
        add(history);
    }

    private Component story(NominationDetails d) {
        var box = new Div();
        box.setId("nomination-story");
        var f = d.form();
        var facts = new org.jigai.base.ui.Facts()
                .fact("need.industry", f.industry() == null ? "" : getTranslation(f.industry().labelKey()))
                .fact("selection.region", Labels.region(this, f.region()))
                .fact("need.directions", Labels.join(this, f.directions()))
                .fact("selection.investment", f.investmentWan() == null ? ""
                        : getTranslation("selection.wan", SelectionLabels.number(f.investmentWan())))
                .fact("selection.provider", d.summary().providerName() == null ? "" : d.summary().providerName());
        box.add(facts);
        text(box, "selection.background", f.background());
        text(box, "selection.work", f.work());
        if (!f.results().isEmpty()) {
            box.add(new H3(getTranslation("selection.results")));
            f.results().forEach(r -> box.add(new Paragraph(SelectionLabels.figure(this, r))));
        }
        box.add(files(d, false));
        return box;
    }

    private void text(Div box, String key, @Nullable String value) {
        if (value != null) {
            box.add(new H3(getTranslation(key)));
            var p = new Paragraph(value);
            p.addClassName("jigai-multiline");
            box.add(p);
        }
    }

    private Component form(NominationDetails d) {
        var f = d.form();
        var box = new Div();
        box.setId("nomination-form");
        var help = new Paragraph(getTranslation("selection.nomination.help", NominationForm.TEXT_MIN));
        help.addClassName("jigai-muted");
        var name = new TextField(getTranslation("selection.caseTitle"));
        name.setId("nomination-title");
        name.setMaxLength(NominationForm.TITLE_MAX);
        name.setWidthFull();
        name.setValue(f.title() == null ? "" : f.title());
        var industry = new ComboBox<Industry>(getTranslation("need.industry"));
        industry.setId("nomination-industry");
        industry.setItems(Industry.values());
        industry.setItemLabelGenerator(i -> getTranslation(i.labelKey()));
        industry.setValue(f.industry());
        var region = new ComboBox<String>(getTranslation("selection.region"));
        region.setId("nomination-region");
        region.setItems(Arrays.stream(Region.values()).map(Region::code).toList());
        region.setItemLabelGenerator(code -> Labels.region(this, code));
        region.setValue(f.region());
        var directions = new CheckboxGroup<Direction>(getTranslation("need.directions"));
        directions.setId("nomination-directions");
        directions.setItems(Direction.values());
        directions.setItemLabelGenerator(x -> getTranslation(x.labelKey()));
        directions.setValue(f.directions().isEmpty() ? EnumSet.noneOf(Direction.class) : EnumSet.copyOf(f.directions()));
        var investment = new BigDecimalField(getTranslation("selection.investmentWan"));
        investment.setId("nomination-investment");
        investment.setValue(f.investmentWan());
        var names = new HashMap<Long, String>();
        if (f.providerId() != null && d.summary().providerName() != null) {
            names.put(f.providerId(), d.summary().providerName());
        }
        var provider = new ComboBox<Long>(getTranslation("selection.provider"));
        provider.setId("nomination-provider");
        provider.setItems(query -> {
            String text = query.getFilter().orElse("");
            var found = text.isBlank() ? names : selection.providersNamed(text);
            names.putAll(found);
            return found.keySet().stream().skip(query.getOffset()).limit(query.getLimit());
        });
        provider.setItemLabelGenerator(pid -> names.getOrDefault(pid, "#" + pid));
        provider.setClearButtonVisible(true);
        provider.setHelperText(getTranslation("selection.providerHelp"));
        provider.setValue(f.providerId());
        provider.setWidth("min(100%, 28em)");
        var background = new TextArea(getTranslation("selection.background"));
        background.setId("nomination-background");
        background.setMaxLength(NominationForm.BACKGROUND_MAX);
        background.setWidthFull();
        background.setValue(f.background() == null ? "" : f.background());
        background.setHelperText(getTranslation("selection.backgroundHelp"));
        var work = new TextArea(getTranslation("selection.work"));
        work.setId("nomination-work");
        work.setMaxLength(NominationForm.WORK_MAX);
        work.setWidthFull();
        work.setValue(f.work() == null ? "" : f.work());
        work.setHelperText(getTranslation("selection.workHelp"));
        Required.mark(name, industry, region, directions, investment, background, work);
        var resultsError = new TextField();
        resultsError.setReadOnly(true);
        resultsError.setVisible(false);
        resultsError.setId("nomination-results-error");
        var photosError = new TextField();
        photosError.setReadOnly(true);
        photosError.setVisible(false);
        photosError.setId("nomination-photos-error");
        var errors = new FormErrors(this).field("title", name).field("industry", industry).field("region", region)
                .field("directions", directions).field("investmentWan", investment).field("providerId", provider)
                .field("background", background).field("work", work).field("results", resultsError)
                .field("photos", photosError);
        f.results().forEach(this::addRow);
        if (rows.isEmpty()) {
            addRow(null);
        }
        var add = new Button(getTranslation("selection.figure.add"), e -> {
            if (rows.size() < CaseFigure.MAX) {
                addRow(null);
            }
        });
        add.setId("figure-add");
        var facts = new HorizontalLayout(industry, region, investment);
        facts.setWrap(true);
        var figuresHelp = new Paragraph(getTranslation("selection.figure.help"));
        figuresHelp.addClassName("jigai-muted");
        box.add(help, name, facts, directions, provider, background, work,
                new H3(getTranslation("selection.results")), figuresHelp, figures, add, resultsError);
        java.util.function.Supplier<NominationForm> read = () -> new NominationForm(name.getValue(),
                industry.getValue(), region.getValue(), directions.getValue(), background.getValue(), work.getValue(),
                investment.getValue(), provider.getValue(), f.projectId(), f.engagementId(), figuresValue());
        var save = new Button(getTranslation("selection.saveDraft"), e -> {
            errors.clear();
            resultsError.setVisible(false);
            if (save(d, read.get(), errors, resultsError)) {
                // the form stays as typed: a figure row not yet complete stays on the page (and out of the draft)
                Notices.done(this, incompleteRows() > 0 ? "selection.savedButRows" : "selection.saved");
            }
        });
        save.setId("nomination-save");
        var submit = new Button(getTranslation("selection.transition.SUBMIT"), e -> {
            errors.clear();
            resultsError.setVisible(false);
            photosError.setVisible(false);
            submitting = true;
            boolean saved;
            try {
                saved = save(d, read.get(), errors, resultsError);
            } finally {
                submitting = false;
            }
            if (!saved) {
                // the draft still keeps everything complete: save it without the unfinished rows (quietly: the
                // problems are shown already)
                try {
                    selection.saveNomination(id, version, read.get());
                    version = selection.details(id).version();
                } catch (InvalidInputException | OptimisticLockingFailureException stillRefused) {
                    // nothing more to say than what the fields show
                }
                return;
            }
            try {
                selection.take(id, NominationTransition.SUBMIT, null);
                Notices.done(this, "selection.done.SUBMIT");
                render();
            } catch (InvalidInputException invalid) {
                // the draft is saved; refresh its version so the next save does not collide with this one
                resultsError.setVisible(invalid.problems().containsKey("results"));
                photosError.setVisible(invalid.problems().containsKey("photos"));
                errors.show(invalid);
                Notification.show(getTranslation("selection.submit.refused"), 5000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
                version = selection.details(id).version();
            }
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("nomination-submit");
        filesBox.removeAll();
        filesBox.add(files(d, true));
        box.add(filesBox, photosError, new HorizontalLayout(save, submit));
        version = d.version();
        return box;
    }

    private long version;
    /** While submitting, an incomplete figure row is sent (and refused at its field); a draft save leaves it out. */
    private boolean submitting;
    /** The photos and documents: redrawn alone after an upload, so nothing typed in the form is lost. */
    private final Div filesBox = new Div();

    private void refreshFiles() {
        filesBox.removeAll();
        filesBox.add(files(selection.details(id), true));
    }

    private boolean save(NominationDetails d, NominationForm form, FormErrors errors, TextField resultsError) {
        try {
            selection.saveNomination(id, version, form);
            version = selection.details(id).version();
            return true;
        } catch (InvalidInputException invalid) {
            resultsError.setVisible(invalid.problems().containsKey("results"));
            errors.show(invalid);
            return false;
        } catch (OptimisticLockingFailureException stale) {
            Notices.refused(this, InvalidInputException.of("title", "selection.error.stale"));
            return false;
        }
    }

    /** Figure rows begun but not complete: a draft keeps them on the page, not in the database. */
    private long incompleteRows() {
        return rows.stream().filter(r -> !(r.label.getValue().isBlank() && r.before.getValue() == null
                && r.after.getValue() == null) && !complete(r)).count();
    }

    private static boolean complete(FigureRow r) {
        return r.kind.getValue() != null && !r.label.getValue().isBlank() && !r.unit.getValue().isBlank()
                && r.before.getValue() != null && r.after.getValue() != null;
    }

    private List<CaseFigure> figuresValue() {
        var out = new ArrayList<CaseFigure>();
        for (FigureRow r : rows) {
            if (r.label.getValue().isBlank() && r.before.getValue() == null && r.after.getValue() == null) {
                continue;
            }
            if (!complete(r) && !submitting) {
                continue;
            }
            out.add(new CaseFigure(r.kind.getValue(), r.label.getValue(), r.unit.getValue(), r.before.getValue(),
                    r.after.getValue()));
        }
        return out;
    }

    private final class FigureRow {
        final Select<ResultKind> kind = new Select<>();
        final TextField label = new TextField();
        final TextField unit = new TextField();
        final BigDecimalField before = new BigDecimalField();
        final BigDecimalField after = new BigDecimalField();
    }

    private void addRow(@Nullable CaseFigure value) {
        var r = new FigureRow();
        int i = rows.size();
        r.kind.setItems(ResultKind.values());
        r.kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        r.kind.setLabel(getTranslation("project.result.kind"));
        r.kind.setId("figure-kind-" + i);
        r.label.setLabel(getTranslation("selection.figure.label"));
        r.label.setMaxLength(CaseFigure.LABEL_MAX);
        r.label.setId("figure-label-" + i);
        r.unit.setLabel(getTranslation("selection.figure.unit"));
        r.unit.setMaxLength(CaseFigure.UNIT_MAX);
        r.unit.setId("figure-unit-" + i);
        r.unit.setWidth("8em");
        r.before.setLabel(getTranslation("selection.figure.before"));
        r.before.setId("figure-before-" + i);
        r.before.setWidth("9em");
        r.after.setLabel(getTranslation("selection.figure.after"));
        r.after.setId("figure-after-" + i);
        r.after.setWidth("9em");
        r.kind.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                if (r.label.getValue().isBlank()) {
                    r.label.setValue(getTranslation("selection.figure.kind." + e.getValue().name()));
                }
                if (r.unit.getValue().isBlank() && e.getValue() != ResultKind.OTHER) {
                    r.unit.setValue(getTranslation("selection.figure.unit." + e.getValue().name()));
                }
            }
        });
        if (value != null) {
            r.kind.setValue(value.kind());
            r.label.setValue(value.label());
            r.unit.setValue(value.unit());
            r.before.setValue(value.before());
            r.after.setValue(value.after());
        } else {
            r.kind.setValue(ResultKind.OTHER);
        }
        var line = new HorizontalLayout(r.kind, r.label, r.unit, r.before, r.after);
        var remove = new Button(getTranslation("action.remove"), e -> {
            rows.remove(r);
            figures.remove(line);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        line.add(remove);
        line.setWrap(true);
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        line.addClassName("jigai-card");
        rows.add(r);
        figures.add(line);
    }

    private Component files(NominationDetails d, boolean editable) {
        var box = new Div();
        box.add(new H3(getTranslation("selection.photos")));
        var photos = new Div();
        photos.addClassName("jigai-photos");
        photos.setId("nomination-photos");
        for (FileView p : d.photos()) {
            var img = new Image("case-files/" + id + "/" + p.id(), p.caption() == null ? p.name() : p.caption());
            img.addClassName("jigai-photo");
            var cell = new Div(img);
            if (editable) {
                cell.add(removeFile(p));
            }
            photos.add(cell);
        }
        if (d.photos().isEmpty()) {
            photos.add(new Paragraph(getTranslation("selection.photos.none")));
        }
        box.add(photos);
        if (editable) {
            box.add(upload(true, "nomination-photo-upload"));
        }
        box.add(new H3(getTranslation("selection.documents")));
        var docs = new Div();
        docs.setId("nomination-documents");
        for (FileView f : d.documents()) {
            var link = new Anchor("case-files/" + id + "/" + f.id(), f.name());
            link.setRouterIgnore(true);
            var row = new HorizontalLayout(link);
            if (editable) {
                row.add(removeFile(f));
            }
            docs.add(row);
        }
        if (d.documents().isEmpty()) {
            docs.add(new Paragraph(getTranslation("selection.documents.none")));
        }
        box.add(docs);
        if (editable) {
            box.add(upload(false, "nomination-document-upload"));
        }
        return box;
    }

    private Button removeFile(FileView f) {
        var remove = new Button(getTranslation("action.remove"), e -> {
            try {
                selection.removeFile(id, f.id());
            } catch (InvalidInputException refused) {
                Notices.refused(this, refused);
            }
            refreshFiles();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        return remove;
    }

    private Upload upload(boolean photo, String elementId) {
        var upload = new Upload(new BoundedUploadHandler(FileStore.MAX_BYTES, (metadata, data) -> {
            try {
                selection.addFile(id, photo, metadata.fileName(), data, null);
                Notices.done(this, photo ? "selection.photo.added" : "selection.document.added");
            } catch (InvalidInputException refused) {
                Notices.refused(this, refused);
            }
            refreshFiles();
        }, () -> Notification.show(getTranslation("file.error.tooLarge", FileStore.MAX_BYTES / 1024 / 1024), 6000,
                Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR)));
        upload.setId(elementId);
        upload.setMaxFileSize((int) FileStore.MAX_BYTES);
        upload.setAcceptedFileTypes(photo ? new String[] {".png", ".jpg", ".jpeg", ".gif", ".webp"}
                : FileStore.ACCEPTED_EXTENSIONS.toArray(String[]::new));
        var i18n = new com.vaadin.flow.component.upload.UploadI18N();
        i18n.setAddFiles(new com.vaadin.flow.component.upload.UploadI18N.AddFiles()
                .setOne(getTranslation(photo ? "selection.photo.add" : "selection.document.add"))
                .setMany(getTranslation(photo ? "selection.photo.add" : "selection.document.add")));
        i18n.setDropFiles(new com.vaadin.flow.component.upload.UploadI18N.DropFiles()
                .setOne(getTranslation("upload.drop")).setMany(getTranslation("upload.drop")));
        i18n.setError(new com.vaadin.flow.component.upload.UploadI18N.Error()
                .setFileIsTooBig(getTranslation("file.error.tooLarge", FileStore.MAX_BYTES / 1024 / 1024))
                .setIncorrectFileType(getTranslation("file.error.type")));
        upload.setI18n(i18n);
        return upload;
    }

    private void actions(NominationDetails d) {
        var buttons = new HorizontalLayout();
        buttons.setId("nomination-actions");
        for (NominationTransition t : d.may()) {
            if (t == NominationTransition.SUBMIT || t == NominationTransition.DROP) {
                continue;
            }
            boolean discard = t == NominationTransition.WITHDRAW
                    && d.summary().state() == org.jigai.selection.NominationState.DRAFT;
            var b = new Button(getTranslation(discard ? "selection.discard" : t.labelKey()));
            b.setId("nomination-" + t.name().toLowerCase(java.util.Locale.ROOT));
            if (t.reasoned()) {
                b.addClickListener(e -> ReasonDialog.ask(this, t.labelKey(), "selection.reason",
                        SelectionService.REASON_MAX, reason -> selection.take(id, t, reason), "selection.done." + t.name(),
                        this::render));
            } else {
                b.addClickListener(e -> {
                    var confirm = new ConfirmDialog(getTranslation(discard ? "selection.discard" : t.labelKey()),
                            getTranslation(discard ? "selection.confirm.discard" : "selection.confirm." + t.name()),
                            getTranslation(discard ? "selection.discard" : t.labelKey()), x -> {
                                try {
                                    selection.take(id, t, null);
                                    Notices.done(this, "selection.done." + t.name());
                                } catch (InvalidInputException refused) {
                                    Notices.refused(this, refused);
                                }
                                render();
                            });
                    confirm.setCancelable(true);
                    confirm.setCancelText(getTranslation("action.cancel"));
                    confirm.open();
                });
            }
            if (t == NominationTransition.PASS) {
                b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            buttons.add(b);
        }
        if (buttons.getComponentCount() > 0) {
            add(buttons);
        }
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
