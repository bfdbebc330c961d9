package org.jigai.exchange.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.jigai.base.ui.BoundedUploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.jigai.base.InvalidInputException;
import org.jigai.exchange.ExcelExchange;

/** 数据交换: the bureau's Excel template, export and import, with every refused row listed. */
@Route("exchange")
@RolesAllowed({"BUREAU", "ADMIN"})
@Menu(title = "nav.exchange", order = 70, icon = "vaadin:exchange")
class ExchangeView extends Main implements HasDynamicTitle {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    final Paragraph result = new Paragraph();
    final Grid<ExcelExchange.RowError> errors = new Grid<>();

    ExchangeView(ExcelExchange excel, Clock clock) {
        addClassName("jigai-page");
        String today = LocalDate.now(clock).toString();
        var template = download(excel::template, "jigai-template.xlsx", "exchange.template", VaadinIcon.FILE_TABLE);
        template.setId("exchange-template");
        var export = download(excel::export, "jigai-export-" + today + ".xlsx", "exchange.export", VaadinIcon.DOWNLOAD);
        export.setId("exchange-export");
        var links = new HorizontalLayout(template, export);
        links.setWrap(true);

        var upload = new Upload();
        upload.setUploadHandler(new BoundedUploadHandler(ExcelExchange.MAX_BYTES, (metadata, data) -> {
            try {
                show(excel.importWorkbook(data));
            } catch (InvalidInputException invalid) {
                var problem = invalid.problems().values().iterator().next();
                failed(getTranslation(problem.key(), problem.args()));
            }
        }, () -> failed(getTranslation("excel.error.tooLarge", ExcelExchange.MAX_BYTES / 1024 / 1024))));
        upload.setId("exchange-upload");
        upload.addAllFinishedListener(e -> upload.clearFileList());
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) ExcelExchange.MAX_BYTES);
        upload.setAcceptedFileTypes(".xlsx", XLSX);
        var i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("upload.add")).setMany(getTranslation("upload.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("upload.drop")).setMany(getTranslation("upload.drop")));
        i18n.setError(new UploadI18N.Error()
                .setFileIsTooBig(getTranslation("excel.error.tooLarge", ExcelExchange.MAX_BYTES / 1024 / 1024))
                .setIncorrectFileType(getTranslation("excel.error.file")));
        upload.setI18n(i18n);

        result.setId("exchange-result");
        errors.setId("exchange-errors");
        errors.addColumn(ExcelExchange.RowError::sheet).setHeader(getTranslation("exchange.col.sheet")).setAutoWidth(true);
        errors.addColumn(ExcelExchange.RowError::row).setHeader(getTranslation("exchange.col.row")).setAutoWidth(true);
        errors.addColumn(ExcelExchange.RowError::column).setHeader(getTranslation("exchange.col.column")).setAutoWidth(true);
        errors.addColumn(ExcelExchange.RowError::message).setHeader(getTranslation("exchange.col.message"))
                .setFlexGrow(3).setTooltipGenerator(ExcelExchange.RowError::message);
        errors.setAllRowsVisible(true);
        errors.setVisible(false);

        add(new H2(getTranslation("exchange.title")), new Paragraph(getTranslation("exchange.intro")), links,
                new Paragraph(getTranslation("exchange.upload", ExcelExchange.MAX_BYTES / 1024 / 1024)), upload, result,
                errors);
    }

    private void failed(String message) {
        result.setText(message);
        result.setClassName("jigai-result failed");
        errors.setVisible(false);
    }

    void show(ExcelExchange.Result imported) {
        var c = imported.created();
        var u = imported.updated();
        var n = imported.unchanged();
        result.setText(getTranslation("exchange.result", c.organizations(), c.solutions(), c.needs(),
                u.organizations(), u.solutions(), u.needs(), n.organizations() + n.solutions() + n.needs())
                + " " + (imported.errors().isEmpty() ? getTranslation("exchange.noErrors")
                        : getTranslation("exchange.errors", imported.errors().stream()
                                .map(e -> e.sheet() + "/" + e.row()).distinct().count())));
        result.setClassName(imported.errors().isEmpty() ? "jigai-result ok" : "jigai-result partly");
        errors.setItems(imported.errors());
        errors.setVisible(!imported.errors().isEmpty());
    }

    private Anchor download(Supplier<byte[]> content, String fileName, String labelKey, VaadinIcon icon) {
        var anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, XLSX, bytes.length);
        }), "");
        var button = new Button(getTranslation(labelKey), icon.create());
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        anchor.add(button);
        return anchor;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.exchange") + " | " + getTranslation("app.name");
    }
}
