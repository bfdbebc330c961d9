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
    private static final DateTimeFormatter ZH_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter ZH_DATE_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter EN_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Formats() {}

    public static String date(@Nullable LocalDate date, Locale locale) {
        return date == null ? "" : (english(locale) ? EN_DATE : ZH_DATE).format(date);
    }

    public static String dateTime(@Nullable Instant instant, Locale locale) {
        return instant == null ? "" : (english(locale) ? EN_DATE_TIME : ZH_DATE_TIME).format(instant.atZone(ZONE));
    }

    /** A budget in 万元: "100–500 万元", "≤ 500 万元", "≥ 100 万元"; empty when neither end is known. */
    public static String wan(@Nullable BigDecimal min, @Nullable BigDecimal max, Locale locale) {
        String unit = english(locale) ? " ×10k CNY" : " 万元";
        if (min == null && max == null) {
            return "";
        }
        if (min != null && max != null) {
            return min.compareTo(max) == 0 ? plain(min) + unit : plain(min) + "–" + plain(max) + unit;
        }
        return min != null ? "≥ " + plain(min) + unit : "≤ " + plain(max) + unit;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
