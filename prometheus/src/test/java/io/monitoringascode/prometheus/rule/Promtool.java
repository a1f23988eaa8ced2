package io.monitoringascode.prometheus.rule;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.monitoringascode.core.render.Canonical;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs Prometheus' {@code promtool} as an oracle in tests: {@link #checkRules(String)} is {@code promtool check rules}
 * on a plain rule file. Tests call {@link #require()}, which skips them with a message when promtool is not on the
 * {@code PATH}, and fails them under {@code CI=true}, where {@code .ci/run} installs it. Shipped in the test-jar for
 * other modules' oracle tests.
 */
public final class Promtool {
  private final Path executable;

  private Promtool(Path executable) {
    this.executable = executable;
  }

  /**
   * The outcome of a promtool run.
   *
   * @param exitCode the exit code; 0 means accepted
   * @param output standard output and error together
   */
  public record Result(int exitCode, String output) {}

  /**
   * Finds promtool on the {@code PATH}.
   *
   * @return the runner, or empty when promtool is not installed
   */
  public static Optional<Promtool> find() {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String directory : path.split(File.pathSeparator)) {
      Path candidate = Path.of(directory, "promtool");
      if (Files.isExecutable(candidate)) {
        return Optional.of(new Promtool(candidate));
      }
    }
    return Optional.empty();
  }

  /**
   * Finds promtool, or skips the calling test (fails it under {@code CI=true}).
   *
   * @return the runner
   */
  public static Promtool require() {
    Optional<Promtool> promtool = find();
    if (promtool.isPresent()) {
      return promtool.get();
    }
    String message = "promtool is not on the PATH; install Debian's `prometheus` package to run this oracle test.";
    if ("true".equals(System.getenv("CI"))) {
      fail(message + " It must be present under CI=true.");
    }
    Assumptions.abort(message);
    throw new IllegalStateException("unreachable: abort throws");
  }

  /**
   * Renders the groups of a PrometheusRule as the plain rule file that the operator writes for Prometheus.
   *
   * @param prometheusRule the object
   * @return YAML with one top-level key, {@code groups}
   */
  public static String rulesFile(PrometheusRule prometheusRule) {
    ObjectNode file = JsonNodeFactory.instance.objectNode();
    file.set("groups", Canonical.toTree(prometheusRule).path("spec").path("groups"));
    return new String(Canonical.renderYaml(file), StandardCharsets.UTF_8);
  }

  /**
   * Runs {@code promtool check rules} on a rule file's text.
   *
   * @param rulesYaml the rule file
   * @return the exit code and output
   * @throws IOException if the file cannot be written or promtool cannot be started
   * @throws InterruptedException if interrupted while waiting
   */
  public Result checkRules(String rulesYaml) throws IOException, InterruptedException {
    Path file = Files.createTempFile("rules", ".yml");
    try {
      Files.writeString(file, rulesYaml);
      Process process = new ProcessBuilder(executable.toString(), "check", "rules", file.toString())
          .redirectErrorStream(true)
          .start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IOException("promtool did not finish within 60 seconds");
      }
      return new Result(process.exitValue(), output);
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
