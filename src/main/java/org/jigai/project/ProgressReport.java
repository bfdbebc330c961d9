package org.jigai.project;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jigai.base.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * One version of a period's progress report (调度报告). A draft can be saved again; a filed version never changes — a
 * correction is the next version of the same period.
 */
@Entity
@Table(name = "project_report")
class ProgressReport {

    enum Status { DRAFT, FILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long projectId;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private int reportVersion;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Status status = Status.DRAFT;
    private int percentComplete;
    private BigDecimal investedWan;
    private @Nullable String milestones;
    private @Nullable String correctionNote;
    private boolean imported;
    private long authorId;
    private @Nullable Instant filedAt;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @org.hibernate.annotations.BatchSize(size = 200)
    @CollectionTable(name = "project_problem", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    private List<Problem> problems = new ArrayList<>();

    protected ProgressReport() {}

    ProgressReport(long projectId, Period period, int reportVersion, long authorId, Instant now) {
        this.projectId = projectId;
        this.periodStart = period.start();
        this.periodEnd = period.end();
        this.reportVersion = reportVersion;
        this.authorId = authorId;
        this.createdAt = now;
        this.updatedAt = now;
        this.investedWan = BigDecimal.ZERO;
    }

    void write(int percent, BigDecimal invested, @Nullable String milestones, List<Problem> problems,
            @Nullable String correctionNote, long authorId, Instant now) {
        if (status != Status.DRAFT) {
            throw InvalidInputException.of("report", "project.error.reportFiled");
        }
        this.percentComplete = percent;
        this.investedWan = invested;
        this.milestones = milestones;
        this.problems = new ArrayList<>(problems);
        this.correctionNote = correctionNote;
        this.authorId = authorId;
        this.updatedAt = now;
    }

    void file(Instant now) {
        if (status != Status.DRAFT) {
            throw InvalidInputException.of("report", "project.error.reportFiled");
        }
        status = Status.FILED;
        filedAt = now;
        updatedAt = now;
    }

    /** A report carried over from before the platform keeps the day it was filed then. */
    void filedOn(Instant at) {
        this.imported = true;
        this.filedAt = at;
        this.createdAt = at;
        this.updatedAt = at;
    }

    /** The need made of one of its problems (the only change a filed report takes: a link, not its content). */
    void linkNeed(int problem, long needId) {
        var p = problems.get(problem);
        problems.set(problem, new Problem(p.kind(), p.description(), needId));
    }

    Long getId() { return id; }
    long getProjectId() { return projectId; }
    LocalDate getPeriodStart() { return periodStart; }
    LocalDate getPeriodEnd() { return periodEnd; }
    int getReportVersion() { return reportVersion; }
    Status getStatus() { return status; }
    boolean isFiled() { return status == Status.FILED; }
    int getPercentComplete() { return percentComplete; }
    BigDecimal getInvestedWan() { return investedWan; }
    @Nullable String getMilestones() { return milestones; }
    @Nullable String getCorrectionNote() { return correctionNote; }
    long getAuthorId() { return authorId; }
    boolean isImported() { return imported; }
    @Nullable Instant getFiledAt() { return filedAt; }
    Instant getUpdatedAt() { return updatedAt; }
    List<Problem> getProblems() { return List.copyOf(problems); }
}
