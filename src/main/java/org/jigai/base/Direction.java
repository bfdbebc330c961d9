package org.jigai.base;

/** Upgrade directions (改造方向) of DOMAIN.md; the code is the enum name. */
public enum Direction implements Labeled {
    HIGH_END, SMART, GREEN, CLUSTER, SERVICE, EQUIPMENT_RENEWAL, SAFETY;

    public String labelKey() {
        return "direction." + name();
    }
}
