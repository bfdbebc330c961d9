package org.jigai.need;

/**
 * Published in the transaction that changed a need in any way that readers of it could notice (content, status,
 * expiry, moderation). Listeners read the need's current state themselves, so the event carries only its id.
 */
public record NeedChanged(long needId) {}
