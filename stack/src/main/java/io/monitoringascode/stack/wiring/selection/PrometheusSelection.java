package io.monitoringascode.stack.wiring.selection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.monitoringascode.stack.layout.ChartRelease;
import io.monitoringascode.stack.values.KubePrometheusStackChart;
import io.monitoringascode.stack.wiring.LabelSelector;
import io.monitoringascode.stack.wiring.TemplateTruth;
import io.monitoringascode.stack.wiring.ValuesReader;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * The selectors that kube-prometheus-stack ({@value KubePrometheusStackChart#VERSION}) puts on the Prometheus object it
 * renders, read from a release's values as Helm and the chart's {@code templates/prometheus/prometheus.yaml} do:
 *
 * <ul>
 *   <li>Helm merges the values over the chart's defaults; a key set to {@code null} drops the default, so the
 *       template sees nothing there.
 *   <li>An object selector ({@code ruleSelector}, {@code serviceMonitorSelector}...) is rendered as written when it
 *       is a non-empty map. Otherwise, when its {@code …SelectorNilUsesHelmValues} is true (the default), the chart
 *       writes {@code matchLabels: {release: <release name>}} instead. Otherwise it writes {@code {}}; for
 *       {@code ruleSelector} and {@code scrapeConfigSelector} only when the key is still there, and no selector at all
 *       when the values set it to {@code null}.
 *   <li>Go templates test a value's truth ({@link TemplateTruth}): {@code false}, {@code 0}, {@code ""}, a null and an
 *       empty map or list are false. An empty selector {@code {}} therefore counts as "not set", which is why
 *       {@code {}} alone does not select everything while {@code …NilUsesHelmValues} is on.
 *   <li>A namespace selector is rendered as written when it is a non-empty map, and as {@code {}} (every namespace)
 *       otherwise; {@code scrapeConfigNamespaceSelector} set to {@code null} is left out instead.
 * </ul>
 *
 * <p>The operator (Prometheus CRD v0.85.0) reads an empty selector as "everything", a missing object selector as
 * "nothing", and a missing namespace selector as "the Prometheus' own namespace only". With {@code prometheus.enabled}
 * false the chart renders no Prometheus at all, and there is no selection to judge.
 */
public final class PrometheusSelection {
  private static final String SPEC = "/prometheus/prometheusSpec/";
  /** The chart's default of every selector under {@code prometheus.prometheusSpec}, object and namespace alike. */
  private static final JsonNode EMPTY_MAP = JsonNodeFactory.instance.objectNode();
  /** The chart's default of every {@code …SelectorNilUsesHelmValues}. */
  private static final JsonNode TRUE = JsonNodeFactory.instance.booleanNode(true);

  private final String release;
  private final String namespace;
  private final JsonNode values;

  private PrometheusSelection(String release, String namespace, JsonNode values) {
    this.release = release;
    this.namespace = namespace;
    this.values = values;
  }

  /**
   * Reads the selection of a kube-prometheus-stack release.
   *
   * @param release the release, with its values
   * @return the selection; empty for a release of another chart, when {@code prometheus.enabled} is false (the chart
   *     renders no Prometheus), or when the values make the template fail
   */
  public static Optional<PrometheusSelection> of(ChartRelease release) {
    if (release.chart() != KubePrometheusStackChart.get()) {
      return Optional.empty();
    }
    JsonNode values = release.values();
    JsonNode enabled = read(values, "/prometheus/enabled", TRUE);
    if (enabled.isMissingNode() || !TemplateTruth.isTrue(enabled, false)) {
      return Optional.empty();
    }
    // The chart's namespace helper: namespaceOverride when set, else the release's namespace.
    String namespace = ValuesReader.of(values).namespace(release.namespace());
    return Optional.of(new PrometheusSelection(release.name(), namespace, values));
  }

  /**
   * The Helm release name, which the chart's default selectors require as the {@code release} label.
   *
   * @return such as {@code prometheus}
   */
  public String release() {
    return release;
  }

  /**
   * The namespace of the Prometheus object, where a missing namespace selector looks.
   *
   * @return such as {@code monitoring}
   */
  public String namespace() {
    return namespace;
  }

  /**
   * The selector of the objects' labels.
   *
   * @param kind the kind of object
   * @return such as {@code release=prometheus} from the chart for a PrometheusRule with the chart's defaults
   */
  public RenderedSelector selector(SelectedKind kind) {
    JsonNode value = read(values, SPEC + kind.selectorKey(), EMPTY_MAP);
    if (value.isMissingNode()) {
      return new RenderedSelector.Unknown();
    }
    if (TemplateTruth.isTrue(value, false)) {
      return fromValues(value);
    }
    JsonNode nilUsesHelmValues = read(values, SPEC + kind.nilUsesHelmValuesKey(), TRUE);
    if (nilUsesHelmValues.isMissingNode()) {
      return new RenderedSelector.Unknown();
    }
    if (TemplateTruth.isTrue(nilUsesHelmValues, false)) {
      return new RenderedSelector.Present(LabelSelector.matchingLabels(Map.of("release", release)),
          RenderedSelector.Origin.RELEASE_LABEL);
    }
    return value.isNull() && kind.selectorOmittedWhenNull() ? new RenderedSelector.Absent() : empty();
  }

  /**
   * The selector of the labels of the objects' namespaces.
   *
   * @param kind the kind of object
   * @return such as {@code {}} (every namespace) with the chart's defaults
   */
  public RenderedSelector namespaceSelector(SelectedKind kind) {
    JsonNode value = read(values, SPEC + kind.namespaceSelectorKey(), EMPTY_MAP);
    if (value.isMissingNode()) {
      return new RenderedSelector.Unknown();
    }
    if (TemplateTruth.isTrue(value, false)) {
      return fromValues(value);
    }
    return value.isNull() && kind.namespaceSelectorOmittedWhenNull() ? new RenderedSelector.Absent() : empty();
  }

  private static RenderedSelector empty() {
    return new RenderedSelector.Present(LabelSelector.matchingLabels(Map.of()), RenderedSelector.Origin.EMPTY);
  }

  /**
   * A selector the values write out. The chart passes it through {@code tpl}, so a template in it is not followed; a
   * value that is not a valid selector makes the API server refuse the Prometheus, which this check does not judge.
   */
  private static RenderedSelector fromValues(JsonNode value) {
    if (!value.isObject() || hasTemplate(value) || !onlyTextValues(value.path("matchLabels"))) {
      return new RenderedSelector.Unknown();
    }
    Optional<LabelSelector> selector = LabelSelector.read(value);
    if (selector.isEmpty() || selector.get().expressions().stream()
        .anyMatch(requirement -> requirement.operator() == LabelSelector.Operator.UNKNOWN)) {
      return new RenderedSelector.Unknown();
    }
    return new RenderedSelector.Present(selector.get(), RenderedSelector.Origin.VALUES);
  }

  /**
   * The value the template sees at a key: the user's, else the chart's default; a {@link NullNode} when the user set
   * the key itself to {@code null} (Helm then drops the default); a {@link MissingNode} when a map above the key is
   * {@code null} or not a map, which makes the template fail or behave in ways not followed here.
   */
  private static JsonNode read(JsonNode values, String pointer, JsonNode chartDefault) {
    JsonNode node = values;
    for (String token : pointer.substring(1).split("/")) {
      if (!node.isObject()) {
        return MissingNode.getInstance();
      }
      JsonNode child = node.get(token);
      if (child == null) {
        return chartDefault;
      }
      node = child;
    }
    return node;
  }

  private static boolean hasTemplate(JsonNode node) {
    if (node.isTextual()) {
      return node.textValue().contains("{{");
    }
    for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (field.getKey().contains("{{") || hasTemplate(field.getValue())) {
        return true;
      }
    }
    if (node.isArray()) {
      for (JsonNode element : node) {
        if (hasTemplate(element)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean onlyTextValues(JsonNode matchLabels) {
    for (JsonNode value : matchLabels) {
      if (!value.isTextual()) {
        return false;
      }
    }
    return true;
  }
}
