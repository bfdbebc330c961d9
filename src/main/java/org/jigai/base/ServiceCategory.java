package org.jigai.base;

/** Provider service categories (服务类别) of DOMAIN.md; the code is the enum name. */
public enum ServiceCategory implements Labeled {
    DIAGNOSIS, TECH_APPLICATION, TESTING, EQUIPMENT, FINANCE, DESIGN;

    public String labelKey() {
        return "category." + name();
    }
}
