package org.jigai.base;

/** What an import did with one record. */
public enum Upsert {
    CREATED, UPDATED, UNCHANGED
}
