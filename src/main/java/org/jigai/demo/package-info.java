/**
 * The demo data set, loaded on an empty database when {@code JIGAI_DEMO_DATA} is on (the default for the
 * embedded database): the documented demo accounts and a first set of needs.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "account", "need"})
@org.jspecify.annotations.NullMarked
package org.jigai.demo;
