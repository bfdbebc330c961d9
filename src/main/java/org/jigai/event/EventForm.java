package org.jigai.event;

import java.time.LocalDate;
import java.util.List;
import org.jigai.base.Industry;
import org.jspecify.annotations.Nullable;

/** What the bureau enters for an event; the service checks every field. */
public record EventForm(@Nullable String title, @Nullable String theme, @Nullable Industry industry,
        @Nullable EventFormat format, @Nullable String place, @Nullable String link, @Nullable LocalDate date,
        @Nullable LocalDate registrationDeadline, List<Session> sessions, int slotMinutes, int tables, int capacity,
        @Nullable String description) {

    public static final int TITLE_MAX = 80;
    public static final int THEME_MAX = 200;
    public static final int PLACE_MAX = 200;
    public static final int LINK_MAX = 300;
    public static final int DESCRIPTION_MAX = 2000;
    public static final int SLOT_MIN = 15;
    public static final int SLOT_MAX = 30;
    public static final int TABLES_MAX = 200;
    public static final int CAPACITY_MAX = 2000;
    public static final int SLOTS_MAX = 48;
}
