/**
 * Service providers (服务商): their profile — categories, industries and regions served, qualifications,
 * reference projects, private contact details — and their solutions (解决方案) from draft to archive.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "account", "audit"})
@org.jspecify.annotations.NullMarked
package org.jigai.provider;
