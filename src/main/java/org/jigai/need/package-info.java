/**
 * Technology-upgrade needs (技改需求): what an enterprise wants to upgrade, its lifecycle from draft to
 * completion, expiry and renewal, bureau moderation, and the browsing of published needs by providers and
 * bureau staff.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "account", "audit"})
@org.jspecify.annotations.NullMarked
package org.jigai.need;
