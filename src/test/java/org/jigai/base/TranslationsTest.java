package org.jigai.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TranslationsTest {

    static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (var in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void chinese_and_english_have_the_same_keys() throws IOException {
        Set<Object> zh = new TreeSet<>(load("translations_zh_CN.properties").keySet());
        Set<Object> en = new TreeSet<>(load("translations_en.properties").keySet());
        assertThat(en).as("keys missing in English").containsAll(zh);
        assertThat(zh).as("keys missing in Chinese").containsAll(en);
    }

    @Test
    void every_key_the_code_names_exists() throws IOException {
        var zh = load("translations_zh_CN.properties");
        Set<String> prefixes = new TreeSet<>();
        zh.keySet().forEach(k -> prefixes.add(k.toString().substring(0, k.toString().indexOf('.'))));
        var literal = Pattern.compile("\"([a-z][A-Za-z]*(?:\\.[A-Za-z0-9_]+)+)\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var matcher = literal.matcher(Files.readString(file));
                while (matcher.find()) {
                    String key = matcher.group(1);
                    String prefix = key.substring(0, key.indexOf('.'));
                    // keys built from a prefix and a code (e.g. "home." + role) end with a dot and are not literals
                    if (prefixes.contains(prefix) && !key.endsWith(".") && !zh.containsKey(key)) {
                        missing.add(key + " in " + file.getFileName());
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /** User-visible text lives in the translation files; only the demo module's sample records hold Chinese words in Java (punctuation for parsing is allowed). */
    @Test
    void no_java_string_outside_the_demo_data_is_chinese() throws IOException {
        var chinese = Pattern.compile("\"[^\"\\n]*[\\x{4e00}-\\x{9fff}][^\"\\n]*\"");
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.startsWith(Path.of("src/main/java/org/jigai/demo"))).toList()) {
                var lines = Files.readAllLines(file);
                for (int n = 0; n < lines.size(); n++) {
                    String line = lines.get(n).strip();
                    if (line.startsWith("*") || line.startsWith("/*") || line.startsWith("//")) {
                        continue;
                    }
                    if (chinese.matcher(line).find()) {
                        found.add(file.getFileName() + ":" + (n + 1) + " " + line);
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void every_code_of_the_domain_has_a_label_in_both_languages() throws IOException {
        for (var file : new String[] {"translations_zh_CN.properties", "translations_en.properties"}) {
            var p = load(file);
            for (Region r : Region.values()) assertThat(p).containsKey(r.labelKey());
            for (Industry i : Industry.values()) assertThat(p).containsKey(i.labelKey());
            for (Direction d : Direction.values()) assertThat(p).containsKey(d.labelKey());
            for (ServiceCategory c : ServiceCategory.values()) assertThat(p).containsKey(c.labelKey());
            for (var t : org.jigai.engagement.Transition.values()) assertThat(p).containsKey(t.labelKey());
            for (var t : org.jigai.engagement.EngagementState.values()) assertThat(p).containsKey(t.labelKey());
            for (var t : org.jigai.engagement.Side.values()) assertThat(p).containsKey(t.labelKey());
            for (var t : org.jigai.engagement.ProposalStatus.values()) assertThat(p).containsKey(t.labelKey());
            for (var t : org.jigai.engagement.MilestoneState.values()) assertThat(p).containsKey(t.labelKey());
            for (var t : org.jigai.notification.MailMode.values()) assertThat(p).containsKey(t.labelKey());
            for (var k : org.jigai.notification.Kind.values()) {
                assertThat(p).containsKey(k.labelKey());
                assertThat(p).containsKey(k.textKey());
            }
            // the audit view reads ENGAGEMENT_<transition> through the transition's label
            assertThat(p).containsKeys("audit.action.engagement", "audit.action.ENGAGEMENT_CONTACTS_REVEALED");
            for (var t : org.jigai.project.ProjectStage.values()) assertThat(p).containsKey(t.labelKey());
            for (var t : org.jigai.project.ProjectTransition.values()) {
                assertThat(p).containsKey(t.labelKey());
                assertThat(p).containsKey("audit.action.PROJECT_" + t.name());
            }
            for (var t : org.jigai.project.Cadence.values()) assertThat(p).containsKey(t.labelKey());
            for (var t : org.jigai.pool.ApplicationState.values()) assertThat(p).containsKey(t.labelKey());
            for (var t : org.jigai.event.EventState.values()) assertThat(p).containsKey(t.labelKey());
            for (var t : org.jigai.event.EventFormat.values()) assertThat(p).containsKey(t.labelKey());
            for (var t : org.jigai.event.RegistrationState.values()) assertThat(p).containsKey(t.labelKey());
            for (var t : org.jigai.event.PreferenceLevel.values()) assertThat(p).containsKey(t.labelKey());
            for (var t : org.jigai.event.Attendance.values()) assertThat(p).containsKey(t.labelKey());
            for (var t : org.jigai.event.Outcome.values()) assertThat(p).containsKey(t.labelKey());
            for (var t : org.jigai.event.RegistrationTransition.values()) {
                assertThat(p).containsKey(t.labelKey());
                assertThat(p).containsKey("audit.action." + t.auditAction());
            }
            for (var t : org.jigai.event.EventTransition.values()) {
                assertThat(p).containsKey(t.labelKey());
                assertThat(p).containsKey("audit.action." + t.auditAction());
                assertThat(p).containsKey("event.done." + t.name());
                if (t != org.jigai.event.EventTransition.CANCEL) {
                    assertThat(p).containsKeys("event.confirmTitle." + t.name(), "event.confirmText." + t.name());
                }
            }
            for (var t : org.jigai.pool.PoolTransition.values()) {
                assertThat(p).containsKey(t.labelKey());
                assertThat(p).containsKey(t.auditAction().replaceFirst("^", "audit.action."));
                assertThat(p).containsKey("pool.done." + t.name());
                if (t.reasoned()) assertThat(p).containsKey("pool.reasonTitle." + t.name());
            }
            for (var t : org.jigai.selection.CallState.values()) assertThat(p).containsKey(t.labelKey());
            for (var t : org.jigai.selection.NominationState.values()) assertThat(p).containsKey(t.labelKey());
            for (var t : org.jigai.selection.ReviewState.values()) assertThat(p).containsKey(t.labelKey());
            for (var t : org.jigai.selection.ObjectionOutcome.values()) assertThat(p).containsKey(t.labelKey());
            for (var t : org.jigai.selection.CallTransition.values()) {
                assertThat(p).containsKey(t.labelKey());
                assertThat(p).containsKey("audit.action." + t.auditAction());
                assertThat(p).containsKey("selection.done." + t.name());
            }
            for (var t : org.jigai.selection.NominationTransition.values()) {
                assertThat(p).containsKey(t.labelKey());
                assertThat(p).containsKey("audit.action." + t.auditAction());
            }
            for (var t : org.jigai.selection.ReviewTransition.values()) {
                assertThat(p).containsKey(t.labelKey());
                assertThat(p).containsKey("audit.action." + t.auditAction());
            }
            for (var t : org.jigai.project.ResultKind.values()) {
                assertThat(p).containsKey("selection.figure.kind." + t.name());
            }
            for (var t : org.jigai.selection.SelectionNotice.Type.values()) {
                assertThat(p).containsKey("notification.kind.SELECTION_" + t.name());
                assertThat(p).containsKey("notification.text.SELECTION_" + t.name());
            }
            for (var t : org.jigai.project.PeriodState.values()) assertThat(p).containsKey(t.labelKey());
            for (var t : org.jigai.project.ProblemKind.values()) {
                assertThat(p).containsKey(t.labelKey());
                assertThat(p).containsKey("project.problem.cue." + t.name());
            }
            for (var t : org.jigai.project.ResultKind.values()) {
                assertThat(p).containsKey(t.labelKey());
                assertThat(p).containsKey(t.unitKey());
            }
        }
    }

    @Test
    void no_text_contains_a_straight_apostrophe_that_message_format_would_swallow() throws IOException {
        for (var file : new String[] {"translations_zh_CN.properties", "translations_en.properties"}) {
            load(file).forEach((k, v) -> assertThat(v.toString()).as(k + " in " + file).doesNotContain("'"));
        }
    }

    @Test
    void formats_messages_with_arguments_in_chinese_by_default() {
        var t = new Translations();
        assertThat(t.get("validation.length", 2, 100)).isEqualTo("长度应为 2–100 个字符");
        assertThat(t.get(java.util.Locale.ENGLISH, "validation.length", 2, 100)).isEqualTo("Must be 2–100 characters long");
        assertThat(t.get(java.util.Locale.GERMAN, "nav.home")).isEqualTo("首页");
    }

    @Test
    void english_counts_agree_with_their_number_and_chinese_says_today() {
        var t = new Translations();
        var en = java.util.Locale.ENGLISH;
        assertThat(t.get(en, "match.standing", 1, 0, 2))
                .isEqualTo("1 published solution · no qualifications · 2 reference projects");
        assertThat(t.get(en, "search.count", 1L, "MES")).isEqualTo("1 result for “MES”");
        assertThat(t.get(en, "search.count", 1234L, "MES")).isEqualTo("1,234 results for “MES”");
        assertThat(t.get(en, "solution.weeks", 1)).isEqualTo("1 week");
        assertThat(t.get(en, "need.expiresSoon", "2027/6/1", 5L)).isEqualTo("2027/6/1 (in 5 days: renew it in time)");
        assertThat(t.get("need.expiresSoon", "2027/6/1", 0L)).isEqualTo("2027/6/1（今天到期，请及时续期）");
        assertThat(t.get("need.expiresSoon", "2027/6/1", 3L)).isEqualTo("2027/6/1（3 天后到期，请及时续期）");
        assertThat(t.get(en, "exchange.errors", 1L)).startsWith("This row was not imported;");
    }
}
