package org.jigai.selection;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What an expert declares before reviewing: the organisations it works for or with (an affiliation blocks the cases
 * of that organisation and of every organisation it had an engagement with) and those it declares a conflict with.
 */
@Entity
@Table(name = "expert_declaration")
class ExpertDeclaration {

    enum Relation { AFFILIATION, CONFLICT }

    @Embeddable
    record DeclaredOrg(long organizationId, @Enumerated(EnumType.STRING) Relation relation) {}

    @Id
    private Long accountId;
    private @Nullable String note;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "expert_declared_org", joinColumns = @JoinColumn(name = "account_id"))
    private Set<DeclaredOrg> organizations = new HashSet<>();

    private Instant updatedAt;
    @Version
    private long version;

    protected ExpertDeclaration() {}

    ExpertDeclaration(long accountId, Instant now) {
        this.accountId = accountId;
        this.updatedAt = now;
    }

    void apply(Set<Long> affiliations, Set<Long> conflicts, @Nullable String note, Instant now) {
        organizations.clear();
        affiliations.forEach(o -> organizations.add(new DeclaredOrg(o, Relation.AFFILIATION)));
        conflicts.forEach(o -> organizations.add(new DeclaredOrg(o, Relation.CONFLICT)));
        this.note = note;
        this.updatedAt = now;
    }

    Set<Long> of(Relation relation) {
        var out = new HashSet<Long>();
        organizations.stream().filter(d -> d.relation() == relation).forEach(d -> out.add(d.organizationId()));
        return out;
    }

    Long getAccountId() {
        return accountId;
    }

    @Nullable String getNote() {
        return note;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    long getVersion() {
        return version;
    }
}
