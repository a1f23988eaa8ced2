package io.monitoringascode.testkit;

import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.monitoringascode.alerting.routing.Router;
import io.monitoringascode.core.finding.Report;
import io.monitoringascode.loki.values.LokiValues;
import io.monitoringascode.stack.MonitoringStack;
import io.monitoringascode.stack.values.KubePrometheusStackValues;

/**
 * Entry points of the test kit, to import statically beside AssertJ's:
 *
 * <pre>{@code
 * assertThat(stack).hasNoErrors().rendersGoldenFiles("k8s");
 * assertThat(rules.toPrometheusRule()).hasAlert("TargetDown").hasExpr("up == 0").hasLabel("severity", "warning");
 * assertThat(values).hasValueAt("/prometheus/prometheusSpec/retention", "15d");
 * }</pre>
 */
public final class MonitoringAssertions {
  private MonitoringAssertions() {}

  /**
   * Assertions on a report.
   *
   * @param report the findings of {@code check()}
   * @return the assertion
   */
  public static ReportAssert assertThat(Report report) {
    return new ReportAssert(report);
  }

  /**
   * Assertions on a whole stack: its findings and rendered files.
   *
   * @param stack the stack
   * @return the assertion
   */
  public static StackAssert assertThat(MonitoringStack stack) {
    return new StackAssert(stack);
  }

  /**
   * Assertions on a PrometheusRule's alerts.
   *
   * @param rule the object, such as {@code RuleFile.toPrometheusRule()}
   * @return the assertion
   */
  public static PrometheusRuleAssert assertThat(PrometheusRule rule) {
    return new PrometheusRuleAssert(rule);
  }

  /**
   * Assertions on kube-prometheus-stack values, as rendered into the values file.
   *
   * @param values the values
   * @return the assertion
   */
  public static HelmValuesAssert assertThat(KubePrometheusStackValues values) {
    return new HelmValuesAssert(values.toTree());
  }

  /**
   * Assertions on grafana/loki values, as rendered into the values file.
   *
   * @param values the values
   * @return the assertion
   */
  public static HelmValuesAssert assertThat(LokiValues values) {
    return new HelmValuesAssert(values.toTree());
  }

  /**
   * Assertions on where alerts go through an Alertmanager routing tree.
   *
   * @param router the router, such as {@code AlertmanagerAssembly.assemble(...).router()}
   * @return the assertion; name the alert with {@link AlertRoutingAssert#alert}
   */
  public static AlertRoutingAssert assertThat(Router router) {
    return new AlertRoutingAssert(router);
  }
}
