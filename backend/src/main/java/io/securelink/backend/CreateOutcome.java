package io.securelink.backend;

import java.time.Instant;

/** The answer to {@link SecretStore#create}. */
public sealed interface CreateOutcome {

  /** The secret is stored (now, or by an identical earlier request) and expires at {@code expiresAt}. */
  record Created(Instant expiresAt) implements CreateOutcome {}

  /** The id already holds different content. */
  record IdTaken() implements CreateOutcome {}
}
