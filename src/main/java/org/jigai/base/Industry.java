package org.jigai.base;

/** Industries (行业) of DOMAIN.md; the code is the enum name. */
public enum Industry implements Labeled {
    METALLURGY, CHEMICAL, LIGHT, BUILDING_MATERIALS, TEXTILE, MACHINERY, HOME_APPLIANCE, AUTOMOTIVE,
    RAIL_TRANSIT, MARINE, FOOD, ELECTRONICS, PHARMA, NEW_ENERGY, NEW_MATERIALS, OTHER;

    public String labelKey() {
        return "industry." + name();
    }
}
