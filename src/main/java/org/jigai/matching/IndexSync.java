package org.jigai.matching;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.jigai.base.IndexFacts;
import org.jigai.base.JigaiProperties;
import org.jigai.need.NeedChanged;
import org.jigai.need.NeedService;
import org.jigai.provider.ProviderChanged;
import org.jigai.provider.ProviderService;
import org.jigai.provider.SolutionChanged;
import org.jigai.provider.SolutionService;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the index equal to the database: applies the change events of the need and provider modules (delivered
 * after commit through the event publication registry, so a crash loses none), checks the index against the
 * database at start-up, and rebuilds it in the background when they differ or when staff ask, while the old index
 * keeps serving.
 */
@Component
class IndexSync implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(IndexSync.class);
    static final int PAGE = 500;

    /** Where a rebuild stands, for the admin page. */
    record Progress(boolean running, long done, long total, @Nullable Instant startedAt, @Nullable Instant finishedAt,
            @Nullable String reason, @Nullable String failure) {
        static final Progress IDLE = new Progress(false, 0, 0, null, null, null, null);
    }

    private final SearchIndex index;
    private final Entries entries;
    private final NeedService needs;
    private final SolutionService solutions;
    private final ProviderService providers;
    private final AtomicBoolean rebuilding = new AtomicBoolean();
    private final AtomicReference<Progress> progress = new AtomicReference<>(Progress.IDLE);

    IndexSync(JigaiProperties properties, Entries entries, NeedService needs, SolutionService solutions,
            ProviderService providers) {
        this.index = new SearchIndex(properties.dataDir().resolve("index"));
        this.entries = entries;
        this.needs = needs;
        this.solutions = solutions;
        this.providers = providers;
    }

    SearchIndex index() {
        return index;
    }

    @ApplicationModuleListener
    void on(NeedChanged event) {
        index.update(Fields.NEED, Fields.key(Fields.NEED, event.needId()), () -> entries.need(event.needId()));
    }

    @ApplicationModuleListener
    void on(SolutionChanged event) {
        index.update(Fields.SOLUTION, Fields.key(Fields.SOLUTION, event.solutionId()),
                () -> entries.solution(event.solutionId()));
    }

    /** A provider's profile also shapes its solutions' entries (regions served), so those are updated too. */
    @ApplicationModuleListener
    void on(ProviderChanged event) {
        long org = event.organizationId();
        index.update(Fields.PROVIDER, Fields.key(Fields.PROVIDER, org), () -> entries.provider(org));
        for (long solution : entries.publishedSolutionsOf(org)) {
            index.update(Fields.SOLUTION, Fields.key(Fields.SOLUTION, solution), () -> entries.solution(solution));
        }
    }

    /** Cases published: each goes into the index (public). */
    @ApplicationModuleListener
    void on(org.jigai.base.PublishedCases.Changed event) {
        for (long id : event.caseIds()) {
            index.update(Fields.CASE, Fields.key(Fields.CASE, id), () -> entries.publishedCase(id));
        }
    }

    /** The start-up check: counts and high-water marks against the database; a rebuild in the background if off. */
    @EventListener(ApplicationReadyEvent.class)
    void checkAtStartUp() {
        String difference = difference();
        if (difference == null) {
            log.info("Search index matches the database: {}", index.counts());
            return;
        }
        log.info("Search index differs from the database ({}); rebuilding in the background", difference);
        rebuildInBackground(difference);
    }

    /** Why the index differs from the database, or null when it does not. */
    @Nullable String difference() {
        if (!Documents.LAYOUT.equals(index.layout())) {
            return "document layout " + index.layout() + " != " + Documents.LAYOUT;
        }
        Map<String, Integer> counts = index.counts();
        Map<String, IndexFacts> facts = Map.of(Fields.NEED, needs.indexFacts(), Fields.SOLUTION, solutions.indexFacts(),
                Fields.PROVIDER, providers.indexFacts(), Fields.CASE, entries.caseFacts());
        for (var entry : facts.entrySet()) {
            String type = entry.getKey();
            IndexFacts db = entry.getValue();
            if (counts.getOrDefault(type, 0) != db.indexable()) {
                return type + " count " + counts.getOrDefault(type, 0) + " != " + db.indexable();
            }
            Instant mark = index.mark(type);
            if (db.lastChange() != null && (mark == null || mark.isBefore(db.lastChange()))) {
                return type + " changed at " + db.lastChange() + " after the index mark " + mark;
            }
        }
        return null;
    }

    Progress progress() {
        return progress.get();
    }

    /** Starts a rebuild on its own thread unless one is running; true if this call started it. */
    boolean rebuildInBackground(String reason) {
        if (!rebuilding.compareAndSet(false, true)) {
            return false;
        }
        progress.set(new Progress(true, 0, total(), Instant.now(), null, reason, null));
        Thread.ofVirtual().name("index-rebuild").start(() -> {
            try {
                rebuild();
            } catch (RuntimeException | IOException | Error e) {
                log.error("Search index rebuild failed; the previous index keeps serving", e);
                var p = progress.get();
                progress.set(new Progress(false, p.done(), p.total(), p.startedAt(), Instant.now(), p.reason(),
                        Objects.toString(e.getMessage(), e.getClass().getSimpleName())));
            } finally {
                rebuilding.set(false);
            }
        });
        return true;
    }

    private long total() {
        return needs.indexFacts().indexable() + solutions.indexFacts().indexable() + providers.indexFacts().indexable()
                + entries.caseFacts().indexable();
    }

    private void rebuild() throws IOException {
        var rebuild = index.startRebuild();
        boolean completed = false;
        try {
            Instant needMark = needs.indexFacts().lastChange();
            Instant solutionMark = solutions.indexFacts().lastChange();
            Instant providerMark = providers.indexFacts().lastChange();
            Instant caseMark = entries.caseFacts().lastChange();
            feed(rebuild, after -> needs.openSnapshots(after, PAGE).stream().map(entries::entry).toList());
            feed(rebuild, after -> entries.solutionPage(solutions.publishedSnapshots(after, PAGE)));
            feed(rebuild, after -> providers.snapshots(after, PAGE).stream().map(entries::entry).toList());
            feed(rebuild, after -> entries.casesAfter(after, PAGE).stream().map(entries::entry).toList());
            rebuild.mark(Fields.NEED, needMark);
            rebuild.mark(Fields.SOLUTION, solutionMark);
            rebuild.mark(Fields.PROVIDER, providerMark);
            rebuild.mark(Fields.CASE, caseMark);
            rebuild.complete(this::reload);
            completed = true;
            var p = progress.get();
            progress.set(new Progress(false, p.done(), p.done(), p.startedAt(), Instant.now(), p.reason(), null));
        } finally {
            if (!completed) {
                rebuild.abandon();
            }
        }
    }

    private void feed(SearchIndex.Rebuild rebuild, Function<Long, List<Entry>> page) {
        long after = 0;
        while (true) {
            List<Entry> batch = page.apply(after);
            if (batch.isEmpty()) {
                return;
            }
            batch.forEach(rebuild::add);
            after = batch.getLast().id();
            var p = progress.get();
            progress.set(new Progress(true, p.done() + batch.size(), Math.max(p.total(), p.done() + batch.size()),
                    p.startedAt(), null, p.reason(), null));
        }
    }

    private Entries.Loaded reload(String key) {
        long id = Long.parseLong(key.substring(key.indexOf(':') + 1));
        return switch (key.substring(0, key.indexOf(':'))) {
            case Fields.NEED -> entries.need(id);
            case Fields.SOLUTION -> entries.solution(id);
            case Fields.CASE -> entries.publishedCase(id);
            default -> entries.provider(id);
        };
    }

    @Override
    public void destroy() throws IOException {
        index.close();
    }
}
