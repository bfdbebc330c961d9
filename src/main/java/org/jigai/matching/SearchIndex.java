package org.jigai.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index on disk under {@code <data dir>/index}: one live generation that serves searches and takes updates,
 * and, during a rebuild, a new generation filled from the database that replaces it when complete. Each commit
 * stores, per record type, the newest change it contains (the high-water mark) that the start-up check compares
 * with the database. Updates made while a rebuild runs are replayed on the new generation before it goes live.
 */
final class SearchIndex implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);
    private static final String CURRENT = "current";
    private static final String MARK = "hwm.";
    private static final String LAYOUT = "layout";
    private static final java.time.Duration RETIRE_AFTER = java.time.Duration.ofSeconds(30);

    private final Path root;
    private final Object updates = new Object();
    private volatile Generation live;
    private final Map<String, Instant> marks = new ConcurrentHashMap<>();
    private volatile @Nullable Set<String> replay;
    private volatile @Nullable String layout;

    /** A directory with its writer and near-real-time searchers. */
    private record Generation(Path path, Directory directory, IndexWriter writer, SearcherManager searchers) {

        static Generation open(Path path) throws IOException {
            Files.createDirectories(path);
            Directory directory = FSDirectory.open(path);
            var config = new IndexWriterConfig(Analysis.perField());
            config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            config.setRAMBufferSizeMB(64);
            var writer = new IndexWriter(directory, config);
            return new Generation(path, directory, writer, new SearcherManager(writer, null));
        }

        void close() throws IOException {
            searchers.close();
            writer.close();
            directory.close();
        }
    }

    SearchIndex(Path root) {
        this.root = root;
        try {
            Files.createDirectories(root);
            Path pointer = root.resolve(CURRENT);
            String name = Files.exists(pointer) ? Files.readString(pointer).strip() : "g1";
            live = Generation.open(root.resolve(name));
            if (!Files.exists(pointer)) {
                point(name);
            }
            try (Stream<Path> children = Files.list(root)) {
                for (Path stale : children.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().equals(name))
                        .toList()) {
                    log.info("Removing an unfinished index generation {}", stale);
                    deleteTree(stale);
                }
            }
            live.writer.getLiveCommitData().forEach(e -> {
                if (e.getKey().startsWith(MARK)) {
                    marks.put(e.getKey().substring(MARK.length()), Instant.parse(e.getValue()));
                } else if (e.getKey().equals(LAYOUT)) {
                    layout = e.getValue();
                }
            });
            if (live.writer.getDocStats().numDocs == 0) {
                layout = Documents.LAYOUT;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index under " + root, e);
        }
    }

    /** Runs a search on the latest refreshed view of the live generation. */
    <T> T search(Function<IndexSearcher, T> work) {
        for (int attempt = 0; ; attempt++) {
            var manager = live.searchers;
            try {
                IndexSearcher searcher = manager.acquire();
                try {
                    return work.apply(searcher);
                } finally {
                    manager.release(searcher);
                }
            } catch (org.apache.lucene.store.AlreadyClosedException swapped) {
                if (attempt > 2) {
                    throw swapped;
                }
                // a rebuild replaced the generation between reading "live" and acquiring: use the new one
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Reads one record's current state and writes it (or its absence) to the index, under one lock so that an older
     * state read by a slower thread never overwrites a newer one; then makes it searchable and durable.
     */
    void update(String type, String key, Supplier<Entries.Loaded> load) {
        try {
            synchronized (updates) {
                var loaded = load.get();
                write(live.writer, key, loaded.entry());
                if (loaded.changedAt() != null) {
                    marks.merge(type, loaded.changedAt(), (a, b) -> a.isAfter(b) ? a : b);
                }
                var pending = replay;
                if (pending != null) {
                    pending.add(key);
                }
            }
            live.searchers.maybeRefreshBlocking();
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(IndexWriter writer, String key, Optional<Entry> entry) throws IOException {
        if (entry.isPresent()) {
            writer.updateDocument(new Term(Fields.KEY, key), Documents.of(entry.get()));
        } else {
            writer.deleteDocuments(new Term(Fields.KEY, key));
        }
    }

    /** Commits what the live writer holds, with the high-water marks; concurrent callers share one commit. */
    synchronized void commit() throws IOException {
        var generation = live;
        if (!generation.writer.hasUncommittedChanges()) {
            return;
        }
        Map<String, String> data = new HashMap<>();
        marks.forEach((type, mark) -> data.put(MARK + type, mark.toString()));
        if (layout != null) {
            data.put(LAYOUT, layout);
        }
        generation.writer.setLiveCommitData(data.entrySet());
        generation.writer.commit();
    }

    /** Documents per type in the live generation, as searches see them. */
    Map<String, Integer> counts() {
        return search(searcher -> {
            Map<String, Integer> counts = new HashMap<>();
            for (String type : new String[] {Fields.NEED, Fields.SOLUTION, Fields.PROVIDER, Fields.CASE}) {
                try {
                    counts.put(type, searcher.count(new TermQuery(new Term(Fields.TYPE, type))));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return counts;
        });
    }

    @Nullable Instant mark(String type) {
        return marks.get(type);
    }

    /** The document layout the committed index was written in; null for an index from before layouts were noted. */
    @Nullable String layout() {
        return layout;
    }

    /** A new generation for a rebuild; updates from now on are also noted for replay. */
    Rebuild startRebuild() throws IOException {
        String name = "g" + System.currentTimeMillis();
        replay = ConcurrentHashMap.newKeySet();
        var generation = Generation.open(root.resolve(name));
        generation.writer.deleteAll();
        return new Rebuild(name, generation);
    }

    /** An index being filled from the database while the live one serves. */
    final class Rebuild {
        private final String name;
        private final Generation generation;
        private final Map<String, Instant> rebuiltMarks = new HashMap<>();

        private Rebuild(String name, Generation generation) {
            this.name = name;
            this.generation = generation;
        }

        void add(Entry entry) {
            try {
                generation.writer.updateDocument(new Term(Fields.KEY, entry.key()), Documents.of(entry));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void mark(String type, @Nullable Instant lastChange) {
            if (lastChange != null) {
                rebuiltMarks.put(type, lastChange);
            }
        }

        /**
         * Replays the updates made meanwhile, makes this generation live and removes the old one. {@code reload}
         * reads a record's current state by its key.
         */
        void complete(Function<String, Entries.Loaded> reload) throws IOException {
            // one segment searches fastest; merging now costs the rebuild, not the searches after it
            generation.writer.forceMerge(1);
            Generation old;
            synchronized (updates) {
                var pending = replay;
                replay = null;
                if (pending != null) {
                    for (String key : pending) {
                        var loaded = reload.apply(key);
                        write(generation.writer, key, loaded.entry());
                        String type = key.substring(0, key.indexOf(':'));
                        if (loaded.changedAt() != null) {
                            rebuiltMarks.merge(type, loaded.changedAt(), (a, b) -> a.isAfter(b) ? a : b);
                        }
                    }
                }
                rebuiltMarks.forEach((type, mark) -> marks.merge(type, mark, (a, b) -> a.isAfter(b) ? a : b));
                layout = Documents.LAYOUT;
                old = live;
                live = generation;
                generation.searchers.maybeRefreshBlocking();
            }
            commit();
            point(name);
            retire(old);
            log.info("Search index rebuilt into {}", generation.path());
        }

        void abandon() {
            replay = null;
            try {
                generation.close();
                deleteTree(generation.path());
            } catch (IOException e) {
                log.warn("Could not remove an abandoned index generation {}", generation.path(), e);
            }
        }
    }

    /** Closes and deletes a replaced generation after searches that started on it have had time to finish. */
    private static void retire(Generation old) {
        Thread.ofVirtual().name("index-retire").start(() -> {
            try {
                Thread.sleep(RETIRE_AFTER);
                old.close();
                deleteTree(old.path());
            } catch (IOException | RuntimeException e) {
                log.warn("Could not remove the replaced index generation {}", old.path(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    private void point(String name) throws IOException {
        Path tmp = root.resolve(CURRENT + ".tmp");
        Files.writeString(tmp, name);
        Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Bytes on disk of the live generation. */
    long sizeOnDisk() {
        try (Stream<Path> files = Files.walk(live.path())) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            return -1;
        }
    }

    private static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            files.sorted(Comparator.reverseOrder()).forEach(consume(Files::deleteIfExists));
        }
    }

    private interface IoConsumer<T> {
        void accept(T t) throws IOException;
    }

    private static <T> Consumer<T> consume(IoConsumer<T> action) {
        return t -> {
            try {
                action.accept(t);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    @Override
    public void close() throws IOException {
        commit();
        live.close();
    }
}
