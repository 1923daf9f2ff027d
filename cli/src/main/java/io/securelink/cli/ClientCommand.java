package io.securelink.cli;

import io.securelink.cli.client.ServerAddress;
import io.securelink.cli.terminal.ConsoleIo;
import io.securelink.core.SecretCodec;
import io.securelink.core.jce.JceCrypto;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * What {@code send}, {@code open}, {@code status} and {@code revoke} share: the server option, the codec, the
 * process's streams (replaceable by tests that run a command in-process) and one-line messages on stderr.
 */
abstract class ClientCommand implements Callable<Integer> {

  static final String DEFAULT_SERVER = "http://127.0.0.1:8080";

  @Spec CommandSpec spec;

  @Option(names = "--server", paramLabel = "URL", defaultValue = "${env:SECURELINK_SERVER:-" + DEFAULT_SERVER + "}",
      description = "The SecureLink server, like https://host (for open, status and revoke only when LINK is a"
          + " bare fragment). Default: $SECURELINK_SERVER, else " + DEFAULT_SERVER + ".")
  String server;

  final SecretCodec codec = new SecretCodec(new JceCrypto());
  private ConsoleIo io;

  /** Makes this command use {@code io} instead of the process's streams; for in-process tests. */
  void useIo(ConsoleIo io) {
    this.io = io;
  }

  ConsoleIo io() {
    if (io == null) {
      io = ConsoleIo.system();
    }
    return io;
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /** Prints one line on stderr, prefixed like every message of the command. */
  void note(String message) {
    err().println("securelink: " + message);
    err().flush();
  }

  /** Returns the {@code --server} address; a malformed one is a usage error. */
  ServerAddress serverOption() {
    try {
      return ServerAddress.parse(server);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--server: " + e.getMessage());
    }
  }

  /** Warns once when requests would cross the network unencrypted; the key itself never travels. */
  void warnIfPlainHttp(ServerAddress address) {
    if (address.isPlainHttpOverNetwork()) {
      note("warning: " + address + " is plain http, so anyone on the way can see and block the request;"
          + " use https");
    }
  }
}
