package org.jigai.pool;

/** Some application changed state or a pool year changed: memberships are read again after the commit. */
record PoolChanged(long applicationId) {}
