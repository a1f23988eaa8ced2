package io.monitoringascode.examples.tutorial;

import io.monitoringascode.alerting.config.AlertRouting;
import io.monitoringascode.alerting.receiver.AlertReceiver;
import io.monitoringascode.alerting.receiver.SecretRef;
import io.monitoringascode.alerting.receiver.SlackNotifier;
import io.monitoringascode.alerting.route.RouteNode;

/**
 * The tutorial's AlertmanagerConfig: every alert of the namespace, grouped by severity, goes to a Slack channel. The
 * webhook URL stays in the Secret {@code slack-webhook-secret} (key {@code webhook-url}), created in the cluster and
 * referenced here, never written into the output tree.
 */
public final class SlackAlerting {
  /** The label the tutorial's {@code alertmanager.alertmanagerSpec.alertmanagerConfigSelector} selects on. */
  public static final String SELECTOR_LABEL = "resource";
  /** The value of {@link #SELECTOR_LABEL} the selector requires. */
  public static final String SELECTOR_VALUE = "prometheus";

  private SlackAlerting() {}

  /**
   * The routing to Slack.
   *
   * @return the AlertmanagerConfig's model
   */
  public static AlertRouting routing() {
    return AlertRouting.builder()
        .name("prometheus-demo-app-alert-config")
        .putLabel(SELECTOR_LABEL, SELECTOR_VALUE)
        .putLabel("app", "prometheus")
        .route(RouteNode.builder()
            .addGroupBy("severity")
            .groupWait("30s")
            .groupInterval("1m")
            .repeatInterval("12h")
            .receiver("slack")
            .build())
        .addReceiver(AlertReceiver.builder()
            .name("slack")
            .addSlackConfig(SlackNotifier.builder()
                .apiUrl(SecretRef.of("slack-webhook-secret", "webhook-url"))
                .channel("#alert-manager")
                .sendResolved(true)
                .text("{{ range .Alerts }}\n<!channel> {{ .Annotations.summary }}\n{{ .Annotations.description }}\n"
                    + "{{ end }}")
                .build())
            .build())
        .build();
  }
}
