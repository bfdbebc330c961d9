package org.jigai.selection;

import java.time.LocalDate;
import java.util.List;

/**
 * What the bureau sets for a call; checked by {@link SelectionService}. Scores run from 0 to {@code scoreScale} per
 * criterion; a nomination's weighted total runs from 0 to 100; experts disagree when their totals differ by more than
 * {@code spreadMargin}; {@code normalised} ranks by scores corrected for each expert's harshness or leniency (both
 * rankings are shown either way); {@code blind} hides the applicants' names from the experts.
 */
public record CallForm(int year, String title, LocalDate nominationOpens, LocalDate nominationCloses,
        LocalDate reviewCloses, int noticeDays, int selectCount, int expertsPerCase, int scoreScale, int spreadMargin,
        boolean blind, boolean normalised, List<Criterion> criteria) {

    public static final int TITLE_MAX = 100;
    public static final int DEFAULT_NOTICE_DAYS = 7;
    public static final int DEFAULT_SELECT = 10;
    public static final int DEFAULT_EXPERTS = 3;
    public static final int DEFAULT_SCALE = 10;
    public static final int DEFAULT_SPREAD = 20;
    /** Fewer experts than this per case do not make a ranking. */
    public static final int MIN_EXPERTS = 3;
    public static final int CRITERIA_MAX = 8;
}
