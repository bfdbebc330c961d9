/**
 * Who may do what: the log-in view, the web and API filter chains, log-in throttling, security headers and
 * API tokens. Accounts themselves belong to {@code account}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "account", "audit"})
@org.jspecify.annotations.NullMarked
package org.jigai.security;
