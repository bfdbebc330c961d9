package org.jigai.base;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input that a service refused, field by field. Each problem is a translation key with its arguments, so the
 * UI shows it next to the field and the REST API returns it in Chinese.
 */
public class InvalidInputException extends RuntimeException {

    /** A translated message in waiting. */
    public record Problem(String key, Object... args) {}

    private final Map<String, Problem> problems;

    public InvalidInputException(Map<String, Problem> problems) {
        super("invalid input: " + problems.keySet());
        // in the order they were found (the order of the form), so that the first field is the one focused and API
        // clients see the same order every time
        this.problems = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    public static InvalidInputException of(String field, String key, Object... args) {
        return new InvalidInputException(Map.of(field, new Problem(key, args)));
    }

    public Map<String, Problem> problems() {
        return problems;
    }

    /** Collects problems while a service checks input, then throws them all at once. */
    public static final class Collector {
        private final Map<String, Problem> problems = new LinkedHashMap<>();

        public Collector add(String field, String key, Object... args) {
            problems.putIfAbsent(field, new Problem(key, args));
            return this;
        }

        public boolean has(String field) {
            return problems.containsKey(field);
        }

        /**
         * For drafts: the problems of what was filled in, without "missing" ones (the keys given) except for the
         * fields that even a draft needs.
         */
        public Collector withoutMissing(java.util.Set<String> missingKeys, java.util.Set<String> alwaysRequired) {
            var kept = new Collector();
            problems.forEach((field, problem) -> {
                if (alwaysRequired.contains(field) || !missingKeys.contains(problem.key())) {
                    kept.add(field, problem.key(), problem.args());
                }
            });
            return kept;
        }

        public void throwIfAny() {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
        }
    }
}
