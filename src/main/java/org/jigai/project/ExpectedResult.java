package org.jigai.project;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/** A figure a project expects to reach, with its unit: 新增产值 3000 万元, 节能 1200 吨标准煤 … */
@Embeddable
public record ExpectedResult(@Enumerated(EnumType.STRING) ResultKind kind, BigDecimal amount, String unit) {

    public static final int UNIT_MAX = 20;
    public static final int MAX = 8;
}
