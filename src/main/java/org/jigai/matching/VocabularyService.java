package org.jigai.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jigai.audit.AuditLog;
import org.jigai.base.InvalidInputException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The synonym dictionary (in the database, seeded from {@code matching/synonyms.txt}) and the category cues
 * ({@code matching/category-cues.txt}). Admins edit the dictionary as text, one group per line; the new vocabulary
 * serves the next query, without a rebuild of the application or the index.
 */
@Service
public class VocabularyService {

    public static final String SYNONYMS_EDITED = "SYNONYMS_EDITED";
    static final int MAX_GROUPS = 3000;
    static final int MAX_TERM = 30;
    static final int MAX_GROUP = 2000;

    private final SynonymGroupRepository groups;
    private final AuditLog audit;
    private final AtomicReference<Vocabulary> current = new AtomicReference<>();
    private final java.util.Map<org.jigai.base.ServiceCategory, List<String>> cues;

    VocabularyService(SynonymGroupRepository groups, AuditLog audit) {
        this.groups = groups;
        this.audit = audit;
        this.cues = Vocabulary.parseCues(resource("matching/category-cues.txt"));
    }

    /** The vocabulary in force; loaded (and the dictionary seeded on an empty database) on first use. */
    public Vocabulary current() {
        Vocabulary vocabulary = current.get();
        if (vocabulary == null) {
            vocabulary = load();
        }
        return vocabulary;
    }

    @Transactional
    synchronized Vocabulary load() {
        var stored = groups.findAllByOrderByPositionAsc();
        if (stored.isEmpty()) {
            var seeded = Vocabulary.parseGroups(resource("matching/synonyms.txt"));
            for (int i = 0; i < seeded.size(); i++) {
                groups.save(new SynonymGroup(i, String.join(",", seeded.get(i))));
            }
            stored = groups.findAllByOrderByPositionAsc();
        }
        var vocabulary = new Vocabulary(stored.stream().map(g -> Vocabulary.parseGroups(g.getTerms()))
                .filter(l -> !l.isEmpty()).map(List::getFirst).toList(), cues);
        current.set(vocabulary);
        return vocabulary;
    }

    /** The dictionary as admins edit it: one group per line. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public String dictionary() {
        return String.join("\n", current().groups().stream().map(g -> String.join(", ", g)).toList());
    }

    /** Replaces the dictionary; refused as a whole, with the line numbers, when a line is malformed. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public int saveDictionary(String text) {
        var lines = text.split("\\R", -1);
        List<Integer> bad = new ArrayList<>();
        List<List<String>> parsed = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            var group = Vocabulary.parseGroups(line);
            if (group.isEmpty() || group.getFirst().stream().anyMatch(t -> t.codePointCount(0, t.length()) > MAX_TERM)
                    || line.length() > MAX_GROUP) {
                bad.add(i + 1);
            } else {
                parsed.add(group.getFirst());
            }
        }
        if (!bad.isEmpty()) {
            throw InvalidInputException.of("dictionary", "synonyms.error.lines",
                    String.join(", ", bad.stream().limit(10).map(String::valueOf).toList()), MAX_TERM);
        }
        if (parsed.size() > MAX_GROUPS) {
            throw InvalidInputException.of("dictionary", "synonyms.error.tooMany", MAX_GROUPS);
        }
        groups.deleteAllInBatch();
        for (int i = 0; i < parsed.size(); i++) {
            groups.save(new SynonymGroup(i, String.join(",", parsed.get(i))));
        }
        current.set(new Vocabulary(parsed, cues));
        audit.record(SYNONYMS_EDITED, parsed.size() + "", null);
        return parsed.size();
    }

    private static String resource(String path) {
        try {
            return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
