/**
 * The audit log: security events (log-ins, role changes, token creation) and, later, every bureau decision.
 * Other modules record through {@link org.jigai.audit.AuditLog}; admins browse it.
 */
@org.jspecify.annotations.NullMarked
package org.jigai.audit;
