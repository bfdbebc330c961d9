package org.jigai.project;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jigai.base.Direction;
import org.jigai.base.Industry;
import org.jigai.base.InvalidInputException;
import org.jspecify.annotations.Nullable;

/** A key upgrade project of one enterprise. Its stage moves only by {@link #take}. */
@Entity
@Table(name = "project")
class Project {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String ref;
    private long enterpriseId;
    private String name;
    @Enumerated(EnumType.STRING)
    private Industry industry;
    private String region;
    private int libraryYear;
    private BigDecimal totalInvestmentWan;
    private BigDecimal equipmentInvestmentWan;
    private LocalDate plannedStart;
    private LocalDate plannedCompletion;
    private LocalDate plannedProduction;
    private @Nullable String filingNumber;
    private @Nullable String description;
    private @Nullable Long engagementId;

    @ElementCollection(fetch = FetchType.EAGER)
    @org.hibernate.annotations.BatchSize(size = 200)
    @CollectionTable(name = "project_direction", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "direction")
    @Enumerated(EnumType.STRING)
    private Set<Direction> directions = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @org.hibernate.annotations.BatchSize(size = 200)
    @CollectionTable(name = "project_provider", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "provider_id")
    private Set<Long> providerIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @org.hibernate.annotations.BatchSize(size = 200)
    @CollectionTable(name = "project_result", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    private List<ExpectedResult> results = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    private ProjectStage stage = ProjectStage.PLANNED;
    @Enumerated(EnumType.STRING)
    private @Nullable ProjectStage stageBeforeSuspension;
    private @Nullable String suspensionReason;
    private @Nullable LocalDate actualStart;
    private @Nullable LocalDate actualCompletion;
    private @Nullable LocalDate actualProduction;
    @org.hibernate.annotations.OptimisticLock(excluded = true)
    private @Nullable Integer percentComplete;
    @org.hibernate.annotations.OptimisticLock(excluded = true)
    private @Nullable BigDecimal investedWan;
    @org.hibernate.annotations.OptimisticLock(excluded = true)
    private @Nullable LocalDate lastReportedPeriod;
    @org.hibernate.annotations.OptimisticLock(excluded = true)
    private @Nullable LocalDate oldestMissingDue;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected Project() {}

    Project(long enterpriseId, String ref, int libraryYear, ProjectForm form, Instant now) {
        this.enterpriseId = enterpriseId;
        this.ref = ref;
        this.libraryYear = libraryYear;
        this.createdAt = now;
        apply(form, now);
    }

    /** Writes the checked form over the project's description (never its stage or reports). */
    void apply(ProjectForm f, Instant now) {
        name = f.name();
        industry = f.industry();
        region = f.region();
        totalInvestmentWan = f.totalInvestmentWan();
        equipmentInvestmentWan = f.equipmentInvestmentWan();
        plannedStart = f.plannedStart();
        plannedCompletion = f.plannedCompletion();
        plannedProduction = f.plannedProduction();
        filingNumber = f.filingNumber() == null || f.filingNumber().isBlank() ? null : f.filingNumber();
        description = f.description() == null || f.description().isBlank() ? null : f.description();
        directions = new HashSet<>(f.directions());
        providerIds = new HashSet<>(f.providerIds());
        results = new ArrayList<>(f.results());
        updatedAt = now;
    }

    /**
     * Takes a transition of the table on the given actual day (dated ones) with the given reason (SUSPEND), or
     * refuses it with the message users see next to the field.
     */
    void take(ProjectTransition t, @Nullable LocalDate day, @Nullable String reason, LocalDate today, Instant now) {
        if (!t.allows(stage)) {
            throw InvalidInputException.of("stage", "project.error.refused");
        }
        if (t.dated()) {
            if (day == null) {
                throw InvalidInputException.of("date", "validation.required");
            }
            if (day.isAfter(today)) {
                throw InvalidInputException.of("date", "project.error.future");
            }
            LocalDate previous = switch (t) {
                case COMPLETE -> actualStart;
                case START_PRODUCTION -> actualCompletion;
                default -> null;
            };
            if (previous != null && day.isBefore(previous)) {
                throw InvalidInputException.of("date", "project.error.beforePrevious", previous.toString());
            }
            // production ends the periods owed: it cannot fall before a period already reported on
            if (t == ProjectTransition.START_PRODUCTION && lastReportedPeriod != null
                    && day.isBefore(lastReportedPeriod)) {
                throw InvalidInputException.of("date", "project.error.productionBeforeReports",
                        lastReportedPeriod.toString());
            }
        }
        switch (t) {
            case START -> actualStart = day;
            case COMPLETE -> actualCompletion = day;
            case START_PRODUCTION -> actualProduction = day;
            case SUSPEND -> {
                stageBeforeSuspension = stage;
                suspensionReason = reason;
            }
            case RESUME -> {
                stage = stageBeforeSuspension == null ? ProjectStage.PLANNED : stageBeforeSuspension;
                stageBeforeSuspension = null;
                suspensionReason = null;
                updatedAt = now;
                return;
            }
        }
        stage = t.to();
        updatedAt = now;
    }

    /**
     * Sets stage and actual dates as an import states them (already checked for order and the future by the
     * caller).
     */
    void importStage(ProjectStage stage, @Nullable LocalDate start, @Nullable LocalDate completion,
            @Nullable LocalDate production, Instant now) {
        if (stage == ProjectStage.SUSPENDED && this.stage != ProjectStage.SUSPENDED) {
            stageBeforeSuspension = this.stage;
        }
        this.stage = stage;
        this.actualStart = start;
        this.actualCompletion = completion;
        this.actualProduction = production;
        if (stage == ProjectStage.SUSPENDED) {
            // resuming goes back to where the dates say the project was
            stageBeforeSuspension = completion != null ? ProjectStage.COMPLETED
                    : start != null ? ProjectStage.UNDER_CONSTRUCTION : ProjectStage.PLANNED;
        } else {
            stageBeforeSuspension = null;
            suspensionReason = null;
        }
        updatedAt = now;
    }

    void reported(LocalDate periodStart, int percent, BigDecimal invested, Instant now) {
        // the latest period's figures count (a filed report never shows less investment than an earlier period's)
        if (lastReportedPeriod == null || !periodStart.isBefore(lastReportedPeriod)) {
            lastReportedPeriod = periodStart;
            percentComplete = percent;
            investedWan = invested;
        }
        updatedAt = now;
    }

    /** Figures an import states for a project that has no report filed in the platform. */
    void importFigures(@Nullable Integer percent, BigDecimal invested) {
        this.percentComplete = percent;
        this.investedWan = invested;
    }

    /** The registration day of a project carried over from before the platform (history backfill). */
    void backdate(Instant registeredAt) {
        this.createdAt = registeredAt;
    }

    void setOldestMissingDue(@Nullable LocalDate due) {
        this.oldestMissingDue = due;
    }

    void linkEngagement(long engagementId) {
        this.engagementId = engagementId;
    }

    boolean sameAs(ProjectForm f) {
        return name.equals(f.name()) && industry == f.industry() && region.equals(f.region())
                && totalInvestmentWan.compareTo(f.totalInvestmentWan()) == 0
                && equipmentInvestmentWan.compareTo(f.equipmentInvestmentWan()) == 0
                && plannedStart.equals(f.plannedStart()) && plannedCompletion.equals(f.plannedCompletion())
                && plannedProduction.equals(f.plannedProduction())
                && java.util.Objects.equals(filingNumber, blankToNull(f.filingNumber()))
                && java.util.Objects.equals(description, blankToNull(f.description()))
                && directions.equals(f.directions()) && providerIds.equals(f.providerIds())
                && sameResults(f.results());
    }

    /** The form fields an edit changes, by their form names (for the timeline). */
    List<String> changedFields(ProjectForm f) {
        var changed = new ArrayList<String>();
        if (!name.equals(f.name())) changed.add("name");
        if (industry != f.industry()) changed.add("industry");
        if (!region.equals(f.region())) changed.add("region");
        if (!directions.equals(f.directions())) changed.add("directions");
        if (totalInvestmentWan.compareTo(f.totalInvestmentWan()) != 0) changed.add("totalInvestmentWan");
        if (equipmentInvestmentWan.compareTo(f.equipmentInvestmentWan()) != 0) changed.add("equipmentInvestmentWan");
        if (!plannedStart.equals(f.plannedStart())) changed.add("plannedStart");
        if (!plannedCompletion.equals(f.plannedCompletion())) changed.add("plannedCompletion");
        if (!plannedProduction.equals(f.plannedProduction())) changed.add("plannedProduction");
        if (!java.util.Objects.equals(filingNumber, blankToNull(f.filingNumber()))) changed.add("filingNumber");
        if (!java.util.Objects.equals(description, blankToNull(f.description()))) changed.add("description");
        if (!sameResults(f.results())) changed.add("results");
        if (!providerIds.equals(f.providerIds())) changed.add("providerIds");
        return changed;
    }

    private boolean sameResults(List<ExpectedResult> other) {
        if (results.size() != other.size()) {
            return false;
        }
        for (int i = 0; i < results.size(); i++) {
            var a = results.get(i);
            var b = other.get(i);
            if (a.kind() != b.kind() || a.amount().compareTo(b.amount()) != 0 || !a.unit().equals(b.unit())) {
                return false;
            }
        }
        return true;
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s;
    }

    Long getId() { return id; }
    String getRef() { return ref; }
    void setRef(String ref) { this.ref = ref; }
    long getEnterpriseId() { return enterpriseId; }
    String getName() { return name; }
    Industry getIndustry() { return industry; }
    String getRegion() { return region; }
    int getLibraryYear() { return libraryYear; }
    void setLibraryYear(int year) { this.libraryYear = year; }
    BigDecimal getTotalInvestmentWan() { return totalInvestmentWan; }
    BigDecimal getEquipmentInvestmentWan() { return equipmentInvestmentWan; }
    LocalDate getPlannedStart() { return plannedStart; }
    LocalDate getPlannedCompletion() { return plannedCompletion; }
    LocalDate getPlannedProduction() { return plannedProduction; }
    @Nullable String getFilingNumber() { return filingNumber; }
    @Nullable String getDescription() { return description; }
    @Nullable Long getEngagementId() { return engagementId; }
    Set<Direction> getDirections() { return Set.copyOf(directions); }
    Set<Long> getProviderIds() { return Set.copyOf(providerIds); }
    List<ExpectedResult> getResults() { return List.copyOf(results); }
    ProjectStage getStage() { return stage; }
    @Nullable ProjectStage getStageBeforeSuspension() { return stageBeforeSuspension; }
    @Nullable String getSuspensionReason() { return suspensionReason; }
    @Nullable LocalDate getActualStart() { return actualStart; }
    @Nullable LocalDate getActualCompletion() { return actualCompletion; }
    @Nullable LocalDate getActualProduction() { return actualProduction; }
    @Nullable Integer getPercentComplete() { return percentComplete; }
    @Nullable BigDecimal getInvestedWan() { return investedWan; }
    @Nullable LocalDate getLastReportedPeriod() { return lastReportedPeriod; }
    @Nullable LocalDate getOldestMissingDue() { return oldestMissingDue; }
    Instant getCreatedAt() { return createdAt; }
    Instant getUpdatedAt() { return updatedAt; }
    long getVersion() { return version; }
}
