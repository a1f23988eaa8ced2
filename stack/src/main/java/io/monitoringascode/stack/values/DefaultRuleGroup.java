package io.monitoringascode.stack.values;

/**
 * A group of the chart's bundled PrometheusRules, switched by {@code defaultRules.rules.<group>}, in the order of
 * kube-prometheus-stack {@value KubePrometheusStackChart#VERSION}. Every group is on in the chart by default.
 */
public enum DefaultRuleGroup {
  /** Renders to {@code defaultRules.rules.alertmanager}. */
  ALERTMANAGER("alertmanager"),
  /** Renders to {@code defaultRules.rules.etcd}. */
  ETCD("etcd"),
  /** Renders to {@code defaultRules.rules.configReloaders}. */
  CONFIG_RELOADERS("configReloaders"),
  /** Renders to {@code defaultRules.rules.general}. */
  GENERAL("general"),
  /** Renders to {@code defaultRules.rules.k8sContainerCpuUsageSecondsTotal}. */
  K8S_CONTAINER_CPU_USAGE_SECONDS_TOTAL("k8sContainerCpuUsageSecondsTotal"),
  /** Renders to {@code defaultRules.rules.k8sContainerMemoryCache}. */
  K8S_CONTAINER_MEMORY_CACHE("k8sContainerMemoryCache"),
  /** Renders to {@code defaultRules.rules.k8sContainerMemoryRss}. */
  K8S_CONTAINER_MEMORY_RSS("k8sContainerMemoryRss"),
  /** Renders to {@code defaultRules.rules.k8sContainerMemorySwap}. */
  K8S_CONTAINER_MEMORY_SWAP("k8sContainerMemorySwap"),
  /** Renders to {@code defaultRules.rules.k8sContainerResource}. */
  K8S_CONTAINER_RESOURCE("k8sContainerResource"),
  /** Renders to {@code defaultRules.rules.k8sContainerMemoryWorkingSetBytes}. */
  K8S_CONTAINER_MEMORY_WORKING_SET_BYTES("k8sContainerMemoryWorkingSetBytes"),
  /** Renders to {@code defaultRules.rules.k8sPodOwner}. */
  K8S_POD_OWNER("k8sPodOwner"),
  /** Renders to {@code defaultRules.rules.kubeApiserverAvailability}. */
  KUBE_APISERVER_AVAILABILITY("kubeApiserverAvailability"),
  /** Renders to {@code defaultRules.rules.kubeApiserverBurnrate}. */
  KUBE_APISERVER_BURNRATE("kubeApiserverBurnrate"),
  /** Renders to {@code defaultRules.rules.kubeApiserverHistogram}. */
  KUBE_APISERVER_HISTOGRAM("kubeApiserverHistogram"),
  /** Renders to {@code defaultRules.rules.kubeApiserverSlos}. */
  KUBE_APISERVER_SLOS("kubeApiserverSlos"),
  /** Renders to {@code defaultRules.rules.kubeControllerManager}. */
  KUBE_CONTROLLER_MANAGER("kubeControllerManager"),
  /** Renders to {@code defaultRules.rules.kubelet}. */
  KUBELET("kubelet"),
  /** Renders to {@code defaultRules.rules.kubeProxy}. */
  KUBE_PROXY("kubeProxy"),
  /** Renders to {@code defaultRules.rules.kubePrometheusGeneral}. */
  KUBE_PROMETHEUS_GENERAL("kubePrometheusGeneral"),
  /** Renders to {@code defaultRules.rules.kubePrometheusNodeRecording}. */
  KUBE_PROMETHEUS_NODE_RECORDING("kubePrometheusNodeRecording"),
  /** Renders to {@code defaultRules.rules.kubernetesApps}. */
  KUBERNETES_APPS("kubernetesApps"),
  /** Renders to {@code defaultRules.rules.kubernetesResources}. */
  KUBERNETES_RESOURCES("kubernetesResources"),
  /** Renders to {@code defaultRules.rules.kubernetesStorage}. */
  KUBERNETES_STORAGE("kubernetesStorage"),
  /** Renders to {@code defaultRules.rules.kubernetesSystem}. */
  KUBERNETES_SYSTEM("kubernetesSystem"),
  /** Renders to {@code defaultRules.rules.kubeSchedulerAlerting}. */
  KUBE_SCHEDULER_ALERTING("kubeSchedulerAlerting"),
  /** Renders to {@code defaultRules.rules.kubeSchedulerRecording}. */
  KUBE_SCHEDULER_RECORDING("kubeSchedulerRecording"),
  /** Renders to {@code defaultRules.rules.kubeStateMetrics}. */
  KUBE_STATE_METRICS("kubeStateMetrics"),
  /** Renders to {@code defaultRules.rules.network}. */
  NETWORK("network"),
  /** Renders to {@code defaultRules.rules.node}. */
  NODE("node"),
  /** Renders to {@code defaultRules.rules.nodeExporterAlerting}. */
  NODE_EXPORTER_ALERTING("nodeExporterAlerting"),
  /** Renders to {@code defaultRules.rules.nodeExporterRecording}. */
  NODE_EXPORTER_RECORDING("nodeExporterRecording"),
  /** Renders to {@code defaultRules.rules.prometheus}. */
  PROMETHEUS("prometheus"),
  /** Renders to {@code defaultRules.rules.prometheusOperator}. */
  PROMETHEUS_OPERATOR("prometheusOperator"),
  /** Renders to {@code defaultRules.rules.windows}. */
  WINDOWS("windows");

  private final String key;

  DefaultRuleGroup(String key) {
    this.key = key;
  }

  /**
   * The chart's key for this group.
   *
   * @return for example {@code kubeApiserverSlos}
   */
  public String key() {
    return key;
  }
}
