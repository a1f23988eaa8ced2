package io.monitoringascode.alerting.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.alerting.routing.Alert;
import io.monitoringascode.alerting.routing.Router;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our router agrees with {@code amtool config routes test} on assembled configurations: amtool reads the rendered
 * {@code alertmanager.yaml}, our router the model it was rendered from.
 */
class AmtoolOracleTest {
  @TempDir
  Path directory;

  @Test
  void tutorial_agreesWithAmtoolOnEveryLabelSet() throws Exception {
    Amtool amtool = Amtool.require();
    List<Map<String, String>> labelSets = combinations(Map.of(
        "namespace", new String[] {null, "default", "monitoring", "default-2"},
        "severity", new String[] {null, "critical", "warning", "info"},
        "alertname", new String[] {null, "Watchdog", "InfoInhibitor", "KubePodCrashLooping"}));
    labelSets.add(Map.of("namespace", "Default", "alertname", "Watchdog"));
    // amtool trims label values on its command line, so no value here starts or ends with a space.
    labelSets.add(Map.of("namespace", "defaults", "alertname", "TargetDown"));
    labelSets.add(Map.of("alertname", "watchdog", "namespace", "kube-system"));
    labelSets.add(Map.of("alertname", "Watchdog", "namespace", "default", "team", "platform"));

    assertThat(labelSets).hasSizeGreaterThanOrEqualTo(50);
    assertThat(disagreements(amtool, Tutorial.assembled(), labelSets)).isEmpty();
  }

  @Test
  void shopExample_agreesWithAmtoolOnEveryLabelSet() throws Exception {
    Amtool amtool = Amtool.require();
    List<Map<String, String>> labelSets = combinations(Map.of(
        "namespace", new String[] {null, "shop", "other"},
        "severity", new String[] {null, "critical", "warning"},
        "team", new String[] {null, "payments", "checkout", "payments-eu"},
        "alertname", new String[] {"Watchdog", "HighLatency"},
        "env", new String[] {null, "dev"}));

    for (MatcherStrategy strategy : MatcherStrategy.values()) {
      assertThat(disagreements(amtool, Shop.assembled(strategy), labelSets)).as(strategy.name()).isEmpty();
    }
  }

  private List<String> disagreements(Amtool amtool, AssembledConfig config, List<Map<String, String>> labelSets)
      throws Exception {
    Path file = Files.createTempFile(directory, "alertmanager", ".yaml");
    Files.write(file, config.toYaml());
    Router router = config.router();
    List<String> disagreements = new ArrayList<>();
    for (Map<String, String> labels : labelSets) {
      List<String> expected = amtool.routes(file, labels);
      List<String> actual = router.route(new Alert(labels)).receivers();
      if (!actual.equals(expected)) {
        disagreements.add(labels + ": amtool " + expected + ", ours " + actual);
      }
    }
    return disagreements;
  }

  /** Every combination of the values, {@code null} meaning the label is absent; never an alert without labels. */
  private static List<Map<String, String>> combinations(Map<String, String[]> values) {
    List<Map<String, String>> sets = new ArrayList<>();
    sets.add(new LinkedHashMap<>());
    for (Map.Entry<String, String[]> label : new TreeMap<>(values).entrySet()) {
      List<Map<String, String>> next = new ArrayList<>();
      for (Map<String, String> set : sets) {
        for (String value : label.getValue()) {
          Map<String, String> extended = new LinkedHashMap<>(set);
          if (value != null) {
            extended.put(label.getKey(), value);
          }
          next.add(extended);
        }
      }
      sets = next;
    }
    sets.replaceAll(set -> set.isEmpty() ? Map.of("job", "node-exporter") : set);
    return sets;
  }
}
