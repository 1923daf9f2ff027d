package io.securelink.backend;

import java.time.Instant;

/**
 * What anyone who knows a live secret's id may learn about it.
 *
 * @param id the secret's id
 * @param expiresAt when it stops being revealable
 * @param passphrase whether the recipient must also type a passphrase
 */
public record SecretStatus(String id, Instant expiresAt, boolean passphrase) {}
