package org.jigai.engagement;

/** A file of an engagement, for a download link. */
public record FileRef(long id, String name, long size) {}
