package org.jigai.pool;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jigai.base.Formats;
import org.jigai.base.Region;
import org.jigai.base.ServiceCategory;
import org.jigai.base.Translations;
import org.springframework.stereotype.Component;

/**
 * The public member list of one category as an xlsx sheet (序号 · 服务商 · 统一社会信用代码 · 所在地区 · 服务行业 ·
 * 入库年度 · 类别 · 入库日期): what anyone may read on {@code /pool}, never contact details.
 */
@Component
public class PoolSheets {

    private final PoolService pool;
    private final Translations translations;

    PoolSheets(PoolService pool, Translations translations) {
        this.pool = pool;
        this.translations = translations;
    }

    /** The members of the category on the day (the current pool year's); an empty sheet with headers when none. */
    public byte[] members(ServiceCategory category, LocalDate day, Locale locale) {
        List<Member> members = pool.members(day).getOrDefault(category, List.of());
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(translations.get(locale, category.labelKey()).replaceAll("[\\\\/?*\\[\\]:]", " "));
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle header = workbook.createCellStyle();
            var bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            String[] heads = {"pool.sheet.number", "pool.sheet.name", "pool.sheet.creditCode", "pool.sheet.region",
                    "pool.sheet.industries", "pool.sheet.year", "pool.sheet.category", "pool.sheet.approved"};
            Row head = sheet.createRow(0);
            for (int i = 0; i < heads.length; i++) {
                var cell = head.createCell(i);
                cell.setCellValue(translations.get(locale, heads[i]));
                cell.setCellStyle(header);
            }
            sheet.createFreezePane(2, 1);
            int r = 1;
            for (Member m : members) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(r);
                row.createCell(1).setCellValue(m.name());
                row.createCell(2).setCellValue(m.creditCode());
                row.createCell(3).setCellValue(Region.ofCode(m.region())
                        .map(x -> translations.get(locale, x.labelKey())).orElse(m.region()));
                row.createCell(4).setCellValue(m.industries().stream().sorted()
                        .map(i -> translations.get(locale, i.labelKey()))
                        .collect(Collectors.joining(translations.get(locale, "list.separator"))));
                row.createCell(5).setCellValue(m.year());
                row.createCell(6).setCellValue(translations.get(locale, m.category().labelKey()));
                var approved = row.createCell(7);
                approved.setCellValue(LocalDate.ofInstant(m.approvedAt(), Formats.ZONE));
                approved.setCellStyle(date);
                r++;
            }
            int[] widths = {6, 36, 22, 16, 30, 10, 16, 12};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 「2026年度资源池-诊断咨询.xlsx」 */
    public String fileName(ServiceCategory category, LocalDate day, Locale locale) {
        return translations.get(locale, "pool.sheet.file", day.getYear(), translations.get(locale, category.labelKey()))
                + ".xlsx";
    }
}
