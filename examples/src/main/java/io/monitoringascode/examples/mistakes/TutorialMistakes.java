package io.monitoringascode.examples.mistakes;

import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitorBuilder;
import io.fabric8.openshift.api.model.monitoring.v1alpha1.AlertmanagerConfig;
import io.monitoringascode.alerting.config.AlertRouting;
import io.monitoringascode.alerting.route.RouteNode;
import io.monitoringascode.examples.tutorial.DemoApp;
import io.monitoringascode.examples.tutorial.DemoAppRules;
import io.monitoringascode.examples.tutorial.SlackAlerting;
import io.monitoringascode.examples.tutorial.TutorialStack;
import io.monitoringascode.examples.tutorial.TutorialValues;
import io.monitoringascode.prometheus.rule.AlertRule;
import io.monitoringascode.prometheus.rule.PromRuleGroup;
import io.monitoringascode.prometheus.rule.RuleFile;
import io.monitoringascode.stack.MonitoringStack;
import java.util.Map;

/**
 * The silent failures of the tutorial's setup, written as code: each of them applies cleanly with {@code kubectl} and
 * then does nothing. The stack's check reports all of them at once, and {@code writeTo} refuses to write.
 *
 * <ul>
 *   <li>The PrometheusRule lacks the {@code release} label the chart's Prometheus selects on: its alerts never load.
 *   <li>The ServiceMonitor's interval is {@code 30}, without a unit: the API server rejects the object.
 *   <li>The route names a receiver {@code slack-alerts} that does not exist: the operator rejects the config.
 *   <li>The Slack webhook is rendered as a Secret with its value: the URL ends up in Git.
 *   <li>The Slack test alert ({@code vector(1)}) carries no {@code namespace} label, so the namespace matcher the
 *       operator adds to the AlertmanagerConfig lets it fall through to the chart's {@code null} receiver.
 * </ul>
 */
public final class TutorialMistakes {
  private TutorialMistakes() {}

  /**
   * The stack with the five mistakes.
   *
   * @return the stack; its {@code check()} has five kinds of errors
   */
  public static MonitoringStack stack() {
    return MonitoringStack.builder()
        .release(TutorialStack.RELEASE)
        .namespace(TutorialStack.NAMESPACE)
        .add(RuleFile.builder().from(DemoAppRules.rules(TutorialStack.RELEASE))
            .labels(Map.of("app", "prometheus"))
            .build()
            .toPrometheusRule())
        .add(serviceMonitorWithBareInterval())
        .add(routeToUndefinedReceiver())
        .add(new SecretBuilder()
            .withNewMetadata().withName("slack-webhook-secret").endMetadata()
            .addToStringData("webhook-url", "https://hooks.slack.com/services/T000/B000/XXXXXXXX")
            .build())
        .add(slackTestAlertWithoutNamespace())
        .kubePrometheusStack(TutorialValues.kubePrometheusStack())
        .loki("loki", TutorialValues.loki())
        .build();
  }

  private static PrometheusRule slackTestAlertWithoutNamespace() {
    return RuleFile.builder()
        .name("slack-test-rules")
        .putLabel("release", TutorialStack.RELEASE)
        .addGroup(PromRuleGroup.builder()
            .name("test.rules")
            .addRule(AlertRule.builder().alert("SlackTestAlert").expr("vector(1)").putLabel("severity", "critical")
                .build())
            .build())
        .build()
        .toPrometheusRule();
  }

  // Written with fabric8's builder, as an imported YAML file would be: our ServiceScrape builder refuses `30`.
  private static ServiceMonitor serviceMonitorWithBareInterval() {
    return new ServiceMonitorBuilder()
        .withNewMetadata()
            .withName("prometheus-demo-app-svc-monitor")
            .addToLabels("release", TutorialStack.RELEASE)
        .endMetadata()
        .withNewSpec()
            .withNewSelector().addToMatchLabels("app", DemoApp.SERVICE).endSelector()
            .addNewEndpoint().withPort(DemoApp.PORT).withInterval("30").endEndpoint()
        .endSpec()
        .build();
  }

  private static AlertmanagerConfig routeToUndefinedReceiver() {
    return AlertRouting.builder().from(SlackAlerting.routing())
        .route(RouteNode.builder().addGroupBy("severity").receiver("slack-alerts").build())
        .build()
        .toAlertmanagerConfig();
  }
}
