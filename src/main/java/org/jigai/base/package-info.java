/**
 * Shared kernel: configuration, the embedded database, the DOMAIN.md taxonomy and validators, translations,
 * the application layout and the error pages. Every other module may use it; it uses none of them.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.jspecify.annotations.NullMarked
package org.jigai.base;
