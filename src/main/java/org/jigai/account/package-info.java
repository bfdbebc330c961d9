/**
 * Organisations (enterprises and providers) and their user accounts: self-registration, colleagues invited by
 * the first user, staff accounts created by an admin, roles, passwords and the first-start admin.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "audit"})
@org.jspecify.annotations.NullMarked
package org.jigai.account;
