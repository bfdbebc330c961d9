/**
 * Data exchange with other platforms and scripts (API.md): the bulk import of organisations, solutions and needs,
 * upserted by the caller's own {@code ref}, and the reading endpoints by {@code ref} or page.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "account", "need", "provider"})
@org.jspecify.annotations.NullMarked
package org.jigai.exchange;
