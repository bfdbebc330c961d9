/**
 * The demo data set, loaded on an empty database when {@code JIGAI_DEMO_DATA} is on (the default for the
 * embedded database): the documented demo accounts, needs, providers and solutions, collaborations in each stage, the key-project library with its report history, the provider pool and matchmaking events.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "account", "need", "provider", "engagement", "project", "pool", "event", "selection"})
@org.jspecify.annotations.NullMarked
package org.jigai.demo;
