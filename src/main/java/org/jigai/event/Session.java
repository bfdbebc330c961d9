package org.jigai.event;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalTime;

/** A part of the event's day given to one-to-one meetings, e.g. 09:00–11:30; split into slots of equal length. */
@Embeddable
public record Session(@Column(name = "starts_at") LocalTime start, @Column(name = "ends_at") LocalTime end) {

    /** How many whole slots of the given length fit. */
    public int slots(int minutes) {
        long span = java.time.Duration.between(start, end).toMinutes();
        return span <= 0 ? 0 : (int) (span / minutes);
    }
}
