package io.monitoringascode.alerting.assembly;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs Alertmanager's {@code amtool} as an oracle in tests: {@link #routes(Path, Map)} is
 * {@code amtool config routes test}. {@link #require()} skips the calling test when amtool is not on the
 * {@code PATH}, and fails it under {@code CI=true}, where Debian's {@code prometheus-alertmanager} is installed.
 */
final class Amtool {
  private final Path executable;

  private Amtool(Path executable) {
    this.executable = executable;
  }

  static Amtool require() {
    Optional<Path> found = find();
    if (found.isPresent()) {
      return new Amtool(found.get());
    }
    String message = "amtool is not on the PATH; install Debian's `prometheus-alertmanager` to run this oracle test.";
    if ("true".equals(System.getenv("CI"))) {
      fail(message + " It must be present under CI=true.");
    }
    Assumptions.abort(message);
    throw new IllegalStateException("unreachable: abort throws");
  }

  private static Optional<Path> find() {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String directory : path.split(File.pathSeparator)) {
      Path candidate = Path.of(directory, "amtool");
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /**
   * The receivers amtool routes an alert to, in tree order, once per matching route.
   *
   * @throws IOException if amtool fails or does not finish within 30 seconds
   */
  List<String> routes(Path configFile, Map<String, String> labels) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(executable.toString(), "config", "routes", "test",
        "--config.file=" + configFile));
    labels.forEach((name, value) -> command.add(name + "=" + value));
    Process process = new ProcessBuilder(command).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IOException("amtool did not finish within 30 seconds");
    }
    if (process.exitValue() != 0) {
      throw new IOException("amtool failed (" + process.exitValue() + "): " + output + errors);
    }
    return List.of(output.split(","));
  }
}
