package org.jigai;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a role × state × action table of docs/security.md between {@code <!-- NAME:begin -->} and
 * {@code <!-- NAME:end -->}: per row the record, the state and, per reader column, the actions allowed ("—": none).
 */
public final class AccessTables {

    public record Row(String record, String state, Map<String, Set<String>> allowed) {}

    private AccessTables() {}

    public static List<Row> read(Path doc, String name) throws IOException {
        String text = Files.readString(doc);
        String body = text.substring(text.indexOf("<!-- " + name + ":begin -->"), text.indexOf("<!-- " + name + ":end -->"));
        List<String> lines = body.lines().filter(l -> l.startsWith("|")).toList();
        List<String> header = cells(lines.getFirst());
        List<Row> rows = new ArrayList<>();
        for (String line : lines.subList(2, lines.size())) {
            List<String> cells = cells(line);
            Map<String, Set<String>> allowed = new LinkedHashMap<>();
            for (int i = 2; i < header.size(); i++) {
                String cell = cells.get(i);
                allowed.put(header.get(i), cell.equals("—") ? Set.of() : Set.of(cell.split("\\s+")));
            }
            rows.add(new Row(cells.get(0), cells.get(1), allowed));
        }
        return rows;
    }

    private static List<String> cells(String line) {
        String inner = line.strip().substring(1, line.strip().length() - 1);
        return java.util.Arrays.stream(inner.split("\\|")).map(String::strip).toList();
    }

    /** Whether the action goes through (any refusal — not found, denied, invalid — is "no"). */
    public static boolean succeeds(Runnable r) {
        try {
            r.run();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** {@link #succeeds} inside a transaction that is rolled back, so that the table's next cell starts afresh. */
    public static boolean triedAndRolledBack(org.springframework.transaction.support.TransactionTemplate transactions,
            Runnable action) {
        Boolean done = transactions.execute(status -> {
            status.setRollbackOnly();
            return succeeds(action);
        });
        return Boolean.TRUE.equals(done);
    }
}
