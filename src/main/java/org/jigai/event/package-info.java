/**
 * Matchmaking events (供需对接活动): the bureau's events with their meeting slots ({@link org.jigai.event.EventTransition}),
 * registrations of enterprises and providers ({@link org.jigai.event.RegistrationTransition}), their preferences for
 * the partners the matching engine suggests, the one-to-one meeting schedule made by
 * {@link org.jigai.event.MeetingScheduler} and reviewed by the bureau, agendas (page, xlsx, .ics), attendance and
 * outcomes, engagements started from meetings, and the year's counts against the target of 20 events.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "account", "audit", "need", "provider",
        "matching", "engagement"})
@org.jspecify.annotations.NullMarked
package org.jigai.event;
