package io.monitoringascode.prometheus.rule;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRuleBuilder;
import io.fabric8.openshift.api.model.monitoring.v1.RuleGroup;
import io.monitoringascode.core.value.Fidelity;
import io.monitoringascode.core.value.InvalidModelException;
import io.monitoringascode.core.value.ModelStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * Rule groups that Prometheus loads as one rule file: a {@code monitoring.coreos.com/v1} PrometheusRule, which
 * {@link #toPrometheusRule()} renders. The operator writes each PrometheusRule into a file of the Prometheus it
 * selects; a file Prometheus refuses (a repeated group name, a bad duration, a broken template) leaves all its rules
 * unloaded. Attributes are declared in the order they render.
 *
 * <pre>{@code
 * RuleFile.builder()
 *     .name("prometheus-demo-app-rules")
 *     .namespace("k8s-monitoring-ns")
 *     .putLabel("release", "prometheus")
 *     .addGroup(PromRuleGroup.builder().name("prometheus-demo-app").addRule(targetDown).build())
 *     .build();
 * }</pre>
 *
 * <p><b>Validation and importing</b> work as for {@code ServiceScrape}: {@code build()} rejects what is meaningless
 * on its own, naming the attribute; {@link #from(PrometheusRule)} reads an existing object through the same builders
 * and throws, naming the key, on a malformed value or a field this type does not model, rather than dropping it. To
 * check existing files as they are, run the checks ({@code PrometheusChecks}) on the fabric8 objects; they never
 * throw.
 */
@Value.Immutable
@ModelStyle
public abstract class RuleFile {
  /**
   * Starts a PrometheusRule.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a fabric8 PrometheusRule. A missing {@code spec} or {@code spec.groups} reads as no groups, which render as
   * {@code spec.groups: []}.
   *
   * @param prometheusRule the object; not kept
   * @return the value, which renders back to the same object (metadata other than name, namespace, labels and
   *     annotations aside)
   * @throws InvalidModelException if a value is malformed or a field is not modeled, naming it
   */
  public static RuleFile from(PrometheusRule prometheusRule) {
    ObjectMeta metadata = prometheusRule.getMetadata() == null ? new ObjectMeta() : prometheusRule.getMetadata();
    List<RuleGroup> original = prometheusRule.getSpec() == null || prometheusRule.getSpec().getGroups() == null
        ? List.of() : prometheusRule.getSpec().getGroups();
    List<PromRuleGroup> groups = new ArrayList<>();
    for (int index = 0; index < original.size(); index++) {
      if (original.get(index) == null) {
        throw new InvalidModelException("`groups`: group " + index + " is null.");
      }
      groups.add(PromRuleGroup.from(original.get(index)));
    }
    RuleFile file = builder()
        .annotations(metadata.getAnnotations() == null ? Map.of() : metadata.getAnnotations())
        .labels(metadata.getLabels() == null ? Map.of() : metadata.getLabels())
        .name(metadata.getName() == null ? "" : metadata.getName())
        .namespace(Optional.ofNullable(metadata.getNamespace()))
        .groups(groups)
        .build();
    // A missing spec or groups list means no groups; the value renders them as an empty list, which drops nothing.
    PrometheusRule expected = original.isEmpty()
        ? new PrometheusRuleBuilder(prometheusRule).editOrNewSpec().withGroups(List.of()).endSpec().build()
        : prometheusRule;
    Fidelity.requireLossless("RuleFile", expected, file.toPrometheusRule());
    return file;
  }

  /**
   * Annotations of the object. Renders to {@code metadata.annotations}; empty by default.
   *
   * @return annotation key to value
   */
  public abstract Map<String, String> annotations();

  /**
   * Labels of the object; the chart's Prometheus selects PrometheusRules by label, by default
   * {@code release: <helm release>}. Renders to {@code metadata.labels}; empty by default.
   *
   * @return label key to value
   */
  public abstract Map<String, String> labels();

  /**
   * The object's name. Renders to {@code metadata.name}.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The object's namespace. Renders to {@code metadata.namespace}; absent means the namespace it is applied to.
   *
   * @return the namespace
   */
  public abstract Optional<String> namespace();

  /**
   * The rule groups. Renders to {@code spec.groups}.
   *
   * @return the groups, in order
   */
  public abstract List<PromRuleGroup> groups();

  /** Rejects an empty name. */
  @Value.Check
  protected void check() {
    if (name().isEmpty()) {
      throw new InvalidModelException("`name`: a PrometheusRule needs a non-empty `metadata.name`.");
    }
  }

  /**
   * Renders this value.
   *
   * @return a fresh fabric8 PrometheusRule
   */
  public PrometheusRule toPrometheusRule() {
    List<RuleGroup> rendered = new ArrayList<>();
    groups().forEach(group -> rendered.add(group.toRuleGroup()));
    return new PrometheusRuleBuilder()
        .withMetadata(new ObjectMetaBuilder()
            .withAnnotations(annotations().isEmpty() ? null : new TreeMap<>(annotations()))
            .withLabels(labels().isEmpty() ? null : new TreeMap<>(labels()))
            .withName(name())
            .withNamespace(namespace().orElse(null))
            .build())
        .withNewSpec()
        .withGroups(rendered)
        .endSpec()
        .build();
  }

  /** Builds a {@link RuleFile}. */
  public static final class Builder extends ImmutableRuleFile.Builder {}
}
