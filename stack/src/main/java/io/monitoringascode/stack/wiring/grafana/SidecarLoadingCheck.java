package io.monitoringascode.stack.wiring.grafana;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.JsonPointers;
import io.monitoringascode.core.finding.Location;
import io.monitoringascode.stack.layout.ChartRelease;
import io.monitoringascode.stack.layout.RenderedDocument;
import io.monitoringascode.stack.wiring.ConfigMapFiles;
import io.monitoringascode.stack.wiring.GrafanaSidecar;
import io.monitoringascode.stack.wiring.StackView;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What {@code wiring/dashboard-not-loaded} and {@code wiring/datasource-not-loaded} share: a ConfigMap of the stack that
 * carries files for one of Grafana's sidecars, which that sidecar does not load. Silent without a kube-prometheus-stack
 * release (the sidecar's settings are unknown) and when the chart deploys no Grafana (one may run elsewhere).
 */
abstract class SidecarLoadingCheck implements Check<StackView> {
  private final RuleInfo info;
  private final BiFunction<String, JsonNode, GrafanaSidecar> sidecar;
  private final Function<JsonNode, List<ConfigMapFiles.Entry>> files;
  private final String what;
  private final String consequence;

  /**
   * A check of one sidecar.
   *
   * @param info the rule
   * @param sidecar the sidecar of a release, from its namespace and values
   * @param files the files of a ConfigMap that this sidecar loads
   * @param what what the files are, for messages: such as {@code dashboard} or {@code data-source file}
   * @param consequence what Grafana misses, for messages: such as {@code Grafana never shows the dashboard}
   */
  SidecarLoadingCheck(RuleInfo info, BiFunction<String, JsonNode, GrafanaSidecar> sidecar,
      Function<JsonNode, List<ConfigMapFiles.Entry>> files, String what, String consequence) {
    this.info = info;
    this.sidecar = sidecar;
    this.files = files;
    this.what = what;
    this.consequence = consequence;
  }

  @Override
  public final RuleInfo info() {
    return info;
  }

  @Override
  public final void check(StackView view, CheckContext context, FindingSink sink) {
    Optional<ChartRelease> release = view.kubePrometheusStack();
    if (release.isEmpty()) {
      return;
    }
    GrafanaSidecar sidecar = this.sidecar.apply(release.get().namespace(), release.get().values());
    if (!sidecar.grafanaEnabled()) {
      return;
    }
    for (RenderedDocument configMap : view.documentsOfKind("ConfigMap")) {
      List<ConfigMapFiles.Entry> carried = files.apply(configMap.tree());
      if (!carried.isEmpty()) {
        check(configMap, carried.get(0).key(), sidecar, sink);
      }
    }
  }

  private void check(RenderedDocument configMap, String key, GrafanaSidecar sidecar, FindingSink sink) {
    String subject = "ConfigMap `" + configMap.name() + "` carries " + what + " `" + key + "`";
    if (!sidecar.enabled()) {
      sink.at(Location.in(configMap.file(), 0, "/metadata/name")).error(subject + ", but `" + sidecar.valuesKey()
              + ".enabled` is false, so " + consequence + ".")
          .hint("Set `" + sidecar.valuesKey() + ".enabled: true` in the kube-prometheus-stack values.");
      return;
    }
    if (!sidecar.readsConfigMaps()) {
      sink.at(Location.in(configMap.file(), 0, "/metadata/name")).error(subject + ", but `" + sidecar.valuesKey()
              + ".resource` is `secret`, so the sidecar reads no ConfigMap and " + consequence + ".")
          .hint("Set `" + sidecar.valuesKey() + ".resource: both` in the kube-prometheus-stack values.");
      return;
    }
    Map<String, String> labels = GrafanaSidecar.labels(configMap.tree());
    if (!sidecar.labelled(labels)) {
      String label = sidecar.labelText();
      if (labels.containsKey(sidecar.label())) {
        sink.at(Location.in(configMap.file(), 0, JsonPointers.of("metadata", "labels", sidecar.label())))
            .error(subject + " with label `" + sidecar.label() + ": \"" + labels.get(sidecar.label())
                + "\"`, but the Grafana sidecar loads only `" + label + "`, so " + consequence + ".")
            .hint("Set `" + label + "` in `metadata.labels`, or change `" + sidecar.valuesKey()
                + ".labelValue` in the kube-prometheus-stack values.");
      } else {
        sink.at(Location.in(configMap.file(), 0, configMap.tree().path("metadata").has("labels")
                ? "/metadata/labels" : "/metadata"))
            .error(subject + " without the label `" + label + "` the Grafana sidecar loads, so " + consequence + ".")
            .hint("Add `" + label + "` to `metadata.labels`, or change `" + sidecar.valuesKey()
                + ".label` in the kube-prometheus-stack values.");
      }
    }
    if (!sidecar.watches(configMap.namespace())) {
      String searched = String.join(", ", sidecar.namespaces().orElse(List.of()));
      sink.at(Location.in(configMap.file(), 0, "/metadata/namespace"))
          .error(subject + " in namespace `" + configMap.namespace() + "`, but the Grafana sidecar searches only `"
              + searched + "`, so " + consequence + ".")
          .hint("Move the ConfigMap to namespace `" + sidecar.namespaces().orElse(List.of("")).get(0)
              + "`, or add `" + configMap.namespace() + "` to `" + sidecar.valuesKey()
              + ".searchNamespace` (or set it to `ALL`) in the kube-prometheus-stack values.");
    }
  }
}
