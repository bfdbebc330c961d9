package org.jigai.base;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Input checks every module uses, with their messages. Lengths count characters (code points), as MariaDB's
 * utf8mb4 columns do, so an emoji or a rare CJK character counts once.
 */
public final class Checks {

    /** The largest amount in 万元 anyone can mean: 1,000 亿元. */
    public static final BigDecimal AMOUNT_MAX = new BigDecimal("10000000");

    private Checks() {}

    public static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /** The stripped text, after recording a problem when required and missing, or too long. */
    public static String text(String field, @Nullable String value, int max, boolean required,
            InvalidInputException.Collector problems) {
        String clean = value == null ? "" : value.strip();
        if (clean.isEmpty()) {
            if (required) {
                problems.add(field, "validation.required");
            }
        } else if (length(clean) > max) {
            problems.add(field, "validation.length", 1, max);
        }
        return clean;
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
