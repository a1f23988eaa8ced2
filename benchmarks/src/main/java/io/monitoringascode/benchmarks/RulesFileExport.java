package io.monitoringascode.benchmarks;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.monitoringascode.core.render.Canonical;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the rules of {@link StackContent} as one plain Prometheus rules file ({@code groups:} at the top, as
 * {@code promtool check rules} reads it), so that promtool and this library check the same rules.
 */
public final class RulesFileExport {
  private RulesFileExport() {}

  /**
   * The rules of {@code count} PrometheusRules (ten rules each) as one rules file.
   *
   * @param count how many PrometheusRules' groups to include
   * @return the file's YAML, UTF-8
   */
  public static byte[] rulesFile(int count) {
    ObjectNode file = JsonNodeFactory.instance.objectNode();
    ArrayNode groups = file.putArray("groups");
    StackContent.ours(count).stream()
        .filter(PrometheusRule.class::isInstance)
        .map(PrometheusRule.class::cast)
        .forEach(rule -> Canonical.toTree(rule).path("spec").path("groups").forEach(groups::add));
    return Canonical.renderYaml(file);
  }

  /**
   * Writes {@link #rulesFile(int)} to a file.
   *
   * @param args the number of PrometheusRules (1,000 gives 10,000 rules) and the file to write
   * @throws IOException when the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Files.write(Path.of(args[1]), rulesFile(Integer.parseInt(args[0])));
  }
}
