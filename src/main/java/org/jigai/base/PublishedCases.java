package org.jigai.base;

import java.util.Map;

/**
 * How many excellent cases (优秀案例) of the bureau's annual selection each provider delivered, published. Implemented
 * by the {@code selection} module; read by the ranking's standing without depending on that module.
 */
public interface PublishedCases {

    /** No selection at all (tests of modules that do not load it). */
    PublishedCases NONE = Map::of;

    /** Provider organisation → its published cases (only those with any). */
    Map<Long, Long> byProvider();

    /** Published after the commit when cases were published or dropped. */
    record Changed(int year) {}
}
