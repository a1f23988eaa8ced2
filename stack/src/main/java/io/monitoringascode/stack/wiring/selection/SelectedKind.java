package io.monitoringascode.stack.wiring.selection;

/**
 * The kinds of object a Prometheus picks up through a pair of label selectors on its spec: one for the objects' labels
 * and one for the labels of their namespaces. Each kind names its keys under {@code prometheus.prometheusSpec} of
 * kube-prometheus-stack, which are those of the Prometheus spec plus the chart's {@code …SelectorNilUsesHelmValues}.
 */
public enum SelectedKind {
  /** {@code ServiceMonitor}, selected by {@code serviceMonitorSelector}. */
  SERVICE_MONITOR("ServiceMonitor", "serviceMonitor", "serviceMonitorNamespaceSelector", false, false,
      "never scrapes its targets"),
  /** {@code PodMonitor}, selected by {@code podMonitorSelector}. */
  POD_MONITOR("PodMonitor", "podMonitor", "podMonitorNamespaceSelector", false, false, "never scrapes its targets"),
  /** {@code Probe}, selected by {@code probeSelector}. */
  PROBE("Probe", "probe", "probeNamespaceSelector", false, false, "never probes its targets"),
  /** {@code ScrapeConfig}, selected by {@code scrapeConfigSelector}. */
  SCRAPE_CONFIG("ScrapeConfig", "scrapeConfig", "scrapeConfigNamespaceSelector", true, true,
      "never scrapes its targets"),
  /** {@code PrometheusRule}, selected by {@code ruleSelector}. */
  PROMETHEUS_RULE("PrometheusRule", "rule", "ruleNamespaceSelector", true, false, "never loads its rules");

  private final String kind;
  private final String prefix;
  private final String namespaceSelectorKey;
  private final boolean selectorOmittedWhenNull;
  private final boolean namespaceSelectorOmittedWhenNull;
  private final String consequence;

  SelectedKind(String kind, String prefix, String namespaceSelectorKey, boolean selectorOmittedWhenNull,
      boolean namespaceSelectorOmittedWhenNull, String consequence) {
    this.kind = kind;
    this.prefix = prefix;
    this.namespaceSelectorKey = namespaceSelectorKey;
    this.selectorOmittedWhenNull = selectorOmittedWhenNull;
    this.namespaceSelectorOmittedWhenNull = namespaceSelectorOmittedWhenNull;
    this.consequence = consequence;
  }

  /**
   * The Kubernetes kind.
   *
   * @return such as {@code PrometheusRule}
   */
  public String kind() {
    return kind;
  }

  /**
   * The key of the object selector, in the Prometheus spec and in {@code prometheus.prometheusSpec}.
   *
   * @return such as {@code ruleSelector}
   */
  public String selectorKey() {
    return prefix + "Selector";
  }

  /**
   * The chart's switch that fills an empty object selector with the release label.
   *
   * @return such as {@code ruleSelectorNilUsesHelmValues}
   */
  public String nilUsesHelmValuesKey() {
    return prefix + "SelectorNilUsesHelmValues";
  }

  /**
   * The key of the namespace selector.
   *
   * @return such as {@code ruleNamespaceSelector}
   */
  public String namespaceSelectorKey() {
    return namespaceSelectorKey;
  }

  /**
   * Whether the chart leaves the object selector out of the Prometheus spec when the values set it to {@code null}
   * and the release label is off ({@code ruleSelector}, {@code scrapeConfigSelector}); the others render as
   * {@code {}} then.
   */
  boolean selectorOmittedWhenNull() {
    return selectorOmittedWhenNull;
  }

  /**
   * Whether the chart leaves the namespace selector out of the Prometheus spec when the values set it to {@code null}
   * ({@code scrapeConfigNamespaceSelector}); the others render as {@code {}} then.
   */
  boolean namespaceSelectorOmittedWhenNull() {
    return namespaceSelectorOmittedWhenNull;
  }

  /** What Prometheus then never does with an object it does not select, such as "never loads its rules". */
  String consequence() {
    return consequence;
  }
}
