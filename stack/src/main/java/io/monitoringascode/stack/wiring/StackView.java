package io.monitoringascode.stack.wiring;

import io.monitoringascode.loki.values.LokiChart;
import io.monitoringascode.stack.layout.ChartRelease;
import io.monitoringascode.stack.layout.RenderedDocument;
import io.monitoringascode.stack.values.KubePrometheusStackChart;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the wiring checks look at: the stack's own objects, the objects declared to exist in the cluster already (a
 * Service installed by another team, say), and the Helm releases with their values. Checks report at the stack's own
 * objects and at the releases' values files, never at external objects.
 *
 * @param documents the stack's objects, as they will be written
 * @param external objects that exist in the cluster without being part of the output tree
 * @param releases the Helm releases, kube-prometheus-stack first
 * @param logShippers the log shippers of the stack, each with the ConfigMap of the stack that carries its
 *     configuration
 */
public record StackView(List<RenderedDocument> documents, List<RenderedDocument> external,
    List<ChartRelease> releases, List<ShipperConfigMap> logShippers) {
  /** Copies the lists. */
  public StackView {
    documents = List.copyOf(documents);
    external = List.copyOf(external);
    releases = List.copyOf(releases);
    logShippers = List.copyOf(logShippers);
  }

  /**
   * A view without log shippers.
   *
   * @param documents the stack's objects
   * @param external objects that exist in the cluster without being part of the output tree
   * @param releases the Helm releases, kube-prometheus-stack first
   */
  public StackView(List<RenderedDocument> documents, List<RenderedDocument> external, List<ChartRelease> releases) {
    this(documents, external, releases, List.of());
  }

  /**
   * A view of objects alone, without releases or external objects, such as the files given to {@code mac check}.
   *
   * @param documents the objects
   * @return the view
   */
  public static StackView of(List<RenderedDocument> documents) {
    return new StackView(documents, List.of(), List.of());
  }

  /**
   * The stack's objects of one kind, in file order.
   *
   * @param kind such as {@code ServiceMonitor}
   * @return the objects
   */
  public List<RenderedDocument> documentsOfKind(String kind) {
    return ofKind(documents, kind);
  }

  /**
   * The objects of one kind that will exist in the cluster: the stack's own and the external ones.
   *
   * @param kind such as {@code Service}
   * @return the stack's objects first, then the external ones
   */
  public List<RenderedDocument> clusterObjectsOfKind(String kind) {
    List<RenderedDocument> objects = new ArrayList<>(ofKind(documents, kind));
    objects.addAll(ofKind(external, kind));
    return objects;
  }

  /**
   * The kube-prometheus-stack release, when the stack has one.
   *
   * @return the release
   */
  public Optional<ChartRelease> kubePrometheusStack() {
    return releases.stream().filter(release -> release.chart() == KubePrometheusStackChart.get()).findFirst();
  }

  /**
   * The grafana/loki release, when the stack has one.
   *
   * @return the release
   */
  public Optional<ChartRelease> loki() {
    return releases.stream().filter(release -> release.chart() == LokiChart.get()).findFirst();
  }

  private static List<RenderedDocument> ofKind(List<RenderedDocument> objects, String kind) {
    return objects.stream().filter(document -> document.kind().equals(kind)).toList();
  }
}
