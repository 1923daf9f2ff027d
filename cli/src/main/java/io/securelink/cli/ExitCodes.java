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

  private ExitCodes() {}
}
