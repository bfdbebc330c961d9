package org.jigai.matching;

import org.jigai.account.Audience;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.jigai.base.Translations;
import org.jigai.demo.DemoGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The matching benchmark of docs/benchmarks.md: not part of {@code ./mvnw verify}; run it with
 * {@code ./mvnw -Pbench test} (volumes with {@code -Dbench.volumes=10000,100000,1000000}). For each volume it
 * generates documents with the demo-data generator (half solutions, half needs), builds the index with the
 * production analysis, and measures match-query latency (1 and 4 clients), the raw single-field BM25 query on the
 * same data, freshness (update → searchable), index size and heap; at 10k and 100k also a naive SQL
 * {@code LIKE '%…%'} ranking over MariaDB. The report goes to target/benchmarks.md.
 */
@SpringBootTest
@ActiveProfiles("test")
class MatchBenchmark {

    static final int PROBES = 1000;
    static final int WARM_UP = 1000;
    static final int SQL_PROBES = 100;
    static final Path ROOT = Path.of("target", "bench");

    @Autowired JdbcTemplate jdbc;
    @Autowired VocabularyService vocabularyService;
    @Autowired org.jigai.account.AccountService accounts;
    @Autowired org.jigai.provider.SolutionService solutions;
    @Autowired SearchService search;

    final StringBuilder report = new StringBuilder();
    final List<String> merges = new ArrayList<>();

    @Test
    void run() throws Exception {
        List<Integer> volumes = Stream.of(System.getProperty("bench.volumes", "10000,100000,1000000").split(","))
                .map(String::strip).map(Integer::parseInt).toList();
        machine();
        line("| documents | build docs/s | build s | index MB | heap MB | match p50 ms | p95 | p99 | QPS 1 client | "
                + "p95 4 clients | QPS 4 clients | raw BM25 p50 ms | p95 | QPS 4 clients | match/raw p95 | "
                + "freshness p50 ms | p95 | SQL LIKE p50 ms | p95 | SQL/match p50 |");
        line("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (int volume : volumes) {
            volume(volume);
        }
        appFreshness();
        line("");
        merges.forEach(m -> line("- " + m));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "benchmarks.md"), report);
        System.out.println(report);
    }

    private void volume(int volume) throws Exception {
        var vocabulary = vocabularyService.current();
        var ranker = new Ranker(vocabulary, Weights.DEFAULT);
        var data = new DemoGenerator(volume, new Translations()).generate(Math.max(20, volume / 200), volume / 2,
                volume / 2, "B" + volume + "-");
        var regions = new java.util.HashMap<String, String>();
        data.organizations().forEach(o -> regions.put(o.ref(), o.region()));
        List<Entry> entries = new ArrayList<>(volume);
        long id = 1;
        for (var s : data.solutions()) {
            entries.add(new Entry(Fields.SOLUTION, id, id % 5000, s.title(), s.description(), s.industries(),
                    s.directions(), s.categories(), regions.getOrDefault(s.providerRef(), "370200"), Set.of(), null,
                    Instant.EPOCH, Set.of(Audience.ANYONE)));
            id++;
        }
        List<Entry> needs = new ArrayList<>();
        for (var n : data.needs()) {
            needs.add(new Entry(Fields.NEED, id, id % 5000, n.title(), n.description(), EnumSet.of(n.industry()),
                    n.directions(), vocabulary.impliedCategories(n.title() + "\n" + n.description()), n.region(),
                    Set.of(), "ALL_PROVIDERS", Instant.EPOCH, Set.of(Audience.ANYONE)));
            id++;
        }
        entries.addAll(needs);
        data = null;

        Path dir = ROOT.resolve("index-" + volume);
        deleteTree(dir);
        Files.createDirectories(dir);
        double buildSeconds;
        try (var directory = FSDirectory.open(dir)) {
            var config = new IndexWriterConfig(Analysis.perField()).setRAMBufferSizeMB(256);
            long start = System.nanoTime();
            try (var writer = new IndexWriter(directory, config)) {
                parallel(2, entries, e -> {
                    try {
                        writer.addDocument(Documents.of(e));
                    } catch (IOException ex) {
                        throw new java.io.UncheckedIOException(ex);
                    }
                    return null;
                });
                writer.commit();
            }
            buildSeconds = (System.nanoTime() - start) / 1e9;
            int segments;
            long mergeStart = System.nanoTime();
            try (var writer = new IndexWriter(directory, new IndexWriterConfig(Analysis.perField()))) {
                // as a rebuild leaves it: merged into one segment before it goes live (SearchIndex.Rebuild)
                writer.forceMerge(1);
            }
            double mergeSeconds = (System.nanoTime() - mergeStart) / 1e9;
            try (var reader = DirectoryReader.open(directory)) {
                segments = reader.leaves().size();
            }
            merges.add(String.format(Locale.ROOT, "%,d documents: built in %.1f s, merged into %d segment in %.1f s",
                    volume, buildSeconds, segments, mergeSeconds));
            long bytes = size(dir);

            var random = new Random(7);
            List<Entry> probes = new ArrayList<>();
            for (int i = 0; i < PROBES; i++) {
                probes.add(needs.get(random.nextInt(needs.size())));
            }
            entries = null;
            try (var reader = DirectoryReader.open(directory)) {
                var searcher = new IndexSearcher(reader);
                Function<Entry, Object> match = p -> ranker.rank(searcher, p, Fields.SOLUTION, 10, null);
                Function<Entry, Object> raw = p -> rawBm25(searcher, p);
                for (int i = 0; i < WARM_UP; i++) {
                    match.apply(probes.get(i));
                    raw.apply(probes.get(i));
                }
                var match1 = measure(1, probes, match);
                var match4 = measure(4, probes, match);
                var raw1 = measure(1, probes, raw);
                var raw4 = measure(4, probes, raw);
                System.gc();
                Thread.sleep(200);
                long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                var fresh = freshness(directory);
                String sql = "– | – | –";
                if (volume <= 100_000) {
                    var sqlStats = sqlLike(volume, probes.subList(0, SQL_PROBES), needs);
                    sql = ms(sqlStats.p(50)) + " | " + ms(sqlStats.p(95)) + " | "
                            + String.format(Locale.ROOT, "%.0f×", sqlStats.p(50) / match1.p(50));
                }
                line("| " + String.format(Locale.ROOT, "%,d", volume) + " | "
                        + String.format(Locale.ROOT, "%,.0f", volume / buildSeconds) + " | "
                        + String.format(Locale.ROOT, "%.1f", buildSeconds) + " | "
                        + String.format(Locale.ROOT, "%.0f", bytes / 1024.0 / 1024.0) + " | "
                        + String.format(Locale.ROOT, "%.0f", heap / 1024.0 / 1024.0) + " | "
                        + ms(match1.p(50)) + " | " + ms(match1.p(95)) + " | " + ms(match1.p(99)) + " | "
                        + String.format(Locale.ROOT, "%.0f", match1.qps) + " | " + ms(match4.p(95)) + " | "
                        + String.format(Locale.ROOT, "%.0f", match4.qps) + " | " + ms(raw1.p(50)) + " | "
                        + ms(raw1.p(95)) + " | " + String.format(Locale.ROOT, "%.0f", raw4.qps) + " | "
                        + String.format(Locale.ROOT, "%.1f×", match1.p(95) / raw1.p(95)) + " | "
                        + ms(fresh.p(50)) + " | " + ms(fresh.p(95)) + " | " + sql + " |");
                System.out.println(report);
            }
        }
        deleteTree(dir);
    }

    /** The floor: one field, the need's words OR-ed, BM25, top 10. */
    private static Object rawBm25(IndexSearcher searcher, Entry need) {
        try {
            var query = new BooleanQuery.Builder();
            for (String token : Set.copyOf(Analysis.tokens(Analysis.WORDS, need.title() + "\n" + need.body()))) {
                query.add(new TermQuery(new Term(Fields.text(Fields.SOLUTION, Fields.PLAIN), token)),
                        BooleanClause.Occur.SHOULD);
            }
            var hits = searcher.search(query.build(), 10).scoreDocs;
            var stored = searcher.storedFields();
            for (var hit : hits) {
                stored.document(hit.doc, Set.of(Fields.ID, Fields.TITLE));
            }
            return hits;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Update a document, make it searchable (near-real-time refresh) and durable (commit), find it. */
    private static Stats freshness(FSDirectory directory) throws IOException {
        var stats = new Stats();
        try (var writer = new IndexWriter(directory, new IndexWriterConfig(Analysis.perField()));
                var manager = new SearcherManager(writer, null)) {
            for (int i = 0; i < 200; i++) {
                String marker = "fresh" + letters(i);
                var entry = new Entry(Fields.SOLUTION, 9_000_000 + i, 1, "新鲜度测试 " + marker, "刚刚发布的方案 " + marker,
                        Set.of(), Set.of(), Set.of(), "370200", Set.of(), null, Instant.now(), Set.of(Audience.ANYONE));
                long start = System.nanoTime();
                writer.updateDocument(new Term(Fields.KEY, entry.key()), Documents.of(entry));
                manager.maybeRefreshBlocking();
                writer.commit();
                var searcher = manager.acquire();
                try {
                    if (searcher.count(new TermQuery(new Term(Fields.KEY, entry.key()))) != 1) {
                        throw new IllegalStateException("not visible: " + marker);
                    }
                } finally {
                    manager.release(searcher);
                }
                stats.add(System.nanoTime() - start);
            }
            writer.rollback();
        }
        return stats;
    }

    /**
     * Freshness through the whole application path: a solution saved through its service (commit), the event
     * delivered after commit by the publication registry, the index updated and committed, and the solution found by
     * the search service. Measured on the application's own index.
     */
    private void appFreshness() {
        String provider = org.jigai.TestData.username("bench");
        accounts.register(org.jigai.TestData.provider(provider));
        var stats = new Stats();
        try {
            for (int i = 0; i < 30; i++) {
                org.jigai.TestData.actAs(accounts, provider);
                String marker = "benchfresh" + letters(i + 100);
                long start = System.nanoTime();
                long id = solutions.create(new org.jigai.provider.SolutionForm("新鲜度 " + marker, "用于测量提交到可搜索的时间。",
                        EnumSet.of(org.jigai.base.ServiceCategory.TECH_APPLICATION),
                        EnumSet.of(org.jigai.base.Industry.MACHINERY), EnumSet.of(org.jigai.base.Direction.SMART), null,
                        null, null, null), true);
                while (search.search(new SearchService.Request(marker, SearchService.Type.SOLUTION,
                        java.util.Map.of(), 0, 5)).hits().stream().noneMatch(h -> h.id() == id)) {
                    if (System.nanoTime() - start > 10_000_000_000L) {
                        throw new IllegalStateException("not searchable after 10 s: " + marker);
                    }
                    Thread.onSpinWait();
                }
                stats.add(System.nanoTime() - start);
            }
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
        line("");
        line("Freshness through the application (save through the service → event after commit → index updated and "
                + "committed → found by search), 30 saves on the application index: p50 " + ms(stats.p(50))
                + " ms, p95 " + ms(stats.p(95)) + " ms, max " + ms(stats.p(100)) + " ms.");
    }

    /** What a developer without Lucene would write: LIKE '%word%' over title and body, ranked by words matched. */
    private Stats sqlLike(int volume, List<Entry> probes, List<Entry> needs) {
        jdbc.execute("DROP TABLE IF EXISTS bench_solution");
        jdbc.execute("CREATE TABLE bench_solution (id BIGINT PRIMARY KEY, title VARCHAR(200) NOT NULL, "
                + "body TEXT NOT NULL) DEFAULT CHARSET = utf8mb4");
        var data = new DemoGenerator(volume, new Translations()).generate(Math.max(20, volume / 200), volume / 2, 0, "S");
        List<Object[]> rows = new ArrayList<>();
        long id = 1;
        for (var s : data.solutions()) {
            rows.add(new Object[] {id++, s.title(), s.description()});
            if (rows.size() == 2000) {
                jdbc.batchUpdate("INSERT INTO bench_solution VALUES (?, ?, ?)", rows);
                rows.clear();
            }
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO bench_solution VALUES (?, ?, ?)", rows);
        }
        var stats = new Stats();
        for (Entry need : probes) {
            List<String> words = Analysis.tokens(Analysis.WORDS, need.title()).stream().filter(w -> w.length() >= 2)
                    .distinct().limit(4).toList();
            if (words.isEmpty()) {
                continue;
            }
            var score = new StringBuilder();
            var where = new StringBuilder();
            List<Object> args = new ArrayList<>();
            for (String w : words) {
                score.append(score.isEmpty() ? "" : " + ").append("(title LIKE ?) * 2 + (body LIKE ?)");
                args.add("%" + w + "%");
                args.add("%" + w + "%");
            }
            for (String w : words) {
                where.append(where.isEmpty() ? "" : " OR ").append("title LIKE ? OR body LIKE ?");
                args.add("%" + w + "%");
                args.add("%" + w + "%");
            }
            long start = System.nanoTime();
            jdbc.queryForList("SELECT id, title, " + score + " AS score FROM bench_solution WHERE " + where
                    + " ORDER BY score DESC LIMIT 10", args.toArray());
            stats.add(System.nanoTime() - start);
        }
        jdbc.execute("DROP TABLE bench_solution");
        return stats;
    }

    private static Stats measure(int clients, List<Entry> probes, Function<Entry, Object> query) throws Exception {
        var stats = new Stats();
        long start = System.nanoTime();
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        parallel(clients, probes, p -> {
            long t = System.nanoTime();
            query.apply(p);
            nanos.add(System.nanoTime() - t);
            return null;
        });
        stats.qps = probes.size() / ((System.nanoTime() - start) / 1e9);
        nanos.forEach(stats::add);
        return stats;
    }

    private static <T> void parallel(int threads, List<T> items, Function<T, Object> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            var next = new AtomicInteger();
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < items.size(); i = next.getAndIncrement()) {
                        work.apply(items.get(i));
                    }
                    return null;
                }));
            }
            for (var f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    static final class Stats {
        final List<Long> nanos = new ArrayList<>();
        double qps;

        synchronized void add(long n) {
            nanos.add(n);
        }

        double p(int percentile) {
            var sorted = new ArrayList<>(nanos);
            Collections.sort(sorted);
            int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
            return sorted.get(Math.max(0, index)) / 1e6;
        }
    }

    /** 0 → "a", 27 → "ab": a token that analysis keeps whole (digits would be split off). */
    private static String letters(int n) {
        var text = new StringBuilder();
        do {
            text.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return text.toString();
    }

    private static String ms(double millis) {
        return String.format(Locale.ROOT, millis < 10 ? "%.2f" : "%.1f", millis);
    }

    private void machine() {
        var runtime = Runtime.getRuntime();
        line("Machine: " + runtime.availableProcessors() + " cores, max heap "
                + runtime.maxMemory() / 1024 / 1024 + " MB, Java " + System.getProperty("java.version") + " ("
                + System.getProperty("java.vm.name") + "), " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch") + ", run " + Instant.now() + ".");
        line("");
    }

    private void line(String text) {
        report.append(text).append('\n');
    }

    private static long size(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
