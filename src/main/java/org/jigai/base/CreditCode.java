package org.jigai.base;

import java.util.Locale;

/**
 * The 18-character Unified Social Credit Code (统一社会信用代码, GB 32100-2015) and its check character.
 */
public final class CreditCode {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /** Why a code is not valid, as a translation key; {@code null} when it is valid. */
    public enum Problem {
        LENGTH("validation.creditCode.length"),
        CHARACTER("validation.creditCode.character"),
        CHECK("validation.creditCode.check");

        private final String key;

        Problem(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    private CreditCode() {}

    /**
     * Full-width characters to their plain forms (a code typed with a Chinese input method), spaces removed and
     * letters upper-cased, as users paste codes with all three.
     */
    public static String normalize(String raw) {
        return raw == null ? "" : java.text.Normalizer.normalize(raw, java.text.Normalizer.Form.NFKC)
                .replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }

    public static Problem check(String normalized) {
        if (normalized.length() != 18) {
            return Problem.LENGTH;
        }
        int sum = 0;
        for (int i = 0; i < 18; i++) {
            int index = ALPHABET.indexOf(normalized.charAt(i));
            if (index < 0) {
                return Problem.CHARACTER;
            }
            if (i < 17) {
                sum += index * WEIGHTS[i];
            }
        }
        char expected = ALPHABET.charAt((31 - sum % 31) % 31);
        return normalized.charAt(17) == expected ? null : Problem.CHECK;
    }

    public static boolean isValid(String raw) {
        return check(normalize(raw)) == null;
    }

    /** Completes 17 characters with their check character; for generators and tests. */
    public static String withCheckCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return first17 + ALPHABET.charAt((31 - sum % 31) % 31);
    }
}
