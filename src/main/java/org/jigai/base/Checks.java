package org.jigai.base;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Input checks every module uses, with their messages. Lengths count characters (code points), as MariaDB's
 * utf8mb4 columns do, so an emoji or a rare CJK character counts once.
 */
public final class Checks {

    /**
     * An identifier such as a {@code ref}: nothing {@link #forbiddenCharacter} refuses, and no line break or tab
     * either; -1 when it is clean.
     */
    public static int forbiddenInIdentifier(String text) {
        int bad = forbiddenCharacter(text);
        if (bad >= 0) {
            return bad;
        }
        return text.chars().filter(c -> c == '\n' || c == '\r' || c == '\t').findFirst().orElse(-1);
    }

    /** The largest amount in 万元 anyone can mean: 1,000 亿元. */
    public static final BigDecimal AMOUNT_MAX = new BigDecimal("10000000");

    private Checks() {}

    public static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /**
     * The stripped text, after recording a problem when required and missing, too long, or holding a character that
     * is refused rather than silently changed (see {@link #forbiddenCharacter}).
     */
    public static String text(String field, @Nullable String value, int max, boolean required,
            InvalidInputException.Collector problems) {
        String clean = value == null ? "" : value.strip();
        if (clean.isEmpty()) {
            if (required) {
                problems.add(field, "validation.required");
            }
        } else if (forbiddenCharacter(clean) >= 0) {
            problems.add(field, "validation.characters", String.format("U+%04X", forbiddenCharacter(clean)));
        } else if (length(clean) > max) {
            problems.add(field, "validation.length", 1, max);
        }
        return clean;
    }

    /**
     * The first character that no text of the platform may hold, or -1: control characters other than tab and line
     * breaks (a carriage return only before a line feed; U+0000 breaks search highlighting), a surrogate without its pair (the database would store "?", so
     * two different values could become one), bidirectional overrides and isolates that make text read differently
     * from what it says (U+202A–U+202E, U+2066–U+2069), and the non-characters U+FFFE and U+FFFF.
     */
    public static int forbiddenCharacter(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            // a carriage return only as part of a Windows line break (\r\n), never alone
            boolean loneReturn = c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n');
            boolean control = Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r'
                    || loneReturn;
            boolean bidi = (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
            if (control || bidi || (c >= 0xD800 && c <= 0xDFFF) || c == 0xFFFE || c == 0xFFFF) {
                return c;
            }
            i += Character.charCount(c);
        }
        return -1;
    }

    /**
     * A number as people write it in a sheet cell — 1200, 1,200, 1，200, 12.5 — or null when it is not one (the
     * caller says so next to its field).
     */
    public static @Nullable BigDecimal parseNumber(String text) {
        try {
            return new BigDecimal(text.strip().replace(",", "").replace("\uFF0C", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** An amount in 万元: not negative, at most {@link #AMOUNT_MAX}, at most two decimals. */
    public static void amount(String field, @Nullable BigDecimal value, InvalidInputException.Collector problems) {
        if (value == null) {
            return;
        }
        if (value.signum() < 0) {
            problems.add(field, "validation.amount.negative");
        } else if (value.compareTo(AMOUNT_MAX) > 0 || value.stripTrailingZeros().scale() > 2) {
            problems.add(field, "validation.amount.range");
        }
    }

    /** A range of amounts: both valid, and the upper end not below the lower one. */
    public static void amountRange(String minField, @Nullable BigDecimal min, String maxField, @Nullable BigDecimal max,
            InvalidInputException.Collector problems) {
        amount(minField, min, problems);
        amount(maxField, max, problems);
        if (min != null && max != null && !problems.has(minField) && !problems.has(maxField) && min.compareTo(max) > 0) {
            problems.add(maxField, "validation.amount.order");
        }
    }

    /** Two amounts are the same when their values are, whatever their scale ("600" and "600.00"). */
    public static boolean sameAmount(@Nullable BigDecimal a, @Nullable BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    public static void wholeNumber(String field, @Nullable Integer value, int min, int max,
            InvalidInputException.Collector problems) {
        if (value != null && (value < min || value > max)) {
            problems.add(field, "validation.range", min, max);
        }
    }
}
