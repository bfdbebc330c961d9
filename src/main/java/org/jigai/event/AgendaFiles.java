package org.jigai.event;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jigai.base.Formats;
import org.jigai.base.Translations;
import org.springframework.stereotype.Component;

/**
 * A reader's agenda as files: an xlsx sheet (时间 · 桌号 · 洽谈对象 · 对方带来的需求或方案) and an iCalendar file with
 * one event per meeting (RFC 5545: CRLF line ends, TEXT escaping, lines folded at 75 octets, times in UTC), which
 * phones and Outlook import. The calendar is a few fixed lines, so it is written here rather than with a library.
 */
@Component
public class AgendaFiles {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final EventService events;
    private final Translations translations;

    AgendaFiles(EventService events, Translations translations) {
        this.events = events;
        this.translations = translations;
    }

    /** The caller's agenda as xlsx (every meeting for staff). */
    public byte[] xlsx(long eventId, Locale locale) {
        var agenda = events.agendaOf(eventId).orElse(null);
        try (var book = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet(translations.get(locale, "event.agenda.sheet"));
            String[] heads = {"event.date", "event.agenda.time", "event.agenda.table", "event.agenda.enterprise",
                    "event.agenda.provider", "event.agenda.needs", "event.agenda.solutions"};
            var bold = book.createFont();
            bold.setBold(true);
            var header = book.createCellStyle();
            header.setFont(bold);
            var date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
            Row head = sheet.createRow(0);
            for (int i = 0; i < heads.length; i++) {
                var cell = head.createCell(i);
                cell.setCellValue(translations.get(locale, heads[i]));
                cell.setCellStyle(header);
            }
            int r = 1;
            if (agenda != null) {
                for (Views.MeetingView m : agenda.meetings()) {
                    Row row = sheet.createRow(r++);
                    var day = row.createCell(0);
                    day.setCellValue(agenda.event().date());
                    day.setCellStyle(date);
                    row.createCell(1).setCellValue(m.start() + "–" + m.end());
                    row.createCell(2).setCellValue(m.table());
                    row.createCell(3).setCellValue(m.enterpriseName());
                    row.createCell(4).setCellValue(m.providerName());
                    String separator = translations.get(locale, "list.separator");
                    row.createCell(5).setCellValue(String.join(separator, m.needs().stream().map(Views.Item::title)
                            .toList()));
                    row.createCell(6).setCellValue(String.join(separator, m.solutions().stream()
                            .map(Views.Item::title).toList()));
                }
            }
            int[] widths = {12, 14, 8, 30, 30, 40, 40};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The caller's meetings as an iCalendar file. */
    public byte[] ics(long eventId, Locale locale, Instant now) {
        var agenda = events.agendaOf(eventId).orElse(null);
        var b = new StringBuilder();
        line(b, "BEGIN:VCALENDAR");
        line(b, "VERSION:2.0");
        line(b, "PRODID:-//jigai//matchmaking events//ZH");
        line(b, "CALSCALE:GREGORIAN");
        line(b, "METHOD:PUBLISH");
        if (agenda != null) {
            var e = agenda.event();
            String where = e.place() != null && e.link() != null ? e.place() + " / " + e.link()
                    : e.place() != null ? e.place() : e.link() != null ? e.link() : "";
            for (Views.MeetingView m : agenda.meetings()) {
                var start = LocalDateTime.of(e.date(), m.start()).atZone(Formats.ZONE).toInstant();
                var end = LocalDateTime.of(e.date(), m.end()).atZone(Formats.ZONE).toInstant();
                line(b, "BEGIN:VEVENT");
                line(b, "UID:meeting-" + m.id() + "@jigai");
                line(b, "DTSTAMP:" + UTC.format(now));
                line(b, "DTSTART:" + UTC.format(start));
                line(b, "DTEND:" + UTC.format(end));
                line(b, "SUMMARY:" + text(translations.get(locale, "event.agenda.summary", m.enterpriseName(),
                        m.providerName())));
                line(b, "LOCATION:" + text(where + " · " + translations.get(locale, "event.agenda.tableNo",
                        m.table())));
                line(b, "DESCRIPTION:" + text(e.title() + "\n" + String.join("\n",
                        m.needs().stream().map(Views.Item::title).toList())));
                line(b, "END:VEVENT");
            }
        }
        line(b, "END:VCALENDAR");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** TEXT values escape backslash, semicolon, comma and line breaks. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n");
    }

    /** One content line, folded so that no line is longer than 75 octets (never inside a UTF-8 character). */
    static void line(StringBuilder b, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                b.append("\r\n ");
                octets = 1;
            }
            b.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        b.append("\r\n");
    }

    /** 「2026年第三季度智能制造对接会-日程.xlsx」 */
    public String fileName(Views.EventDetails e, Locale locale, String extension) {
        return translations.get(locale, "event.agenda.file", e.title()).replaceAll("[\\\\/:*?\"<>|]", " ") + "."
                + extension;
    }

    static List<String> lines(byte[] ics) {
        return List.of(new String(ics, StandardCharsets.UTF_8).split("\r\n"));
    }
}
