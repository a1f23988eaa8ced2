package io.monitoringascode.alerting.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.alerting.routing.Alert;
import io.monitoringascode.alerting.routing.Router;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a user of the tutorial asserts about its alerts, against the AlertmanagerConfig as the operator merges it. */
class TutorialAlertsTest {
  private static final String SLACK = "default/prometheus-demo-app-alert-config/slack";
  private static final ZonedDateTime SUNDAY_3AM = ZonedDateTime.parse("2026-11-29T03:00:00Z");

  private final Router router = Tutorial.assembled().router();

  @Test
  void criticalAlertOfTheApp_reachesSlack() {
    Alert critical = Alert.of("alertname", "HighRequestLatency", "namespace", "default", "severity", "critical");

    assertThat(router.notifiedReceivers(critical, List.of(critical), SUNDAY_3AM)).containsExactly(SLACK);
    assertThat(router.route(critical).paths()).containsExactly("route > routes[0] {namespace=\"default\"}");
  }

  @Test
  void warningOfTheSameAlert_isInhibitedAtThreeOnSunday() {
    Alert critical = Alert.of("alertname", "HighRequestLatency", "namespace", "default", "severity", "critical");
    Alert warning = Alert.of("alertname", "HighRequestLatency", "namespace", "default", "severity", "warning");

    assertThat(router.route(warning).receivers()).containsExactly(SLACK);
    assertThat(router.isInhibited(warning, List.of(critical, warning))).isTrue();
    assertThat(router.notifiedReceivers(warning, List.of(critical, warning), SUNDAY_3AM)).isEmpty();
  }

  @Test
  void alertOfAnotherNamespace_neverReachesSlack() {
    Alert other = Alert.of("alertname", "HighRequestLatency", "namespace", "shop", "severity", "critical");

    assertThat(router.notifiedReceivers(other, List.of(other), SUNDAY_3AM)).containsExactly("null");
  }

  @Test
  void watchdogInTheAppNamespace_reachesSlackAndTheNullReceiver() {
    Alert watchdog = Alert.of("alertname", "Watchdog", "namespace", "default", "severity", "none");

    assertThat(router.route(watchdog).receivers()).containsExactly(SLACK, "null");
  }
}
