/**
 * Collaboration (对接): an engagement joins one need and one provider, from an invitation or an expression of
 * interest through the conversation, contact exchange by mutual consent, proposals and their versions, signature,
 * milestones with their acceptance timers, to completion and double-blind ratings. Its states and transitions are
 * one table ({@link org.jigai.engagement.Transition}); every transition is an {@code engagement_event} row that feeds
 * the history, the notification centre and e-mail.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "account", "audit", "need", "provider"})
@org.jspecify.annotations.NullMarked
package org.jigai.engagement;
