package io.monitoringascode.alerting.config;

import io.monitoringascode.alerting.receiver.AlertReceiver;
import io.monitoringascode.alerting.receiver.EmailNotifier;
import io.monitoringascode.alerting.receiver.PagerDutyNotifier;
import io.monitoringascode.alerting.receiver.SecretRef;
import io.monitoringascode.alerting.receiver.SlackNotifier;
import io.monitoringascode.alerting.receiver.WebhookNotifier;
import io.monitoringascode.alerting.route.DayRange;
import io.monitoringascode.alerting.route.LabelMatcher;
import io.monitoringascode.alerting.route.MuteInterval;
import io.monitoringascode.alerting.route.RouteNode;
import io.monitoringascode.alerting.route.TimeOfDayRange;
import io.monitoringascode.alerting.route.TimeWindow;

/** A routing that uses every part of the model: the subject of golden files, the round-trip and the oracle tests. */
public final class ExampleRouting {
  private ExampleRouting() {}

  /**
   * The example, in namespace {@code shop}.
   *
   * @return the routing
   */
  public static AlertRouting shop() {
    return AlertRouting.builder()
        .name("shop-alerts")
        .namespace("shop")
        .putLabel("release", "prometheus")
        .putAnnotation("owner", "team-shop")
        .route(RouteNode.builder()
            .receiver("slack-shop")
            .addGroupBy("alertname", "severity")
            .groupWait("30s")
            .groupInterval("5m")
            .repeatInterval("12h")
            .addRoute(RouteNode.builder()
                .receiver("pagerduty-oncall")
                .addMatcher(LabelMatcher.equal("severity", "critical"))
                .groupWait("10s")
                .continueMatching(true)
                .addRoute(RouteNode.builder()
                    .receiver("email-payments")
                    .addMatcher(LabelMatcher.regex("team", "payments|checkout"))
                    .addActiveTimeInterval("business-hours")
                    .build())
                .build())
            .addRoute(RouteNode.builder()
                .receiver("audit-webhook")
                .addMatcher(LabelMatcher.notRegex("alertname", "Watchdog|InfoInhibitor"))
                .addMatcher(LabelMatcher.notEqual("env", "dev"))
                .addMuteTimeInterval("maintenance")
                .build())
            .build())
        .addReceiver(AlertReceiver.builder()
            .name("slack-shop")
            .addSlackConfig(SlackNotifier.builder()
                .apiUrl(SecretRef.of("slack-webhook", "url"))
                .channel("#shop-alerts")
                .username("Alertmanager")
                .title("[{{ .Status | toUpper }}] {{ .CommonLabels.alertname }}")
                .text("{{ range .Alerts }}\n*{{ .Annotations.summary }}*\n{{ .Annotations.description }}\n{{ end }}")
                .sendResolved(true)
                .build())
            .build())
        .addReceiver(AlertReceiver.builder()
            .name("pagerduty-oncall")
            .addPagerdutyConfig(PagerDutyNotifier.builder()
                .routingKey(SecretRef.of("pagerduty", "routing-key"))
                .severity("critical")
                .description("{{ .CommonAnnotations.summary }}")
                .putDetail("runbook", "{{ .CommonAnnotations.runbook_url }}")
                .build())
            .build())
        .addReceiver(AlertReceiver.builder()
            .name("email-payments")
            .addEmailConfig(EmailNotifier.builder()
                .to("payments-oncall@example.com")
                .sender("alertmanager@example.com")
                .smarthost("smtp.example.com:587")
                .authUsername("alertmanager")
                .authPassword(SecretRef.of("smtp-auth", "password"))
                .requireTls(true)
                .putHeader("Subject", "[shop] {{ .CommonLabels.alertname }}")
                .build())
            .build())
        .addReceiver(AlertReceiver.builder()
            .name("audit-webhook")
            .addWebhookConfig(WebhookNotifier.builder()
                .urlInPlaintext("http://alert-audit.monitoring.svc:8080/alerts")
                .maxAlerts(50)
                .sendResolved(false)
                .build())
            .build())
        .addInhibitRule(InhibitionRule.builder()
            .addSourceMatch(LabelMatcher.equal("severity", "critical"))
            .addTargetMatch(LabelMatcher.regex("severity", "warning|info"))
            .addEqual("alertname", "namespace")
            .build())
        .addMuteTimeInterval(MuteInterval.builder()
            .name("business-hours")
            .addTimeInterval(TimeWindow.builder()
                .addTime(TimeOfDayRange.of("09:00", "17:00"))
                .addWeekday("monday:friday")
                .build())
            .build())
        .addMuteTimeInterval(MuteInterval.builder()
            .name("maintenance")
            .addTimeInterval(TimeWindow.builder()
                .addTime(TimeOfDayRange.of("02:00", "04:00"))
                .addWeekday("saturday")
                .addDaysOfMonth(DayRange.of(1, 7))
                .addMonth("january:march")
                .addYear("2026")
                .build())
            .build())
        .build();
  }
}
