/**
 * Data exchange with other platforms and scripts (API.md): the bulk import of organisations, solutions and needs,
 * upserted by the caller's own {@code ref}, the reading endpoints by {@code ref} or page, and the bureau's Excel
 * template, export and import of the same records.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "account", "need", "provider"})
@org.jspecify.annotations.NullMarked
package org.jigai.exchange;
