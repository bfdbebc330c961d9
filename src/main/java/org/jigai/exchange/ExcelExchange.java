package org.jigai.exchange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jigai.account.AccountService;
import org.jigai.account.OrganizationInfo;
import org.jigai.account.Role;
import org.jigai.base.Checks;
import org.jigai.base.Direction;
import org.jigai.base.Industry;
import org.jigai.base.InvalidInputException;
import org.jigai.base.Labeled;
import org.jigai.base.Region;
import org.jigai.base.ServiceCategory;
import org.jigai.base.Translations;
import org.jigai.need.NeedService;
import org.jigai.need.NeedSummary;
import org.jigai.provider.ProviderService;
import org.jigai.provider.SolutionFilter;
import org.jigai.provider.SolutionService;
import org.jigai.provider.SolutionSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The bureau's spreadsheet exchange: a template with the codes of DOMAIN.md as drop-downs, an export in the same
 * layout, and an import that reads it back through {@link ImportService} and reports every refused record by sheet,
 * row and column. Sheets are recognised by position and columns by position, so a template downloaded in English
 * reads back the same.
 */
@Service
public class ExcelExchange {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    public static final int MAX_ROWS = 5_000;
    /** How many cells a multi-valued code field (industries, directions, categories) offers. */
    static final int CODE_CELLS = 3;
    private static final int EXPORT_PAGE = 500;
    private static final String CODES_SHEET = "codes";
    private static final int HELP_LINES = 8;
    private static final String LIST_SEPARATOR = "、";

    private final ImportService imports;
    private final AccountService accounts;
    private final ProviderService providers;
    private final SolutionService solutions;
    private final NeedService needs;
    private final Translations translations;

    ExcelExchange(ImportService imports, AccountService accounts, ProviderService providers, SolutionService solutions,
            NeedService needs, Translations translations) {
        this.imports = imports;
        this.accounts = accounts;
        this.providers = providers;
        this.solutions = solutions;
        this.needs = needs;
        this.translations = translations;
    }

    /** A drop-down list: its name in the workbook, and the options as "label CODE". */
    private record CodeList(String name, Map<String, String> codeByOption) {}

    /** One column: the import field it feeds, its header key, and its drop-down if it has one. */
    private record Column(String field, String headerKey, @Nullable CodeList codes, boolean required) {}

    private enum Kind { ORGANIZATIONS, SOLUTIONS, NEEDS }

    /** A refused row: the sheet and row as Excel shows them, the column header, and the reason in Chinese. */
    public record RowError(String sheet, int row, String column, String message) {}

    public record Result(ImportResponse.Counts created, ImportResponse.Counts updated, ImportResponse.Counts unchanged,
            List<RowError> errors) {}

    // ---------------------------------------------------------------------------------------------------- writing

    @PreAuthorize("hasAnyRole('BUREAU','ADMIN')")
    public byte[] template() {
        return write(false);
    }

    /** Every organisation, published solution and need the caller may see, in the template's layout. */
    @PreAuthorize("hasAnyRole('BUREAU','ADMIN')")
    public byte[] export() {
        return write(true);
    }

    private byte[] write(boolean withData) {
        var lists = codeLists();
        try (var workbook = new SXSSFWorkbook(200); var out = new ByteArrayOutputStream()) {
            CellStyle header = headerStyle(workbook);
            Map<Kind, Sheet> sheets = new LinkedHashMap<>();
            for (Kind kind : Kind.values()) {
                sheets.put(kind, workbook.createSheet(sheetName(kind)));
            }
            writeHelp(workbook.createSheet(translations.get("excel.sheet.help")));
            writeCodes(workbook, lists);
            for (var entry : sheets.entrySet()) {
                Sheet sheet = entry.getValue();
                List<Column> columns = columns(entry.getKey(), lists);
                Row row = sheet.createRow(0);
                for (int c = 0; c < columns.size(); c++) {
                    Column column = columns.get(c);
                    Cell cell = row.createCell(c);
                    cell.setCellValue(translations.get(column.headerKey()) + (column.required() ? " *" : ""));
                    cell.setCellStyle(header);
                    sheet.setColumnWidth(c, column.field().equals("description") ? 60 * 256 : 18 * 256);
                    if (column.codes() != null) {
                        var helper = sheet.getDataValidationHelper();
                        var validation = helper.createValidation(helper.createFormulaListConstraint(column.codes().name()),
                                new CellRangeAddressList(1, MAX_ROWS, c, c));
                        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
                        validation.setShowErrorBox(true);
                        validation.createErrorBox(translations.get("excel.dropdown.title"),
                                translations.get("excel.dropdown.message"));
                        sheet.addValidationData(validation);
                    }
                }
                sheet.createFreezePane(0, 1);
            }
            if (withData) {
                writeOrganizations(sheets.get(Kind.ORGANIZATIONS), lists);
                writeSolutions(sheets.get(Kind.SOLUTIONS), lists);
                writeNeeds(sheets.get(Kind.NEEDS), lists);
            }
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeOrganizations(Sheet sheet, Map<String, CodeList> lists) {
        int[] next = {1};
        pages(accounts::listOrganizations, page -> {
            var providerIds = page.stream().filter(o -> o.type() == Role.PROVIDER).map(OrganizationInfo::id).toList();
            Map<Long, Set<ServiceCategory>> categories = providers.categories(providerIds);
            for (OrganizationInfo o : page) {
                if (o.type() != Role.ENTERPRISE && o.type() != Role.PROVIDER) {
                    continue;
                }
                var values = new ArrayList<@Nullable String>();
                values.add(o.ref());
                values.add(option(lists.get("types"), o.type().name()));
                values.add(o.name());
                values.add(o.creditCode());
                values.add(option(lists.get("regions"), o.region()));
                values.addAll(options(lists.get("industries"), o.industries()));
                values.addAll(options(lists.get("categories"), categories.getOrDefault(o.id(), Set.of())));
                values.add(o.description());
                writeRow(sheet, next[0]++, values);
            }
        });
    }

    private void writeSolutions(Sheet sheet, Map<String, CodeList> lists) {
        int[] next = {1};
        Map<Long, @Nullable String> refs = new HashMap<>();
        pages(solutions::visible, page -> {
            refs.putAll(orgRefs(page.stream().map(SolutionSummary::organizationId).toList(), refs));
            for (SolutionSummary s : page) {
                var values = new ArrayList<@Nullable String>();
                values.add(s.ref());
                values.add(refs.get(s.organizationId()));
                values.add(s.title());
                values.add(s.description());
                values.addAll(options(lists.get("industries"), s.industries()));
                values.addAll(options(lists.get("directions"), s.directions()));
                values.addAll(options(lists.get("categories"), s.categories()));
                values.add(plain(s.priceMinWan()));
                values.add(plain(s.priceMaxWan()));
                values.add(s.deliveryWeeks() == null ? null : s.deliveryWeeks().toString());
                values.add(s.tags());
                writeRow(sheet, next[0]++, values);
            }
        });
    }

    private void writeNeeds(Sheet sheet, Map<String, CodeList> lists) {
        int[] next = {1};
        Map<Long, @Nullable String> refs = new HashMap<>();
        pages(needs::visible, page -> {
            refs.putAll(orgRefs(page.stream().map(NeedSummary::organizationId).toList(), refs));
            for (NeedSummary n : page) {
                var values = new ArrayList<@Nullable String>();
                values.add(n.ref());
                values.add(refs.get(n.organizationId()));
                values.add(n.title());
                values.add(n.description());
                values.add(n.industry() == null ? null : option(lists.get("industries"), n.industry().name()));
                values.addAll(options(lists.get("directions"), n.directions()));
                values.add(n.region() == null ? null : option(lists.get("regions"), n.region()));
                values.add(plain(n.budgetMaxWan() != null ? n.budgetMaxWan() : n.budgetMinWan()));
                writeRow(sheet, next[0]++, values);
            }
        });
    }

    private Map<Long, @Nullable String> orgRefs(List<Long> ids, Map<Long, @Nullable String> known) {
        var missing = ids.stream().filter(id -> !known.containsKey(id)).collect(java.util.stream.Collectors.toSet());
        Map<Long, @Nullable String> refs = new HashMap<>();
        accounts.organizations(missing).forEach((id, info) -> refs.put(id, info.ref()));
        return refs;
    }

    private static <T> void pages(Function<Pageable, Page<T>> source, java.util.function.Consumer<List<T>> sink) {
        Page<T> page = source.apply(PageRequest.of(0, EXPORT_PAGE));
        while (true) {
            sink.accept(page.getContent());
            if (!page.hasNext()) {
                return;
            }
            page = source.apply(page.nextPageable());
        }
    }

    private static void writeRow(Sheet sheet, int index, List<@Nullable String> values) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < values.size(); c++) {
            String value = values.get(c);
            if (value != null) {
                row.createCell(c).setCellValue(value);
            }
        }
    }

    private void writeHelp(Sheet sheet) {
        sheet.setColumnWidth(0, 110 * 256);
        for (int i = 1; i <= HELP_LINES; i++) {
            sheet.createRow(i - 1).createCell(0).setCellValue(translations.get("excel.help." + i));
        }
    }

    private static void writeCodes(Workbook workbook, Map<String, CodeList> lists) {
        Sheet sheet = workbook.createSheet(CODES_SHEET);
        int column = 0;
        for (CodeList list : lists.values()) {
            int r = 0;
            for (String option : list.codeByOption().keySet()) {
                Row row = sheet.getRow(r) != null ? sheet.getRow(r) : sheet.createRow(r);
                row.createCell(column).setCellValue(option);
                r++;
            }
            var name = workbook.createName();
            name.setNameName(list.name());
            String letter = org.apache.poi.ss.util.CellReference.convertNumToColString(column);
            name.setRefersToFormula(CODES_SHEET + "!$" + letter + "$1:$" + letter + "$" + r);
            column++;
        }
        workbook.setSheetHidden(workbook.getSheetIndex(sheet), true);
    }

    private static CellStyle headerStyle(Workbook workbook) {
        CellStyle style = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        style.setFont(bold);
        style.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setBorderBottom(BorderStyle.THIN);
        return style;
    }

    private static @Nullable String plain(@Nullable BigDecimal amount) {
        return amount == null ? null : amount.stripTrailingZeros().toPlainString();
    }

    private static @Nullable String option(CodeList list, String code) {
        return list.codeByOption().entrySet().stream().filter(e -> e.getValue().equals(code)).map(Map.Entry::getKey)
                .findFirst().orElse(code);
    }

    private static List<@Nullable String> options(CodeList list, Set<? extends Enum<?>> codes) {
        List<String> all = codes.stream().sorted().map(code -> option(list, code.name())).toList();
        var values = new ArrayList<@Nullable String>();
        for (int i = 0; i < CODE_CELLS; i++) {
            if (i >= all.size()) {
                values.add(null);
            } else if (i == CODE_CELLS - 1) {
                // more codes than cells: the last cell lists the rest, so an export reads back without a loss
                values.add(String.join(LIST_SEPARATOR, all.subList(i, all.size())));
            } else {
                values.add(all.get(i));
            }
        }
        return values;
    }

    // ---------------------------------------------------------------------------------------------------- reading

    /**
     * Reads a workbook in the template's layout and imports its records: organisations first, then solutions, then
     * needs. A row that cannot be read (a number that is not a number, a missing ref) is reported and skipped;
     * everything else is judged by the same rules as the REST import.
     */
    @PreAuthorize("hasAnyRole('BUREAU','ADMIN')")
    public Result importWorkbook(byte[] data) {
        if (data.length > MAX_BYTES) {
            throw InvalidInputException.of("file", "excel.error.tooLarge", MAX_BYTES / 1024 / 1024);
        }
        var lists = codeLists();
        var errors = new ArrayList<RowError>();
        var created = new int[3];
        var updated = new int[3];
        var unchanged = new int[3];
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(data))) {
            if (workbook.getNumberOfSheets() < Kind.values().length) {
                throw InvalidInputException.of("file", "excel.error.layout");
            }
            for (Kind kind : Kind.values()) {
                var sheet = workbook.getSheetAt(kind.ordinal());
                if (sheet.getLastRowNum() > MAX_ROWS) {
                    throw InvalidInputException.of("file", "excel.error.tooManyRows", sheet.getSheetName(), MAX_ROWS);
                }
                var read = read(kind, sheet, columns(kind, lists), errors);
                var response = imports.importAll(read.request());
                add(created, response.created());
                add(updated, response.updated());
                add(unchanged, response.unchanged());
                for (var error : response.errors()) {
                    Integer row = read.rowByRef().get(error.ref());
                    errors.add(new RowError(sheet.getSheetName(), row == null ? 0 : row,
                            header(columns(kind, lists), error.field()), error.message()));
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
        errors.sort(java.util.Comparator.comparing(RowError::sheet, sheetOrder()).thenComparingInt(RowError::row));
        return new Result(counts(created), counts(updated), counts(unchanged), List.copyOf(errors));
    }

    private java.util.Comparator<String> sheetOrder() {
        List<String> order = Arrays.stream(Kind.values()).map(this::sheetName).toList();
        return java.util.Comparator.comparingInt(name -> order.indexOf(name) < 0 ? 99 : order.indexOf(name));
    }

    private record Read(ImportRequest request, Map<String, Integer> rowByRef) {}

    private Read read(Kind kind, Sheet sheet, List<Column> columns, List<RowError> errors) {
        var formatter = new DataFormatter(Locale.ROOT);
        var rowByRef = new HashMap<String, Integer>();
        var organizations = new ArrayList<ImportRequest.OrganizationRecord>();
        var solutionRecords = new ArrayList<ImportRequest.SolutionRecord>();
        var needRecords = new ArrayList<ImportRequest.NeedRecord>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            var cells = new ArrayList<@Nullable String>();
            boolean blank = true;
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = row.getCell(c);
                String text = cell == null ? "" : formatter.formatCellValue(cell).strip();
                cells.add(text.isEmpty() ? null : text);
                blank &= text.isEmpty();
            }
            if (blank) {
                continue;
            }
            int shown = r + 1;
            var cellsOf = new Cells(columns, cells, lists(columns));
            String ref = cells.getFirst();
            if (ref == null) {
                errors.add(new RowError(sheet.getSheetName(), shown, header(columns, "ref"),
                        translations.get("excel.error.ref")));
                continue;
            }
            if (rowByRef.containsKey(ref)) {
                errors.add(new RowError(sheet.getSheetName(), shown, header(columns, "ref"),
                        translations.get("excel.error.duplicate", rowByRef.get(ref))));
                continue;
            }
            try {
                switch (kind) {
                    case ORGANIZATIONS -> organizations.add(new ImportRequest.OrganizationRecord(ref,
                            cellsOf.code("type"), cellsOf.text("name"), cellsOf.text("uscc"), cellsOf.code("region"),
                            cellsOf.codes("categories"), cellsOf.codes("industries"), cellsOf.text("description")));
                    case SOLUTIONS -> solutionRecords.add(new ImportRequest.SolutionRecord(ref,
                            cellsOf.text("providerRef"), cellsOf.text("title"), cellsOf.text("description"),
                            cellsOf.codes("industries"), cellsOf.codes("directions"), cellsOf.codes("categories"),
                            cellsOf.amount("priceMinWan"), cellsOf.amount("priceMaxWan"),
                            cellsOf.whole("deliveryWeeks"), cellsOf.text("tags")));
                    case NEEDS -> needRecords.add(new ImportRequest.NeedRecord(ref, cellsOf.text("enterpriseRef"),
                            cellsOf.text("title"), cellsOf.text("description"), cellsOf.code("industry"),
                            cellsOf.codes("directions"), cellsOf.code("region"), cellsOf.amount("budgetWan")));
                }
                rowByRef.put(ref, shown);
            } catch (InvalidInputException invalid) {
                invalid.problems().forEach((field, problem) -> errors.add(new RowError(sheet.getSheetName(), shown,
                        header(columns, field), translations.get(problem.key(), problem.args()))));
            }
        }
        return new Read(new ImportRequest(organizations, solutionRecords, needRecords), rowByRef);
    }

    private static Map<String, CodeList> lists(List<Column> columns) {
        Map<String, CodeList> byField = new HashMap<>();
        columns.stream().filter(c -> c.codes() != null).forEach(c -> byField.put(c.field(), c.codes()));
        return byField;
    }

    /** The cells of one row, by import field. */
    private static final class Cells {
        private final List<Column> columns;
        private final List<@Nullable String> values;
        private final Map<String, CodeList> lists;

        Cells(List<Column> columns, List<@Nullable String> values, Map<String, CodeList> lists) {
            this.columns = columns;
            this.values = values;
            this.lists = lists;
        }

        @Nullable String text(String field) {
            for (int c = 0; c < columns.size(); c++) {
                if (columns.get(c).field().equals(field)) {
                    return values.get(c);
                }
            }
            return null;
        }

        /** A code from its column's drop-down list: the code, the label or 「label CODE」 (黄岛区, 370211, 黄岛区 370211). */
        @Nullable String code(String field) {
            String text = text(field);
            return text == null ? null : resolve(text, list(field));
        }

        private @Nullable CodeList list(String field) {
            return columns.stream().filter(c -> c.field().equals(field) && c.codes() != null).map(Column::codes)
                    .findFirst().orElse(lists.get(field));
        }

        List<String> codes(String field) {
            var found = new ArrayList<String>();
            for (int c = 0; c < columns.size(); c++) {
                if (columns.get(c).field().equals(field) && values.get(c) != null) {
                    for (String part : values.get(c).split("[、,，;；\\n]")) {
                        String code = part.isBlank() ? null : resolve(part.strip(), list(field));
                        if (code != null && !found.contains(code)) {
                            found.add(code);
                        }
                    }
                }
            }
            return found;
        }

        @Nullable BigDecimal amount(String field) {
            String text = text(field);
            if (text == null) {
                return null;
            }
            BigDecimal number = Checks.parseNumber(text);
            if (number == null) {
                throw InvalidInputException.of(field, "excel.error.number", text);
            }
            return number;
        }

        @Nullable Integer whole(String field) {
            BigDecimal amount = amount(field);
            if (amount == null) {
                return null;
            }
            try {
                return amount.intValueExact();
            } catch (ArithmeticException e) {
                throw InvalidInputException.of(field, "excel.error.whole", text(field));
            }
        }

        /** The code of a cell: the code itself, an option "label CODE", or the label alone; else the text as is. */
        /** A label and the names it holds: 「黄岛区（西海岸新区）」 is also 黄岛区 and 西海岸新区. */
        private static Set<String> names(String label) {
            int open = label.indexOf('（');
            int close = label.indexOf('）', open + 1);
            if (open <= 0 || close < 0) {
                return Set.of(label);
            }
            return Set.of(label, label.substring(0, open).strip(), label.substring(open + 1, close).strip());
        }

        private static String resolve(String text, @Nullable CodeList list) {
            if (list == null) {
                return text;
            }
            var codes = Set.copyOf(list.codeByOption().values());
            String upper = text.toUpperCase(Locale.ROOT);
            if (codes.contains(upper)) {
                return upper;
            }
            String mapped = list.codeByOption().get(text);
            if (mapped != null) {
                return mapped;
            }
            for (String token : text.split("\\s+")) {
                if (codes.contains(token.toUpperCase(Locale.ROOT))) {
                    return token.toUpperCase(Locale.ROOT);
                }
            }
            for (var entry : list.codeByOption().entrySet()) {
                String label = entry.getKey().substring(0, entry.getKey().lastIndexOf(' ')).replace('\u00a0', ' ');
                if (names(label).contains(text.strip())) {
                    return entry.getValue();
                }
            }
            return text;
        }
    }

    // ---------------------------------------------------------------------------------------------------- layout

    private Map<String, CodeList> codeLists() {
        Map<String, CodeList> lists = new LinkedHashMap<>();
        var types = new LinkedHashMap<String, String>();
        for (Role type : List.of(Role.ENTERPRISE, Role.PROVIDER)) {
            types.put(translations.get("role." + type.name()) + " " + type.name(), type.name());
        }
        lists.put("types", new CodeList("types", types));
        lists.put("regions", new CodeList("regions", labeled(Region.all(), Region::code)));
        lists.put("industries", new CodeList("industries", labeled(List.of(Industry.values()), Enum::name)));
        lists.put("directions", new CodeList("directions", labeled(List.of(Direction.values()), Enum::name)));
        lists.put("categories", new CodeList("categories", labeled(List.of(ServiceCategory.values()), Enum::name)));
        return lists;
    }

    private <T extends Labeled> Map<String, String> labeled(List<T> values, Function<T, String> code) {
        var options = new LinkedHashMap<String, String>();
        for (T value : values) {
            options.put(translations.get(value.labelKey()).replace(' ', '\u00a0') + " " + code.apply(value),
                    code.apply(value));
        }
        return options;
    }

    private List<Column> columns(Kind kind, Map<String, CodeList> lists) {
        var columns = new ArrayList<Column>();
        columns.add(new Column("ref", "excel.col.ref", null, true));
        switch (kind) {
            case ORGANIZATIONS -> {
                columns.add(new Column("type", "excel.col.type", lists.get("types"), true));
                columns.add(new Column("name", "excel.col.name", null, true));
                columns.add(new Column("uscc", "excel.col.uscc", null, true));
                columns.add(new Column("region", "excel.col.region", lists.get("regions"), true));
                repeat(columns, "industries", "excel.col.industry", lists.get("industries"));
                repeat(columns, "categories", "excel.col.category", lists.get("categories"));
                columns.add(new Column("description", "excel.col.description", null, false));
            }
            case SOLUTIONS -> {
                columns.add(new Column("providerRef", "excel.col.providerRef", null, true));
                columns.add(new Column("title", "excel.col.title", null, true));
                columns.add(new Column("description", "excel.col.description", null, true));
                repeat(columns, "industries", "excel.col.industry", lists.get("industries"));
                repeat(columns, "directions", "excel.col.direction", lists.get("directions"));
                repeat(columns, "categories", "excel.col.category", lists.get("categories"));
                columns.add(new Column("priceMinWan", "excel.col.priceMin", null, false));
                columns.add(new Column("priceMaxWan", "excel.col.priceMax", null, false));
                columns.add(new Column("deliveryWeeks", "excel.col.deliveryWeeks", null, false));
                columns.add(new Column("tags", "excel.col.tags", null, false));
            }
            case NEEDS -> {
                columns.add(new Column("enterpriseRef", "excel.col.enterpriseRef", null, true));
                columns.add(new Column("title", "excel.col.title", null, true));
                columns.add(new Column("description", "excel.col.description", null, true));
                columns.add(new Column("industry", "excel.col.industry", lists.get("industries"), true));
                repeat(columns, "directions", "excel.col.direction", lists.get("directions"));
                columns.add(new Column("region", "excel.col.region", lists.get("regions"), true));
                columns.add(new Column("budgetWan", "excel.col.budget", null, false));
            }
        }
        return columns;
    }

    private static void repeat(List<Column> columns, String field, String headerKey, CodeList codes) {
        for (int i = 0; i < CODE_CELLS; i++) {
            columns.add(new Column(field, headerKey, codes, false));
        }
    }

    /** The header a field's error belongs under; fields the sheet has no column for (budget range) map to theirs. */
    private String header(List<Column> columns, String field) {
        String base = switch (field) {
            case "budgetMinWan", "budgetMaxWan" -> "budgetWan";
            case "creditCode" -> "uscc";
            case "organizationName" -> "name";
            default -> field;
        };
        return columns.stream().filter(c -> c.field().equals(base)).findFirst()
                .map(c -> translations.get(c.headerKey())).orElse(field);
    }

    private String sheetName(Kind kind) {
        return translations.get("excel.sheet." + kind.name().toLowerCase(Locale.ROOT));
    }

    private static void add(int[] counts, ImportResponse.Counts c) {
        counts[0] += c.organizations();
        counts[1] += c.solutions();
        counts[2] += c.needs();
    }

    private static ImportResponse.Counts counts(int[] c) {
        return new ImportResponse.Counts(c[0], c[1], c[2]);
    }
}
