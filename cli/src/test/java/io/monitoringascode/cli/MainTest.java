package io.monitoringascode.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MainTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void commandLine_noSubcommand_exitsTwoWithUsage() {
    int exitCode = execute();

    assertThat(exitCode).isEqualTo(2);
    assertThat(err.toString()).contains("Missing required subcommand", "Usage: mac", "check");
  }

  @Test
  void commandLine_helpCheck_listsOptionsAndExitCodes() {
    int exitCode = execute("help", "check");

    assertThat(exitCode).isZero();
    assertThat(out.toString())
        .contains("--format=FORMAT", "text, json, sarif", "--release=NAME", "--severity=RULE=LEVEL", "--fail-on=LEVEL")
        .contains("Exit codes:", "  0   No error found", "  1   Errors found", "  2   Could not run");
  }

  @Test
  void run_returnsTheExitCodeWithoutExiting() {
    int exitCode = Main.run(new PrintWriter(out), new PrintWriter(err), "check", "--format", "json", "no-such-dir");

    assertThat(exitCode).isEqualTo(2);
    assertThat(err.toString()).contains("mac check: ");
  }

  @Test
  void commandLine_version_printsAVersionLine() {
    int exitCode = execute("--version");

    assertThat(exitCode).isZero();
    assertThat(out.toString()).startsWith("mac ");
  }

  private int execute(String... args) {
    CommandLine commandLine = Main.commandLine();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    return commandLine.execute(args);
  }
}
