package io.monitoringascode.prometheus.check;

import io.fabric8.openshift.api.model.monitoring.v1.PodMonitor;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.DocumentType;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks of this module, by document type: the one explicit list that {@code stack} and {@code cli} join with the
 * other modules' lists. The order is the order in which checks run and their rule ids are listed.
 */
public final class PrometheusChecks {
  /** The API version of every type here. */
  public static final String API_VERSION = "monitoring.coreos.com/v1";

  private PrometheusChecks() {}

  /**
   * The document types this module checks, each with its checks.
   *
   * @return ServiceMonitor, PodMonitor and PrometheusRule of {@code monitoring.coreos.com/v1}
   */
  public static List<DocumentType<?>> types() {
    return List.of(
        new DocumentType<>(API_VERSION, "ServiceMonitor", ServiceMonitor.class, List.<Check<ServiceMonitor>>of(
            new MonitorDurationCheck<>(MonitorView::of),
            new MonitorScrapeTimeoutCheck<>(MonitorView::of),
            new WiringSelectionLabelCheck<>("ServiceMonitor", "serviceMonitorSelector", "never scrapes its targets"))),
        new DocumentType<>(API_VERSION, "PodMonitor", PodMonitor.class, List.<Check<PodMonitor>>of(
            new MonitorDurationCheck<>(MonitorView::of),
            new MonitorScrapeTimeoutCheck<>(MonitorView::of),
            new WiringSelectionLabelCheck<>("PodMonitor", "podMonitorSelector", "never scrapes its targets"))),
        new DocumentType<>(API_VERSION, "PrometheusRule", PrometheusRule.class, prometheusRuleChecks()));
  }

  private static List<Check<PrometheusRule>> prometheusRuleChecks() {
    List<Check<PrometheusRule>> checks = new ArrayList<>(ruleChecks());
    checks.add(new WiringSelectionLabelCheck<>("PrometheusRule", "ruleSelector", "never loads it"));
    return checks;
  }

  /** The checks that read a PrometheusRule rule by rule and share one walk over it ({@link RuleWalks}). */
  static List<RuleCheck> ruleChecks() {
    return List.of(
        new RuleDurationCheck(),
        new RuleKindCheck(),
        new RuleNameCheck(),
        new RuleTemplateCheck(),
        new RuleDuplicateGroupCheck(),
        new RuleDuplicateRecordCheck(),
        new PromqlSyntaxCheck(),
        new PromqlExperimentalCheck(),
        new RuleTemplateLabelCheck(),
        new RuleDuplicateExprCheck(),
        new RuleDuplicateAlertCheck(),
        new PromqlComparisonRangeCheck(),
        new PromqlAbsentMatcherCheck(),
        new PromqlRateGaugeCheck(),
        new PromqlCounterComparisonCheck(),
        new RuleForIntervalCheck(),
        new RuleRecordConventionCheck());
  }
}
