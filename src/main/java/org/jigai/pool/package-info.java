/**
 * The annual provider pool (技术改造服务商资源池): the bureau opens a pool year with its categories, application window
 * and requirements; providers apply per category, renewing from last year's application; the bureau reviews
 * ({@link org.jigai.pool.PoolTransition}), members carry the year's badge ({@link org.jigai.base.PoolMembership})
 * until the year ends or they are removed, are reminded to renew, and are listed publicly at {@code /pool}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "account", "audit", "provider"})
@org.jspecify.annotations.NullMarked
package org.jigai.pool;
