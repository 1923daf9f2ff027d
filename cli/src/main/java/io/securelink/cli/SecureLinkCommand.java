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
    subcommands = {ServeCommand.class, CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:ok",
      "1:internal error",
      "2:bad usage",
      "3:serve could not start (port in use, data directory unusable)"
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
        .setExecutionExceptionHandler(SecureLinkCommand::reportFailure);
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
