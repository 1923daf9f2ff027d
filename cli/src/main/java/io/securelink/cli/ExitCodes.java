package io.securelink.cli;

/**
 * The exit codes of the {@code securelink} command, one meaning each, so scripts can branch on them.
 *
 * <p>0 to 3 are shared by every subcommand; the client subcommands ({@code send}, {@code open}, {@code status},
 * {@code revoke}) add their own from 4 up.
 */
public final class ExitCodes {

  /** The command did what was asked. */
  public static final int OK = 0;

  /** Something unexpected failed inside the command; the message says what. */
  public static final int INTERNAL_ERROR = 1;

  /** The command line was wrong: unknown option, missing or malformed value. */
  public static final int USAGE = 2;

  /** {@code serve} could not start: port in use, data directory unusable, storage not reachable. */
  public static final int COULD_NOT_START = 3;

  /** The secret is not there: already viewed, revoked, expired, destroyed by wrong passphrases, or never made. */
  public static final int GONE = 4;

  /** The passphrase is wrong (or missing) and the secret is still on the server: try again with the right one. */
  public static final int WRONG_PASSPHRASE = 5;

  /** The link is incomplete, damaged or of a newer format, or the revealed data does not fit it. */
  public static final int DAMAGED_LINK = 6;

  /** The server could not be reached, timed out, is not a SecureLink server, or its store is unavailable. */
  public static final int UNAVAILABLE = 7;

  /** Local input or output was refused before anything was consumed: nothing to share, too large, unreadable. */
  public static final int INPUT_REFUSED = 8;

  private ExitCodes() {}
}
