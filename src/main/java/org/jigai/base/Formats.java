package org.jigai.base;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The one place that formats dates for people: {@code 2026年11月22日} in Chinese, ISO in English. */
public final class Formats {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Translations TEXT = new Translations();
    private static final DateTimeFormatter ZH_DATE = pattern(Translations.CHINESE, "format.date");
    private static final DateTimeFormatter ZH_DATE_TIME = pattern(Translations.CHINESE, "format.dateTime");
    private static final DateTimeFormatter EN_DATE = pattern(Translations.ENGLISH, "format.date");
    private static final DateTimeFormatter EN_DATE_TIME = pattern(Translations.ENGLISH, "format.dateTime");

    private static DateTimeFormatter pattern(Locale locale, String key) {
        return DateTimeFormatter.ofPattern(TEXT.get(locale, key));
    }

    private Formats() {}

    public static String date(@Nullable LocalDate date, Locale locale) {
        return date == null ? "" : (english(locale) ? EN_DATE : ZH_DATE).format(date);
    }

    public static String dateTime(@Nullable Instant instant, Locale locale) {
        return instant == null ? "" : (english(locale) ? EN_DATE_TIME : ZH_DATE_TIME).format(instant.atZone(ZONE));
    }

    /** A budget in units of 10,000 CNY: a range, an upper or a lower bound; empty when neither end is known. */
    public static String wan(@Nullable BigDecimal min, @Nullable BigDecimal max, Locale locale) {
        String unit = " " + TEXT.get(locale, "need.wan");
        if (min == null && max == null) {
            return "";
        }
        if (min != null && max != null) {
            return min.compareTo(max) == 0 ? plain(min) + unit : plain(min) + "–" + plain(max) + unit;
        }
        return min != null ? "≥ " + plain(min) + unit : "≤ " + plain(max) + unit;
    }

    /** An amount as people entered it: 300 rather than 300.00 (the database keeps two decimals), 2.5 as 2.5. */
    public static @Nullable BigDecimal asEntered(@Nullable BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** An amount as users write it: no trailing zeros, no exponent (600, 12.5). */
    public static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
