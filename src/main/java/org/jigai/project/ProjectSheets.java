package org.jigai.project;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jigai.base.Direction;
import org.jigai.base.Industry;
import org.jigai.base.InvalidInputException;
import org.jigai.base.Labeled;
import org.jigai.base.Region;
import org.jigai.base.Translations;
import org.jigai.base.Upsert;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The library as a spreadsheet in the one-row-per-project layout of a provincial scheduling report (调度表): the
 * project's facts, its stage and actual dates, the latest report's period with the investment made in it and the
 * cumulative one, progress, problems and whether a report is overdue. The same layout reads back: a row is matched by
 * its filing number, else its project ref, and upserted through {@link ProjectService#importProject}; every refused
 * row is reported with its row number, column and message, the others are saved. Codes may be written as labels in
 * either language or as the codes of DOMAIN.md.
 */
@Service
public class ProjectSheets {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    public static final int MAX_ROWS = 5_000;

    /** The columns, in order; those marked {@code read} are read back by the import. */
    enum Column {
        REF("ref", true), FILING_NUMBER("filingNumber", true), NAME("name", true), ENTERPRISE("enterpriseName", false),
        CREDIT_CODE("enterpriseCreditCode", true), REGION("region", true), INDUSTRY("industry", true),
        DIRECTIONS("directions", true), TOTAL("totalInvestmentWan", true), EQUIPMENT("equipmentInvestmentWan", true),
        PLANNED_START("plannedStart", true), PLANNED_COMPLETION("plannedCompletion", true),
        PLANNED_PRODUCTION("plannedProduction", true), STAGE("stage", true), ACTUAL_START("actualStart", true),
        ACTUAL_COMPLETION("actualCompletion", true), ACTUAL_PRODUCTION("actualProduction", true),
        YEAR("libraryYear", true), PERIOD("period", false), PERIOD_INVESTED("periodInvestedWan", false),
        INVESTED("investedWan", true), SHARE("investedShare", false), PERCENT("percentComplete", true),
        PROBLEMS("problems", false), OVERDUE("overdue", false), DUE("oldestMissingDue", false);

        final String field;
        final boolean read;

        Column(String field, boolean read) {
            this.field = field;
            this.read = read;
        }

        String headerKey() {
            return "project.sheet." + field;
        }
    }

    public record RowError(int row, String column, String message) {}

    public record Result(int created, int updated, int unchanged, List<RowError> errors) {}

    private final ProjectService projects;
    private final Translations translations;

    ProjectSheets(ProjectService projects, Translations translations) {
        this.projects = projects;
        this.translations = translations;
    }

    @PreAuthorize("hasAnyRole('BUREAU','ADMIN')")
    public byte[] export(LibraryFilter filter, Locale locale) {
        return write(projects.exportRows(filter), locale);
    }

    /** The layout with its headers and no project: what a library kept elsewhere is copied into for the import. */
    @PreAuthorize("hasAnyRole('BUREAU','ADMIN')")
    public byte[] template(Locale locale) {
        return write(List.of(), locale);
    }

    private byte[] write(List<ProjectService.ExportRow> rows, Locale locale) {
        try (var workbook = new SXSSFWorkbook(200); var out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(translations.get(locale, "project.sheet.title"));
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle header = workbook.createCellStyle();
            var bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            Row head = sheet.createRow(0);
            for (Column c : Column.values()) {
                Cell cell = head.createCell(c.ordinal());
                cell.setCellValue(translations.get(locale, c.headerKey()));
                cell.setCellStyle(header);
            }
            sheet.createFreezePane(3, 1);
            int r = 1;
            for (var row : rows) {
                write(sheet.createRow(r++), row, date, locale);
            }
            for (Column c : Column.values()) {
                sheet.setColumnWidth(c.ordinal(), (c == Column.NAME || c == Column.ENTERPRISE || c == Column.PROBLEMS
                        ? 30 : 14) * 256);
            }
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(Row row, ProjectService.ExportRow e, CellStyle date, Locale locale) {
        var s = e.summary();
        text(row, Column.REF, s.ref());
        text(row, Column.FILING_NUMBER, s.filingNumber());
        text(row, Column.NAME, s.name());
        text(row, Column.ENTERPRISE, s.enterpriseName());
        text(row, Column.CREDIT_CODE, e.creditCode());
        text(row, Column.REGION, Region.ofCode(s.region()).map(x -> label(x, locale)).orElse(s.region()));
        text(row, Column.INDUSTRY, label(s.industry(), locale));
        text(row, Column.DIRECTIONS, e.directions().stream().sorted().map(d -> label(d, locale))
                .collect(Collectors.joining(translations.get(locale, "list.separator"))));
        number(row, Column.TOTAL, s.totalInvestmentWan());
        number(row, Column.EQUIPMENT, s.equipmentInvestmentWan());
        date(row, Column.PLANNED_START, e.plannedStart(), date);
        date(row, Column.PLANNED_COMPLETION, s.plannedCompletion(), date);
        date(row, Column.PLANNED_PRODUCTION, e.plannedProduction(), date);
        text(row, Column.STAGE, label(s.stage(), locale));
        date(row, Column.ACTUAL_START, s.actualStart(), date);
        date(row, Column.ACTUAL_COMPLETION, s.actualCompletion(), date);
        date(row, Column.ACTUAL_PRODUCTION, s.actualProduction(), date);
        row.createCell(Column.YEAR.ordinal()).setCellValue(s.libraryYear());
        if (e.periodStart() != null && e.periodEnd() != null) {
            text(row, Column.PERIOD, e.periodStart() + "~" + e.periodEnd());
        }
        number(row, Column.PERIOD_INVESTED, e.periodInvestedWan());
        number(row, Column.INVESTED, s.investedWan());
        if (s.investedWan() != null && s.totalInvestmentWan().signum() > 0) {
            number(row, Column.SHARE, s.investedWan().multiply(BigDecimal.valueOf(100))
                    .divide(s.totalInvestmentWan(), 1, RoundingMode.HALF_UP));
        }
        if (s.percentComplete() != null) {
            row.createCell(Column.PERCENT.ordinal()).setCellValue(s.percentComplete());
        }
        if (e.problems() != null && !e.problems().isEmpty()) {
            text(row, Column.PROBLEMS, e.problems().stream()
                    .map(p -> translations.get(locale, "project.problem.line", label(p.kind(), locale),
                            p.description()))
                    .collect(Collectors.joining("\n")));
        }
        text(row, Column.OVERDUE, translations.get(locale, s.overdue() ? "project.sheet.yes" : "project.sheet.no"));
        date(row, Column.DUE, s.oldestMissingDue(), date);
    }

    private String label(Labeled code, Locale locale) {
        return translations.get(locale, code.labelKey());
    }

    private static void text(Row row, Column c, @Nullable String value) {
        if (value != null && !value.isEmpty()) {
            row.createCell(c.ordinal()).setCellValue(value);
        }
    }

    private static void number(Row row, Column c, @Nullable BigDecimal value) {
        if (value != null) {
            row.createCell(c.ordinal()).setCellValue(value.doubleValue());
        }
    }

    private static void date(Row row, Column c, @Nullable LocalDate value, CellStyle style) {
        if (value != null) {
            Cell cell = row.createCell(c.ordinal());
            cell.setCellValue(value);
            cell.setCellStyle(style);
        }
    }

    // ------------------------------------------------------------------ import

    /** Reads the export's layout back; each row is saved or refused on its own. */
    @PreAuthorize("hasAnyRole('BUREAU','ADMIN')")
    public Result importWorkbook(byte[] data, Locale locale) {
        if (data.length > MAX_BYTES) {
            throw InvalidInputException.of("file", "excel.error.tooLarge", MAX_BYTES / 1024 / 1024);
        }
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        var errors = new ArrayList<RowError>();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(data))) {
            Sheet sheet = workbook.getSheetAt(0);
            if (!layoutOf(sheet)) {
                throw InvalidInputException.of("file", "project.error.layout");
            }
            if (sheet.getLastRowNum() > MAX_ROWS) {
                throw InvalidInputException.of("file", "excel.error.tooManyRows", sheet.getSheetName(), MAX_ROWS);
            }
            var formatter = new DataFormatter(Locale.ROOT);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || blank(row, formatter)) {
                    continue;
                }
                var cells = new Cells(row, formatter);
                try {
                    var imported = cells.project();
                    switch (projects.importProject(imported)) {
                        case CREATED -> created++;
                        case UPDATED -> updated++;
                        case UNCHANGED -> unchanged++;
                    }
                } catch (InvalidInputException invalid) {
                    for (var problem : invalid.problems().entrySet()) {
                        errors.add(new RowError(r + 1, header(problem.getKey(), locale),
                                translations.get(locale, problem.getValue().key(), problem.getValue().args())));
                    }
                } catch (org.springframework.security.access.AccessDeniedException denied) {
                    throw denied;
                } catch (RuntimeException failed) {
                    // a row that could not be saved (a concurrent change): said, and the others go on
                    errors.add(new RowError(r + 1, "", translations.get(locale, "project.error.rowFailed")));
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            if (e instanceof org.springframework.security.access.AccessDeniedException denied) {
                throw denied;
            }
            throw InvalidInputException.of("file", "excel.error.file");
        }
        return new Result(created, updated, unchanged, List.copyOf(errors));
    }

    /** Whether the first row carries the layout's first headers in either language. */
    private boolean layoutOf(Sheet sheet) {
        Row head = sheet.getRow(0);
        if (head == null) {
            return false;
        }
        var formatter = new DataFormatter(Locale.ROOT);
        for (Locale l : Translations.LOCALES) {
            if (formatter.formatCellValue(head.getCell(Column.REF.ordinal())).strip()
                    .equals(translations.get(l, Column.REF.headerKey()))
                    && formatter.formatCellValue(head.getCell(Column.NAME.ordinal())).strip()
                            .equals(translations.get(l, Column.NAME.headerKey()))) {
                return true;
            }
        }
        return false;
    }

    private String header(String field, Locale locale) {
        for (Column c : Column.values()) {
            if (c.field.equals(field)) {
                return translations.get(locale, c.headerKey());
            }
        }
        return "";
    }

    private static boolean blank(Row row, DataFormatter formatter) {
        for (Cell cell : row) {
            if (!formatter.formatCellValue(cell).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** One row's cells as values; a cell that cannot be read is a problem of its column. */
    private final class Cells {
        private final Row row;
        private final DataFormatter formatter;
        private final InvalidInputException.Collector problems = new InvalidInputException.Collector();

        Cells(Row row, DataFormatter formatter) {
            this.row = row;
            this.formatter = formatter;
        }

        ProjectService.ImportedProject project() {
            var form = new ProjectForm(text(Column.NAME), code(Column.INDUSTRY, Industry.class),
                    codes(Column.DIRECTIONS, Direction.class), region(), number(Column.TOTAL),
                    number(Column.EQUIPMENT), date(Column.PLANNED_START), date(Column.PLANNED_COMPLETION),
                    date(Column.PLANNED_PRODUCTION), text(Column.FILING_NUMBER), null, List.of(), Set.of());
            var imported = new ProjectService.ImportedProject(text(Column.REF), text(Column.CREDIT_CODE), form,
                    code(Column.STAGE, ProjectStage.class), date(Column.ACTUAL_START), date(Column.ACTUAL_COMPLETION),
                    date(Column.ACTUAL_PRODUCTION), whole(Column.YEAR), whole(Column.PERCENT), number(Column.INVESTED));
            problems.throwIfAny();
            return imported;
        }

        private @Nullable Cell cell(Column c) {
            return row.getCell(c.ordinal());
        }

        @Nullable String text(Column c) {
            Cell cell = cell(c);
            String value = cell == null ? "" : formatter.formatCellValue(cell).strip();
            return value.isEmpty() ? null : value;
        }

        @Nullable BigDecimal number(Column c) {
            Cell cell = cell(c);
            if (cell != null && cell.getCellType() == CellType.NUMERIC) {
                return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros();
            }
            String value = text(c);
            if (value == null) {
                return null;
            }
            BigDecimal number = org.jigai.base.Checks.parseNumber(value);
            if (number == null) {
                problems.add(c.field, "excel.error.number", value);
            }
            return number;
        }

        @Nullable Integer whole(Column c) {
            BigDecimal n = number(c);
            if (n == null) {
                return null;
            }
            try {
                return n.intValueExact();
            } catch (ArithmeticException e) {
                problems.add(c.field, "excel.error.whole", n.toPlainString());
                return null;
            }
        }

        @Nullable LocalDate date(Column c) {
            Cell cell = cell(c);
            if (cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                return cell.getLocalDateTimeCellValue().toLocalDate();
            }
            String value = text(c);
            if (value == null) {
                return null;
            }
            // the ways people write dates, as the date pickers read them (picker.dateFormats): 2026-03-05, 2026/3/5 …
            for (String pattern : translations.get(Translations.CHINESE, "picker.dateFormats").split("\\|")) {
                try {
                    return LocalDate.parse(value, java.time.format.DateTimeFormatter.ofPattern(pattern));
                } catch (DateTimeParseException e) {
                    // the next way of writing it
                }
            }
            problems.add(c.field, "project.error.dateFormat", value);
            return null;
        }

        @Nullable String region() {
            String value = text(Column.REGION);
            if (value == null) {
                return null;
            }
            Optional<Region> found = Region.ofCode(value);
            if (found.isEmpty()) {
                found = Region.all().stream().filter(r -> matches(r, value)).findFirst();
            }
            if (found.isEmpty()) {
                problems.add("region", "project.error.region");
                return null;
            }
            return found.get().code();
        }

        <E extends Enum<E> & Labeled> @Nullable E code(Column c, Class<E> type) {
            String value = text(c);
            if (value == null) {
                return null;
            }
            E found = find(type, value);
            if (found == null) {
                problems.add(c.field, "project.error.code", value);
            }
            return found;
        }

        <E extends Enum<E> & Labeled> Set<E> codes(Column c, Class<E> type) {
            String value = text(c);
            Set<E> found = EnumSet.noneOf(type);
            if (value == null) {
                return found;
            }
            for (String part : value.split("[、,，;；\\n]")) {
                if (part.isBlank()) {
                    continue;
                }
                E code = find(type, part.strip());
                if (code == null) {
                    problems.add(c.field, "project.error.code", part.strip());
                } else {
                    found.add(code);
                }
            }
            return found;
        }

        private <E extends Enum<E> & Labeled> @Nullable E find(Class<E> type, String value) {
            for (E e : type.getEnumConstants()) {
                if (e.name().equalsIgnoreCase(value) || matches(e, value)) {
                    return e;
                }
            }
            return null;
        }

        /** The label in either language, or its short form (「智能化」 for 「智能化/数字化转型」). */
        private boolean matches(Labeled code, String value) {
            for (Locale l : Translations.LOCALES) {
                String label = translations.get(l, code.labelKey());
                String shortForm = label.split("[/／(（]")[0].strip();
                if (label.equalsIgnoreCase(value) || shortForm.equalsIgnoreCase(value)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The headers in the given language, by field (for tests and help texts). */
    Map<String, String> headers(Locale locale) {
        var headers = new LinkedHashMap<String, String>();
        for (Column c : Column.values()) {
            headers.put(c.field, translations.get(locale, c.headerKey()));
        }
        return headers;
    }
}
