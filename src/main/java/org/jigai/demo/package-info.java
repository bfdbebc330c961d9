/**
 * The demo data set, loaded on an empty database when {@code JIGAI_DEMO_DATA} is on (the default for the
 * embedded database): the documented demo accounts, needs, providers and solutions, and collaborations in each stage.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "account", "need", "provider", "engagement"})
@org.jspecify.annotations.NullMarked
package org.jigai.demo;
