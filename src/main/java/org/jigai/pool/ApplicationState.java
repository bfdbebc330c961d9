package org.jigai.pool;

import org.jigai.base.Labeled;

/** Where a pool application stands; {@link PoolTransition} moves it. */
public enum ApplicationState implements Labeled {
    DRAFT, SUBMITTED, RETURNED, APPROVED, REJECTED, WITHDRAWN, REMOVED;

    @Override
    public String labelKey() {
        return "pool.state." + name();
    }
}
