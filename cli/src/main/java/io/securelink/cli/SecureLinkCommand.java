package io.securelink.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code securelink} command: the entry point of {@code securelink.jar}.
 *
 * <p>Each subcommand is a sibling class in this package, listed in {@code subcommands}; picocli maps usage
 * errors to {@link ExitCodes#USAGE} and uncaught exceptions to {@link ExitCodes#INTERNAL_ERROR}.
 */
@Command(
    name = "securelink",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Zero-knowledge one-time secret links.",
    subcommands = {ServeCommand.class, SendCommand.class, OpenCommand.class, StatusCommand.class,
      RevokeCommand.class, CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:ok",
      "1:internal error",
      "2:bad usage",
      "3:serve could not start (port in use, data directory unusable)",
      "4:gone: the secret was already viewed, revoked, expired or destroyed by wrong passphrases",
      "5:wrong or missing passphrase; the secret is still there",
      "6:damaged link, or revealed data that does not fit it",
      "7:server unreachable, or its store unavailable",
      "8:input or output refused before anything was shared or revealed (nothing to share, too large, file exists)"
    })
public final class SecureLinkCommand implements Runnable {

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line and returns its exit code; tests call this instead of {@link #main}. */
  public static int execute(String... args) {
    return newCommandLine().execute(args);
  }

  /** Returns the configured picocli command line, shared by {@link #execute} and tests of its help text. */
  static CommandLine newCommandLine() {
    return new CommandLine(new SecureLinkCommand())
        .setParameterExceptionHandler(SecureLinkCommand::reportUsageError)
        .setExecutionExceptionHandler(SecureLinkCommand::reportFailure);
  }

  /** A usage error is one line that says where the help is, not the whole usage text. */
  private static int reportUsageError(CommandLine.ParameterException error, String[] args) {
    CommandLine command = error.getCommandLine();
    command.getErr().println("securelink: " + oneLine(error.getMessage()) + " (see '"
        + command.getCommandSpec().qualifiedName() + " --help')");
    command.getErr().flush();
    return ExitCodes.USAGE;
  }

  /** Without a subcommand there is nothing to do: say so as a usage error. */
  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: try 'securelink serve'");
  }

  /** Prints a failure as one line; a stack trace would bury the message and could echo user input. */
  private static int reportFailure(
      Exception failure, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    if (failure instanceof CommandFailedException commandFailed) {
      commandLine.getErr().println("securelink: " + oneLine(commandFailed.getMessage()));
      commandLine.getErr().flush();
      return commandFailed.exitCode();
    }
    commandLine.getErr().println(
        "securelink: internal error: " + failure.getClass().getName() + ": " + oneLine(failure.getMessage()));
    commandLine.getErr().flush();
    return ExitCodes.INTERNAL_ERROR;
  }

  private static String oneLine(String message) {
    return message == null ? "" : message.replaceAll("\\s+", " ").trim();
  }
}
