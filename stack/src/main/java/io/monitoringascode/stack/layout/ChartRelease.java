package io.monitoringascode.stack.layout;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.core.values.ValuesChart;
import java.net.URI;
import java.util.Objects;

/**
 * One Helm release of the stack: its name and namespace, the pinned chart version, and its values, rendered into
 * {@code values/<chart>.yaml} and pinned in the tree's {@code helmfile.yaml}.
 *
 * @param name the release name, such as {@code prometheus}
 * @param namespace the namespace it is installed into
 * @param chart the chart version
 * @param values the values tree
 */
public record ChartRelease(String name, String namespace, ValuesChart chart, JsonNode values) {
  /** Checks that every part is present. */
  public ChartRelease {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(chart, "chart");
    values = values.deepCopy();
  }

  /**
   * The release's values file in the tree.
   *
   * @return such as {@code values/kube-prometheus-stack.yaml}
   */
  public String valuesFile() {
    return "values/" + chart.name() + ".yaml";
  }

  /**
   * The local name of the chart's repository in the helmfile: the first label of the repository's host
   * ({@code prometheus-community} for {@code https://prometheus-community.github.io/helm-charts}).
   *
   * @return the repository's name
   */
  public String repositoryName() {
    String host = URI.create(chart.repository()).getHost();
    return host.substring(0, host.indexOf('.') < 0 ? host.length() : host.indexOf('.'));
  }

  /**
   * The values tree.
   *
   * @return a fresh copy
   */
  @Override
  public JsonNode values() {
    return values.deepCopy();
  }
}
