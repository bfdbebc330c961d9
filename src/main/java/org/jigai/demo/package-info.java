/**
 * The demo data set, loaded on an empty database when {@code JIGAI_DEMO_DATA} is on (the default for the
 * embedded database). For now: the four documented demo accounts.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "account"})
@org.jspecify.annotations.NullMarked
package org.jigai.demo;
