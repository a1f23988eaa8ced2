package io.monitoringascode.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;

/**
 * The {@code mac} command line. {@code mac check PATH...} checks existing manifests and exits with 0 (no error),
 * 1 (errors found) or 2 (could not run); see {@code cli/README.md}.
 */
@Command(
    name = "mac",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "monitoring-as-code: typed Java for Kubernetes monitoring stacks, and a checker for their manifests.",
    subcommands = {CheckCommand.class, HelpCommand.class})
public final class Main {
  private Main() {}

  /**
   * Runs the command line and exits with its exit code.
   *
   * @param args the arguments, such as {@code check --release prometheus k8s/}
   */
  public static void main(String[] args) {
    CommandLine commandLine = commandLine();
    // Output is UTF-8 whatever the platform's default charset, as every file this project writes.
    commandLine.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    commandLine.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    int exitCode = commandLine.execute(args);
    commandLine.getOut().flush();
    commandLine.getErr().flush();
    System.exit(exitCode);
  }

  /**
   * Runs the command line without exiting, as the Maven plugin's {@code check} goal does.
   *
   * @param out where the report goes
   * @param err where problems that stop the run go
   * @param args the arguments, such as {@code check --format json k8s/}
   * @return the exit code: 0 (no failing finding), 1 (failing findings) or 2 (could not run)
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    int exitCode = commandLine().setOut(out).setErr(err).execute(args);
    out.flush();
    err.flush();
    return exitCode;
  }

  /**
   * Creates the command line, ready to {@code execute}; tests set its output and error writers.
   *
   * @return a fresh command line
   */
  static CommandLine commandLine() {
    return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
  }

  /** Reads the version from the jar's manifest. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Main.class.getPackage().getImplementationVersion();
      return new String[] {"mac " + (version == null ? "(not built as a jar)" : version)};
    }
  }
}
