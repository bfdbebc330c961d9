package org.jigai.matching;

import java.time.Instant;
import java.util.List;
import org.jigai.audit.AuditLog;
import org.jigai.base.IndexFacts;
import org.jigai.need.NeedService;
import org.jigai.provider.ProviderService;
import org.jigai.provider.SolutionService;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** What staff see of the index, and the rebuild they can ask for. */
@Service
public class IndexAdminService {

    public static final String INDEX_REBUILT = "INDEX_REBUILT";

    /** One record type: indexable in the database, documents in the index, and the newest change of each. */
    public record TypeStatus(String type, long database, long indexed, @Nullable Instant lastChange,
            @Nullable Instant indexMark) {
        public boolean consistent() {
            return database == indexed && (lastChange == null || (indexMark != null && !indexMark.isBefore(lastChange)));
        }
    }

    public record Status(List<TypeStatus> types, long bytesOnDisk, Rebuild rebuild) {}

    public record Rebuild(boolean running, long done, long total, @Nullable Instant startedAt,
            @Nullable Instant finishedAt, @Nullable String failure) {}

    private final IndexSync sync;
    private final NeedService needs;
    private final SolutionService solutions;
    private final ProviderService providers;
    private final AuditLog audit;

    IndexAdminService(IndexSync sync, NeedService needs, SolutionService solutions, ProviderService providers,
            AuditLog audit) {
        this.sync = sync;
        this.needs = needs;
        this.solutions = solutions;
        this.providers = providers;
        this.audit = audit;
    }

    @PreAuthorize("hasAnyRole('ADMIN','BUREAU')")
    public Status status() {
        var counts = sync.index().counts();
        return new Status(List.of(type(Fields.NEED, needs.indexFacts(), counts.getOrDefault(Fields.NEED, 0)),
                type(Fields.SOLUTION, solutions.indexFacts(), counts.getOrDefault(Fields.SOLUTION, 0)),
                type(Fields.PROVIDER, providers.indexFacts(), counts.getOrDefault(Fields.PROVIDER, 0))),
                sync.index().sizeOnDisk(), rebuild());
    }

    @PreAuthorize("hasAnyRole('ADMIN','BUREAU')")
    public Rebuild rebuild() {
        var p = sync.progress();
        return new Rebuild(p.running(), p.done(), p.total(), p.startedAt(), p.finishedAt(), p.failure());
    }

    /** Starts a rebuild from the database unless one runs; the current index keeps serving meanwhile. */
    @PreAuthorize("hasAnyRole('ADMIN','BUREAU')")
    public boolean startRebuild() {
        boolean started = sync.rebuildInBackground("requested by staff");
        if (started) {
            audit.record(INDEX_REBUILT, null, null);
        }
        return started;
    }

    private TypeStatus type(String type, IndexFacts facts, int indexed) {
        return new TypeStatus(type, facts.indexable(), indexed, facts.lastChange(), sync.index().mark(type));
    }
}
