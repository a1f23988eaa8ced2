package io.monitoringascode.core.values;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.finding.Report;
import java.util.List;

/**
 * One pinned version of a Helm chart whose values can be checked: its coordinates, its key index, and its own
 * semantic checks beside the structural ones of {@link ValuesChecks}.
 */
public interface ValuesChart {
  /**
   * The chart's name.
   *
   * @return such as {@code kube-prometheus-stack}
   */
  String name();

  /**
   * The chart repository's URL.
   *
   * @return such as {@code https://prometheus-community.github.io/helm-charts}
   */
  String repository();

  /**
   * The chart version.
   *
   * @return such as {@code 77.11.1}
   */
  String version();

  /**
   * The key index of this version, loaded once.
   *
   * @return the index
   */
  ValuesIndex index();

  /**
   * The chart's own semantic checks, in the order they run.
   *
   * @return the checks
   */
  List<Check<ChartValues>> checks();

  /**
   * Checks a values tree: unknown, mistyped and renamed keys, CRD-typed subtrees, then the chart's own checks.
   *
   * @param values the values, as a user's file or a typed builder renders them
   * @param file the file name to put in the findings' locations
   * @return every finding, sorted
   */
  default Report check(JsonNode values, String file) {
    return ValuesChecks.check(this, values, file);
  }
}
