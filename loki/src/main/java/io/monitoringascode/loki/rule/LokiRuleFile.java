package io.monitoringascode.loki.rule;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.Report;
import io.monitoringascode.core.render.Canonical;
import io.monitoringascode.core.value.InvalidModelException;
import io.monitoringascode.core.value.ModelStyle;
import io.monitoringascode.core.values.ChartValues;
import io.monitoringascode.core.values.TreeWriter;
import io.monitoringascode.loki.check.LokiRuleChecks;
import io.monitoringascode.loki.values.LokiChart;
import io.monitoringascode.loki.values.LokiValues;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A Loki rules file: rule groups with LogQL expressions, in the layout of Prometheus' rule files ({@code groups:} at the
 * top), which the Loki ruler reads. {@link #toYaml()} renders the file, {@link #toConfigMap(String, LokiValues)} a
 * ConfigMap that the chart's rules sidecar copies into Loki, and {@link #check()} runs the Loki rule checks on it.
 *
 * <pre>{@code
 * LokiRuleFile rules = LokiRuleFile.builder()
 *     .addGroup(LokiRuleGroup.builder().name("fake-logs").addRule(serverErrors).build())
 *     .build();
 * stack.add(rules.toConfigMap("fake-logs-rules", lokiValues));
 * }</pre>
 *
 * <p>The ruler loads a file as a whole: a file it refuses (a repeated group name, a recording rule with {@code for})
 * leaves every rule of the tenant unloaded, and it logs the error only.
 */
@Value.Immutable
@ModelStyle
public abstract class LokiRuleFile {
  /** The label value the ConfigMap gets when the values leave {@code sidecar.rules.labelValue} empty (any value). */
  static final String ANY_LABEL_VALUE = "true";

  /**
   * Starts a rules file.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The rule groups. Renders to {@code groups}.
   *
   * @return the groups, in order
   */
  public abstract List<LokiRuleGroup> groups();

  /** Rejects a file without groups. */
  @Value.Check
  protected void validate() {
    if (groups().isEmpty()) {
      throw new InvalidModelException("`groups`: a rules file needs at least one group.");
    }
  }

  /**
   * Checks the file with every Loki rule check ({@code logql/*}); findings point into the
   * rendered file, such as {@code /groups/0/rules/1/expr}.
   *
   * @return every finding
   */
  public Report check() {
    JsonNode tree = toTree();
    List<Finding> findings = new ArrayList<>();
    LokiRuleChecks.all().forEach(check -> findings.addAll(check.run(tree, CheckContext.none())));
    return Report.of(findings);
  }

  /**
   * Renders the rules file.
   *
   * @return the file's YAML, UTF-8 text with {@code \n} line endings
   */
  public String toYaml() {
    return new String(Canonical.renderYaml(toTree()), StandardCharsets.UTF_8);
  }

  /**
   * Renders a ConfigMap that the chart's rules sidecar loads: it carries the label of {@code sidecar.rules.label} with
   * the value of {@code sidecar.rules.labelValue} (or {@value #ANY_LABEL_VALUE} where any value matches), as the
   * given values or the chart's defaults set them, and the file under the key {@code <name>.yaml}, which becomes the
   * file's name in {@code sidecar.rules.folder}. The namespace is left to the stack: the sidecar watches Loki's own
   * namespace unless {@code sidecar.rules.searchNamespace} says otherwise.
   *
   * @param name the ConfigMap's name, such as {@code fake-logs-rules}
   * @param values the Loki values the rules are for
   * @return a fresh fabric8 ConfigMap
   */
  public ConfigMap toConfigMap(String name, LokiValues values) {
    ChartValues effective = new ChartValues(LokiChart.get().index(), values.toTree());
    String label = effective.effective("/sidecar/rules/label").asText();
    String labelValue = effective.effective("/sidecar/rules/labelValue").asText("");
    return new ConfigMapBuilder()
        .withNewMetadata()
        .withName(name)
        .withLabels(Map.of(label, labelValue.isEmpty() ? ANY_LABEL_VALUE : labelValue))
        .endMetadata()
        .withData(Map.of(name + ".yaml", toYaml()))
        .build();
  }

  /**
   * The rules file as a tree, as it renders.
   *
   * @return a fresh tree
   */
  ObjectNode toTree() {
    return new TreeWriter().putList("groups", groups(), LokiRuleGroup::toTree).node();
  }

  /** Builds a {@link LokiRuleFile}. */
  public static final class Builder extends ImmutableLokiRuleFile.Builder {}
}
