package org.jigai.provider;

/** Published in the transaction that created or changed a provider profile; carries the organisation's id. */
public record ProviderChanged(long organizationId) {}
