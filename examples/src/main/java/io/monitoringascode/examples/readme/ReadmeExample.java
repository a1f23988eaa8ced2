package io.monitoringascode.examples.readme;

import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.monitoringascode.alerting.config.AlertRouting;
import io.monitoringascode.alerting.receiver.AlertReceiver;
import io.monitoringascode.alerting.receiver.SecretRef;
import io.monitoringascode.alerting.receiver.SlackNotifier;
import io.monitoringascode.alerting.route.RouteNode;
import io.monitoringascode.core.lang.QueryProblem;
import io.monitoringascode.examples.tutorial.DemoApp;
import io.monitoringascode.loki.logql.Logql;
import io.monitoringascode.prometheus.monitor.ScrapeEndpoint;
import io.monitoringascode.prometheus.monitor.ServiceScrape;
import io.monitoringascode.prometheus.promql.Promql;
import io.monitoringascode.prometheus.rule.AlertRule;
import io.monitoringascode.prometheus.rule.PromRuleGroup;
import io.monitoringascode.prometheus.rule.RuleFile;
import io.monitoringascode.stack.MonitoringStack;
import io.monitoringascode.stack.values.AlertmanagerSpecValues;
import io.monitoringascode.stack.values.AlertmanagerValues;
import io.monitoringascode.stack.values.KubePrometheusStackValues;
import java.nio.file.Path;

/**
 * The code shown in the repository's README, compiled here so that the README cannot drift from the API; a test checks
 * that the README shows exactly the lines between each pair of markers.
 */
public final class ReadmeExample {
  private ReadmeExample() {}

  /**
   * Writes the README's stack into {@code k8s/} of the working directory.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    // README:begin
    ServiceScrape scrape = ServiceScrape.builder()
        .name("prometheus-demo-app-svc-monitor")
        .putLabel("release", "prometheus")                 // the label the chart's Prometheus selects on
        .putMatchLabel("app", "prometheus-demo-app-svc")
        .addEndpoint(ScrapeEndpoint.builder().port("prometheus-demo-app-port").interval("30s").build())
        .build();                                          // interval("30") fails here, naming the field
    RuleFile rules = RuleFile.builder().name("prometheus-demo-app-rules").putLabel("release", "prometheus")
        .addGroup(PromRuleGroup.builder().name("prometheus-demo-app")
            .addRule(AlertRule.builder().alert("TargetDown").expr("up{job=\"prometheus-demo-app-svc\"} == 0")
                .forDuration("30s").putLabel("severity", "warning").build())
            .build())
        .build();
    AlertRouting slack = AlertRouting.builder().name("prometheus-demo-app-alert-config").putLabel("resource", "prometheus")
        .route(RouteNode.builder().addGroupBy("severity").receiver("slack").build())
        .addReceiver(AlertReceiver.builder().name("slack").addSlackConfig(SlackNotifier.builder()
            .apiUrl(SecretRef.of("slack-webhook-secret", "webhook-url")).channel("#alert-manager").build()).build())
        .build();

    MonitoringStack stack = MonitoringStack.builder().release("prometheus").namespace("k8s-monitoring-ns")
        .add(DemoApp.deployment(), DemoApp.service())      // any fabric8 resource
        .add(scrape.toServiceMonitor(), rules.toPrometheusRule(), slack.toAlertmanagerConfig())
        .build();
    stack.writeTo(Path.of("k8s"));   // throws ReportException listing every finding; writes nothing on error
    // README:end
  }

  /**
   * Checks Helm values and queries as the README shows, printing what it finds.
   */
  public static void valuesAndQueries() {
    // README:begin
    KubePrometheusStackValues values = KubePrometheusStackValues.builder()
        .alertmanager(AlertmanagerValues.builder().alertmanagerSpec(AlertmanagerSpecValues.builder()
            .alertmanagerConfigSelector(new LabelSelectorBuilder().addToMatchLabels("resource", "prometheus").build())
            .build()).build())
        .set("/prometheus/prometheusSpec/retention", "15d")   // any other key, checked against the key index too
        .build();
    System.out.println(values.check().toText());               // or MonitoringStack.builder().kubePrometheusStack(values)

    String expr = "sum by (job) rate(http_requests_total[5m])";
    for (QueryProblem problem : Promql.parse(expr).problems()) {
      // 1:14 unexpected identifier "rate" in aggregation: Wrap the aggregated expression in parentheses: ...
      System.out.println(problem.position(expr) + " " + problem.message() + ": " + problem.hint().orElse(""));
    }
    boolean valid = Logql.parseDashboardQuery("sum(rate({app=\"api\"} |= \"error\" [$__auto]))").valid();   // true
    // README:end
    System.out.println(valid);
  }
}
