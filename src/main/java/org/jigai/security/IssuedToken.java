package org.jigai.security;

import java.time.Instant;

/** A freshly created token: the only moment its secret is known. */
public record IssuedToken(String token, Instant expiresAt) {}
