package org.jigai.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.jigai.base.InvalidInputException;
import org.passay.DictionaryRule;
import org.passay.LengthRule;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.RuleResult;
import org.passay.UsernameRule;
import org.passay.dictionary.ArrayWordList;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.sort.ArraysSort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Password rules: 8 to 128 characters, not one of the most common passwords (a bundled list), and not the
 * user name. No composition rules: length and the common list protect better and annoy less (NIST SP 800-63B).
 */
@Component
public class PasswordPolicy {

    public static final int MIN = 8;
    public static final int MAX = 128;

    private final PasswordValidator validator;

    PasswordPolicy() {
        validator = new PasswordValidator(
                new LengthRule(MIN, MAX),
                new DictionaryRule(new WordListDictionary(new ArrayWordList(commonPasswords(), false, new ArraysSort()))),
                new UsernameRule(true, true));
    }

    /** The translation key of the first broken rule, or empty when the password is acceptable. */
    public Optional<String> problem(String username, String password) {
        RuleResult result = validator.validate(new PasswordData(username == null ? "" : username, password));
        if (result.isValid()) {
            return Optional.empty();
        }
        String code = result.getDetails().getFirst().getErrorCode();
        return Optional.of(switch (code) {
            case "TOO_SHORT" -> "validation.password.tooShort";
            case "TOO_LONG" -> "validation.password.tooLong";
            case "ILLEGAL_WORD" -> "validation.password.common";
            default -> "validation.password.username";
        });
    }

    void check(String field, String username, String password, InvalidInputException.Collector problems) {
        problem(username, password == null ? "" : password)
                .ifPresent(key -> problems.add(field, key, MIN, MAX));
    }

    private static String[] commonPasswords() {
        var resource = new ClassPathResource("security/common-passwords.txt");
        try (var reader = new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            List<String> words = reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
            return words.toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException("the common-password list is missing from the application", e);
        }
    }
}
