package io.securelink.cli.client;

import java.time.Instant;

/**
 * What the status call says about a live secret: when it expires and whether it needs a passphrase.
 *
 * @param expiresAt when the server will stop handing it out
 * @param passphrase whether the recipient needs a passphrase besides the link
 */
public record SecretStatus(Instant expiresAt, boolean passphrase) {}
