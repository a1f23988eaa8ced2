package io.monitoringascode.testkit;

import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.monitoringascode.core.render.Canonical;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.Assumptions;

/**
 * A rule unit test run by Prometheus' {@code promtool test rules}: input series, evaluation times and the alerts
 * expected then. It writes the PrometheusRule's groups as a rules file and the test file beside it.
 *
 * <pre>{@code
 * PromtoolRuleTest.of(rules.toPrometheusRule())
 *     .series("up{job=\"shop\"}", "1 0x10")          // promtool's expanding notation, one value per interval
 *     .expectAlert("5m", "ShopDown", Map.of("severity", "critical", "job", "shop"), Map.of())
 *     .expectNoAlert("30s", "ShopDown")
 *     .run();
 * }</pre>
 *
 * <p>{@link #run()} skips the calling test when promtool is not on the {@code PATH}, and fails it under
 * {@code CI=true}, where it must be installed.
 */
public final class PromtoolRuleTest {
  private final PrometheusRule rule;
  private String interval = "1m";
  private final Map<String, String> series = new TreeMap<>();
  private final List<ExpectedAlerts> expectations = new ArrayList<>();

  private PromtoolRuleTest(PrometheusRule rule) {
    this.rule = rule;
  }

  /** The alerts expected to fire with one name at one time; empty when none is expected. */
  private record ExpectedAlerts(String evalTime, String alertName, List<Expected> alerts) {}

  /** One firing alert: its labels (the rule's and the series') and its annotations, templates expanded. */
  private record Expected(Map<String, String> labels, Map<String, String> annotations) {}

  /**
   * Starts a test of a PrometheusRule's groups.
   *
   * @param rule the rules, such as {@code RuleFile.toPrometheusRule()}
   * @return the test, without series or expectations
   */
  public static PromtoolRuleTest of(PrometheusRule rule) {
    return new PromtoolRuleTest(rule);
  }

  /**
   * Sets the time between two input samples (promtool's {@code interval}), {@code 1m} by default.
   *
   * @param duration a Prometheus duration
   * @return this test
   */
  public PromtoolRuleTest interval(String duration) {
    this.interval = duration;
    return this;
  }

  /**
   * Adds an input series.
   *
   * @param selector the series, such as {@code up{job="shop"}}
   * @param values its samples in promtool's notation, such as {@code 1 0x10} (1, then 0 eleven times)
   * @return this test
   */
  public PromtoolRuleTest series(String selector, String values) {
    series.put(selector, values);
    return this;
  }

  /**
   * Expects one alert to fire at a time; call again with the same time and name for each further alert.
   *
   * @param evalTime the time since the start of the series, such as {@code 5m}
   * @param alertName the rule's {@code alert}
   * @param labels every label of the firing alert
   * @param annotations every annotation, templates expanded
   * @return this test
   */
  public PromtoolRuleTest expectAlert(String evalTime, String alertName, Map<String, String> labels,
      Map<String, String> annotations) {
    expectation(evalTime, alertName).alerts().add(new Expected(new TreeMap<>(labels), new TreeMap<>(annotations)));
    return this;
  }

  /**
   * Expects no alert of a name to fire at a time.
   *
   * @param evalTime the time since the start of the series
   * @param alertName the rule's {@code alert}
   * @return this test
   */
  public PromtoolRuleTest expectNoAlert(String evalTime, String alertName) {
    expectation(evalTime, alertName);
    return this;
  }

  private ExpectedAlerts expectation(String evalTime, String alertName) {
    for (ExpectedAlerts expected : expectations) {
      if (expected.evalTime().equals(evalTime) && expected.alertName().equals(alertName)) {
        return expected;
      }
    }
    ExpectedAlerts added = new ExpectedAlerts(evalTime, alertName, new ArrayList<>());
    expectations.add(added);
    return added;
  }

  /**
   * The PrometheusRule's groups as the plain rules file the operator gives Prometheus.
   *
   * @return YAML with one key, {@code groups}
   */
  public String rulesFile() {
    ObjectNode file = JsonNodeFactory.instance.objectNode();
    file.set("groups", Canonical.toTree(rule).path("spec").path("groups"));
    return new String(Canonical.renderYaml(file), StandardCharsets.UTF_8);
  }

  /**
   * The test file for {@code promtool test rules}, reading the rules from {@code rules.yaml} beside it.
   *
   * @return YAML
   */
  public String testFile() {
    ObjectNode file = JsonNodeFactory.instance.objectNode();
    file.putArray("rule_files").add("rules.yaml");
    file.put("evaluation_interval", interval);
    ObjectNode test = file.putArray("tests").addObject();
    test.put("interval", interval);
    ArrayNode input = test.putArray("input_series");
    series.forEach((selector, values) -> input.addObject().put("series", selector).put("values", values));
    ArrayNode alertTests = test.putArray("alert_rule_test");
    for (ExpectedAlerts expected : expectations) {
      ObjectNode alertTest = alertTests.addObject().put("eval_time", expected.evalTime())
          .put("alertname", expected.alertName());
      ArrayNode alerts = alertTest.putArray("exp_alerts");
      for (Expected alert : expected.alerts()) {
        ObjectNode node = alerts.addObject();
        node.set("exp_labels", Canonical.toTree(alert.labels()));
        node.set("exp_annotations", Canonical.toTree(alert.annotations()));
      }
    }
    return new String(Canonical.renderYaml(file), StandardCharsets.UTF_8);
  }

  /**
   * Writes both files into a temporary directory and runs {@code promtool test rules}; fails with promtool's output
   * when a test fails.
   */
  public void run() {
    Path promtool = promtool();
    try {
      Path directory = Files.createTempDirectory("promtool-rule-test");
      Files.writeString(directory.resolve("rules.yaml"), rulesFile(), StandardCharsets.UTF_8);
      Files.writeString(directory.resolve("test.yaml"), testFile(), StandardCharsets.UTF_8);
      Process process = new ProcessBuilder(promtool.toString(), "test", "rules", "test.yaml")
          .directory(directory.toFile()).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        fail("promtool test rules did not finish within 60 s");
      }
      if (process.exitValue() != 0) {
        fail("promtool test rules failed (files in " + directory + "):\n" + output);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while promtool ran", e);
    }
  }

  /** Finds promtool on the PATH; skips the test without it, fails it under {@code CI=true}. */
  private static Path promtool() {
    Optional<Path> found = Optional.empty();
    String path = System.getenv("PATH");
    for (String directory : path == null ? new String[0] : path.split(File.pathSeparator)) {
      Path candidate = Path.of(directory, "promtool");
      if (found.isEmpty() && Files.isExecutable(candidate)) {
        found = Optional.of(candidate);
      }
    }
    String message = "promtool is not on the PATH; install Prometheus (Debian's `prometheus` package) to run rule tests.";
    if (found.isEmpty() && "true".equals(System.getenv("CI"))) {
      fail(message + " It must be present under CI=true.");
    }
    Assumptions.assumeThat(found).as(message).isPresent();
    return found.get();
  }
}
