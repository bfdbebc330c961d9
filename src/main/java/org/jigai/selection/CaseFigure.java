package org.jigai.selection;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import org.jigai.project.ResultKind;

/** A measured result of a case: what it was before the upgrade and after, with its unit (能耗 2.4 → 1.9 万吨标准煤). */
@Embeddable
public record CaseFigure(@Enumerated(EnumType.STRING) ResultKind kind, String label, String unit,
        @Column(name = "before_value") BigDecimal before, @Column(name = "after_value") BigDecimal after) {

    public static final int LABEL_MAX = 40;
    public static final int UNIT_MAX = 20;
    public static final int MAX = 8;

    /** The change in percent of the figure before (null when it was zero). */
    public @org.jspecify.annotations.Nullable BigDecimal changePercent() {
        if (before.signum() == 0) {
            return null;
        }
        return after.subtract(before).multiply(BigDecimal.valueOf(100))
                .divide(before.abs(), 1, java.math.RoundingMode.HALF_UP);
    }
}
