package io.securelink.cli;

import io.securelink.cli.client.ApiFailure;
import io.securelink.cli.client.SecretStatus;
import io.securelink.cli.client.SecretsApi;
import io.securelink.cli.client.ServerAddress;
import io.securelink.core.DamagedLinkException;
import io.securelink.core.Keys;
import io.securelink.core.LinkKey;
import io.securelink.core.SecretCodec;

/**
 * The secret a link points to, from the recipient's side: the key from the fragment, the server from the part
 * before {@code #} (or {@code --server} for a bare fragment), and the API calls that need them. Parsing makes
 * no request, so a damaged link never reaches the server.
 */
final class LinkedSecret {

  private final SecretCodec codec;
  private final LinkKey key;
  private final SecretsApi api;
  private final String id;

  private LinkedSecret(SecretCodec codec, LinkKey key, SecretsApi api) {
    this.codec = codec;
    this.key = key;
    this.api = api;
    this.id = codec.secretId(key);
  }

  /**
   * Returns the secret behind {@code link}.
   *
   * @throws CommandFailedException with {@link ExitCodes#DAMAGED_LINK} if the link is damaged or its address is
   *     not a SecureLink origin
   */
  static LinkedSecret parse(SecretCodec codec, String link, ServerAddress serverForBareFragment)
      throws CommandFailedException {
    LinkKey key;
    try {
      key = LinkKey.parse(link);
    } catch (DamagedLinkException e) {
      throw new CommandFailedException(ExitCodes.DAMAGED_LINK, e.getMessage(), e);
    }
    return new LinkedSecret(codec, key, new SecretsApi(serverOf(link, serverForBareFragment)));
  }

  private static ServerAddress serverOf(String link, ServerAddress fallback) throws CommandFailedException {
    int hash = link.indexOf('#');
    String before = (hash < 0 ? "" : link.substring(0, hash)).strip();
    if (before.isEmpty()) {
      return fallback;
    }
    try {
      return ServerAddress.parse(before);
    } catch (IllegalArgumentException e) {
      throw new CommandFailedException(ExitCodes.DAMAGED_LINK, "the part of the link before # is not a SecureLink"
          + " address (" + e.getMessage() + "): ask the sender to send the whole link again", e);
    }
  }

  ServerAddress server() {
    return api.server();
  }

  /** Returns the secret's status; never consumes it. */
  SecretStatus status() throws CommandFailedException, InterruptedException {
    try {
      return api.status(id);
    } catch (ApiFailure e) {
      throw ApiFailures.toCommandFailure(e);
    }
  }

  /** Returns the keys for {@code passphraseOrNull}; with a passphrase this runs PBKDF2, which takes a moment. */
  Keys keys(String passphraseOrNull) {
    return codec.keys(key, passphraseOrNull);
  }

  SecretsApi api() {
    return api;
  }

  /** Returns the id only: the key must not end up in logs. */
  @Override
  public String toString() {
    return "LinkedSecret[id=" + id + ", key redacted]";
  }
}
