package org.jigai.base;

/** A code with a translated label, such as the taxonomy of DOMAIN.md. */
public interface Labeled {
    String labelKey();
}
