package io.monitoringascode.stack.wiring.alert;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.openshift.api.model.monitoring.v1alpha1.AlertmanagerConfig;
import io.monitoringascode.alerting.assembly.AlertmanagerAssembly;
import io.monitoringascode.alerting.assembly.AssembledConfig;
import io.monitoringascode.alerting.assembly.BaseConfig;
import io.monitoringascode.alerting.assembly.MatcherStrategy;
import io.monitoringascode.alerting.config.AlertRouting;
import io.monitoringascode.core.render.Canonical;
import io.monitoringascode.stack.layout.ChartRelease;
import io.monitoringascode.stack.layout.RenderedDocument;
import io.monitoringascode.stack.values.KubePrometheusStackChart;
import io.monitoringascode.stack.wiring.LabelSelector;
import io.monitoringascode.stack.wiring.StackView;
import io.monitoringascode.stack.wiring.TemplateTruth;
import io.monitoringascode.stack.wiring.ValuesReader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The Alertmanager that kube-prometheus-stack 77.x creates from its values, as far as it decides which
 * AlertmanagerConfigs the operator merges and how, and the base configuration they are merged into.
 *
 * <p>What the chart's {@code templates/alertmanager/alertmanager.yaml} renders, in our words:
 * <ul>
 *   <li>nothing at all when {@code alertmanager.enabled} is false;
 *   <li>{@code alertmanagerConfigSelector}: the values' selector when it is a non-empty map, else {@code {}}. Go
 *       templates read an empty map as false, so {@code {}}, {@code null} and a missing key all render {@code {}},
 *       which selects every AlertmanagerConfig;
 *   <li>{@code alertmanagerConfigNamespaceSelector}: the values' selector as YAML, whatever it is. The chart's default
 *       {@code {}} selects every namespace; {@code null} (which in Helm removes the default) renders {@code null},
 *       which the operator reads as "only the Alertmanager's own namespace" (CRD description);
 *   <li>{@code alertmanagerConfigMatcherStrategy}: only when non-empty; the operator's default type is
 *       {@code OnNamespace}.
 * </ul>
 * The Alertmanager runs in {@code alertmanager.namespaceOverride}, else {@code namespaceOverride}, else the release's
 * namespace. The base configuration is {@code alertmanager.config} deep-merged over the chart's default, unless it
 * comes from somewhere the values do not show: {@code alertmanagerSpec.useExistingSecret}, {@code configSecret},
 * {@code alertmanagerConfiguration} (a global AlertmanagerConfig), or {@code alertmanager.tplConfig} (a template).
 * Selectors rendered through {@code tpl} that hold a template are not known offline.
 */
public final class AlertmanagerSelection {
  /** The JSON pointer of {@code alertmanager.alertmanagerSpec} in the values. */
  public static final String SPEC = "/alertmanager/alertmanagerSpec";
  /** The label the API server sets on every namespace, to its name. */
  static final String NAMESPACE_NAME_LABEL = "kubernetes.io/metadata.name";

  private final String namespace;
  private final Optional<LabelSelector> configSelector;
  private final boolean namespaceSelectorKnown;
  private final Optional<LabelSelector> namespaceSelector;
  private final Optional<MatcherStrategy> matcherStrategy;
  private final Optional<JsonNode> baseConfig;

  private AlertmanagerSelection(String namespace, Optional<LabelSelector> configSelector,
      boolean namespaceSelectorKnown, Optional<LabelSelector> namespaceSelector,
      Optional<MatcherStrategy> matcherStrategy, Optional<JsonNode> baseConfig) {
    this.namespace = namespace;
    this.configSelector = configSelector;
    this.namespaceSelectorKnown = namespaceSelectorKnown;
    this.namespaceSelector = namespaceSelector;
    this.matcherStrategy = matcherStrategy;
    this.baseConfig = baseConfig;
  }

  /**
   * Reads the Alertmanager of a kube-prometheus-stack release.
   *
   * @param release the release, with its values
   * @return the selection, or empty when {@code alertmanager.enabled} is false
   */
  public static Optional<AlertmanagerSelection> of(ChartRelease release) {
    JsonNode values = release.values();
    ValuesReader reader = ValuesReader.of(values);
    if (!reader.isTrue("/alertmanager/enabled", true)) {
      return Optional.empty();
    }
    JsonNode spec = values.at(SPEC);
    String namespace = reader.namespace("/alertmanager", release.namespace());

    JsonNode selectorNode = spec.path("alertmanagerConfigSelector");
    Optional<LabelSelector> configSelector = templated(selectorNode) ? Optional.empty()
        : TemplateTruth.isTrue(selectorNode, false) ? LabelSelector.read(selectorNode)
        : Optional.of(LabelSelector.matchingLabels(Map.of()));

    JsonNode namespaceNode = spec.path("alertmanagerConfigNamespaceSelector");
    boolean namespaceKnown = !templated(namespaceNode) && (namespaceNode.isMissingNode() || namespaceNode.isNull()
        || namespaceNode.isObject());
    Optional<LabelSelector> namespaceSelector = namespaceNode.isMissingNode()
        ? Optional.of(LabelSelector.matchingLabels(Map.of())) // the chart's default {}
        : LabelSelector.read(namespaceNode);

    JsonNode strategyNode = spec.path("alertmanagerConfigMatcherStrategy");
    Optional<MatcherStrategy> strategy = TemplateTruth.isTrue(strategyNode, false) && strategyNode.has("type")
        ? MatcherStrategy.fromCrdValue(strategyNode.path("type").asText(""))
        : Optional.of(MatcherStrategy.ON_NAMESPACE);

    return Optional.of(new AlertmanagerSelection(namespace, configSelector, namespaceKnown, namespaceSelector,
        strategy, baseConfig(values)));
  }

  /**
   * The namespace of the Alertmanager resource.
   *
   * @return such as {@code monitoring}
   */
  public String namespace() {
    return namespace;
  }

  /**
   * The rendered {@code alertmanagerConfigSelector}.
   *
   * @return the selector; empty when it holds a template the chart renders with {@code tpl}
   */
  public Optional<LabelSelector> configSelector() {
    return configSelector;
  }

  /**
   * The rendered {@code alertmanagerConfigNamespaceSelector}, when known.
   *
   * @return the selector, or empty for {@code null}: only the Alertmanager's own namespace
   */
  public Optional<LabelSelector> namespaceSelector() {
    return namespaceSelector;
  }

  /**
   * The Alertmanager's {@code alertmanagerConfigMatcherStrategy}.
   *
   * @return the strategy ({@link MatcherStrategy#ON_NAMESPACE} when not set), or empty for a type the operator does
   *     not know
   */
  public Optional<MatcherStrategy> matcherStrategy() {
    return matcherStrategy;
  }

  /**
   * The base configuration the operator merges AlertmanagerConfigs into: the chart's default {@code alertmanager.config}
   * with the values' own deep-merged over it, as Helm merges.
   *
   * @return the configuration's tree, a fresh copy; empty when the values take it from elsewhere
   */
  public Optional<JsonNode> baseConfig() {
    return baseConfig.map(JsonNode::deepCopy);
  }

  /**
   * Whether the Alertmanager selects an AlertmanagerConfig: by its labels, and by its namespace's labels, known from
   * the {@code Namespace} objects of the view and the label {@code kubernetes.io/metadata.name} every namespace has.
   *
   * @param config an AlertmanagerConfig
   * @param view the stack, for its Namespace objects
   * @return the verdict; {@link Verdict#UNKNOWN} when it depends on what the stack does not show
   */
  public Verdict select(RenderedDocument config, StackView view) {
    return byLabels(config).and(byNamespace(config, view));
  }

  /**
   * The AlertmanagerConfigs in the cluster (the stack's and the external ones) that the Alertmanager selects.
   *
   * @param view the stack
   * @return the selected configs, or empty when the selection of one of them is not known
   */
  public Optional<List<RenderedDocument>> selectedConfigs(StackView view) {
    List<RenderedDocument> selected = new ArrayList<>();
    for (RenderedDocument config : view.clusterObjectsOfKind("AlertmanagerConfig")) {
      Verdict verdict = select(config, view);
      if (verdict == Verdict.UNKNOWN) {
        return Optional.empty();
      } else if (verdict == Verdict.SELECTED) {
        selected.add(config);
      }
    }
    return Optional.of(selected);
  }

  /**
   * The configuration the operator will generate: the base configuration with every selected AlertmanagerConfig
   * merged in with the matcher strategy.
   *
   * @param view the stack
   * @return the configuration, or empty when any part of it is not known offline (the base configuration, the
   *     selection, the strategy) or an AlertmanagerConfig holds something the routing model does not carry
   */
  public Optional<AssembledConfig> assemble(StackView view) {
    return routings(view).flatMap(routings -> assemble(routings));
  }

  /** The selected AlertmanagerConfigs as routing models, when every part is known and readable. */
  Optional<List<AlertRouting>> routings(StackView view) {
    Optional<List<RenderedDocument>> selected = selectedConfigs(view);
    if (selected.isEmpty()) {
      return Optional.empty();
    }
    List<AlertRouting> routings = new ArrayList<>();
    try {
      for (RenderedDocument config : selected.get()) {
        routings.add(AlertRouting.from(Canonical.fromTree(config.tree(), AlertmanagerConfig.class)));
      }
    } catch (RuntimeException unreadable) {
      // A field the model does not carry yet, or a value its builders refuse: the merge would be partial.
      return Optional.empty();
    }
    return Optional.of(routings);
  }

  /** The merge of these routings into the base configuration, when both are known. */
  Optional<AssembledConfig> assemble(List<AlertRouting> routings) {
    if (baseConfig.isEmpty() || matcherStrategy.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(AlertmanagerAssembly.assemble(BaseConfig.read(baseConfig.get()), routings,
          matcherStrategy.get(), namespace));
    } catch (RuntimeException unreadable) {
      // A malformed matcher or duration in alertmanager.config: the values checks report it.
      return Optional.empty();
    }
  }

  /** Whether the labels of an AlertmanagerConfig satisfy {@code alertmanagerConfigSelector}. */
  Verdict byLabels(RenderedDocument config) {
    return configSelector.map(selector -> Verdict.of(selector.matches(labels(config.tree().path("metadata")))))
        .orElse(Verdict.UNKNOWN);
  }

  /** Whether the namespace of an AlertmanagerConfig satisfies {@code alertmanagerConfigNamespaceSelector}. */
  Verdict byNamespace(RenderedDocument config, StackView view) {
    String configNamespace = config.namespace();
    if (configNamespace.isEmpty() || !namespaceSelectorKnown) {
      return Verdict.UNKNOWN;
    }
    if (namespaceSelector.isEmpty()) {
      return Verdict.of(configNamespace.equals(namespace));
    }
    LabelSelector selector = namespaceSelector.get();
    for (RenderedDocument object : view.clusterObjectsOfKind("Namespace")) {
      if (object.name().equals(configNamespace)) {
        Map<String, String> labels = labels(object.tree().path("metadata"));
        labels.put(NAMESPACE_NAME_LABEL, configNamespace);
        return Verdict.of(selector.matches(labels));
      }
    }
    // Without the Namespace object only its name label is known: each requirement on another label is unknown.
    Map<String, String> known = Map.of(NAMESPACE_NAME_LABEL, configNamespace);
    Verdict verdict = Verdict.SELECTED;
    for (Map.Entry<String, String> label : selector.matchLabels().entrySet()) {
      verdict = verdict.and(label.getKey().equals(NAMESPACE_NAME_LABEL)
          ? Verdict.of(label.getValue().equals(configNamespace)) : Verdict.UNKNOWN);
    }
    for (LabelSelector.Requirement requirement : selector.expressions()) {
      verdict = verdict.and(requirement.key().equals(NAMESPACE_NAME_LABEL)
          ? Verdict.of(requirement.matches(known)) : Verdict.UNKNOWN);
    }
    return verdict;
  }

  static Map<String, String> labels(JsonNode metadata) {
    Map<String, String> labels = new TreeMap<>();
    metadata.path("labels").properties().forEach(label -> labels.put(label.getKey(), label.getValue().asText("")));
    return labels;
  }

  /** The base configuration, unless the values take it from somewhere they do not show. */
  private static Optional<JsonNode> baseConfig(JsonNode values) {
    JsonNode alertmanager = values.path("alertmanager");
    ValuesReader reader = ValuesReader.of(values);
    if (reader.isTrue(SPEC + "/useExistingSecret", false)
        || reader.isTrue(SPEC + "/configSecret", false)
        || reader.isTrue(SPEC + "/alertmanagerConfiguration", false)
        || reader.isTrue("/alertmanager/tplConfig", false)) {
      return Optional.empty();
    }
    JsonNode own = alertmanager.path("config");
    if (own.isNull() || !own.isMissingNode() && !own.isObject()) {
      return Optional.empty();
    }
    ObjectNode base = (ObjectNode) KubePrometheusStackChart.get().defaultAlertmanagerConfig();
    if (own.isObject()) {
      merge(base, own);
    }
    return Optional.of(base);
  }

  /** Helm's deep merge: maps merge key by key, anything else replaces, null deletes. */
  private static void merge(ObjectNode target, JsonNode overrides) {
    for (Iterator<Map.Entry<String, JsonNode>> fields = overrides.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      JsonNode existing = target.get(field.getKey());
      if (field.getValue().isNull()) {
        target.remove(field.getKey());
      } else if (existing instanceof ObjectNode object && field.getValue().isObject()) {
        merge(object, field.getValue());
      } else {
        target.set(field.getKey(), field.getValue().deepCopy());
      }
    }
  }

  private static boolean templated(JsonNode node) {
    return node.toString().contains("{{");
  }

  /** Whether an object is selected: certainly, certainly not, or not known offline. */
  public enum Verdict {
    /** The object is selected. */
    SELECTED,
    /** The object is not selected. */
    NOT_SELECTED,
    /** It depends on what the stack does not show, such as the labels of a namespace it does not declare. */
    UNKNOWN;

    static Verdict of(boolean selected) {
      return selected ? SELECTED : NOT_SELECTED;
    }

    Verdict and(Verdict other) {
      if (this == NOT_SELECTED || other == NOT_SELECTED) {
        return NOT_SELECTED;
      }
      return this == SELECTED && other == SELECTED ? SELECTED : UNKNOWN;
    }
  }
}
