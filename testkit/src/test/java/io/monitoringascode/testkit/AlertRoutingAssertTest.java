package io.monitoringascode.testkit;

import static io.monitoringascode.testkit.MonitoringAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.monitoringascode.alerting.config.InhibitionRule;
import io.monitoringascode.alerting.route.LabelMatcher;
import io.monitoringascode.alerting.route.RouteNode;
import io.monitoringascode.alerting.routing.Alert;
import io.monitoringascode.alerting.routing.Router;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertRoutingAssertTest {
  private static final Router ROUTER = Router.of(
      RouteNode.builder().receiver("null")
          .addRoute(RouteNode.builder().receiver("slack").addMatcher(LabelMatcher.equal("namespace", "shop")).build())
          .build(),
      List.of(InhibitionRule.builder().addSourceMatch(LabelMatcher.equal("severity", "critical"))
          .addTargetMatch(LabelMatcher.equal("severity", "warning")).addEqual("alertname").build()),
      List.of());
  private static final Alert CRITICAL = Alert.of("alertname", "Down", "namespace", "shop", "severity", "critical");
  private static final Alert WARNING = Alert.of("alertname", "Down", "namespace", "shop", "severity", "warning");

  @Test
  void reaches_theReceiversOfTheRoute() {
    assertThat(ROUTER).alert(CRITICAL).reaches("slack");
    assertThat(ROUTER).alert(Alert.of("alertname", "Down", "namespace", "other")).reaches("null");
  }

  @Test
  void reachesNoOne_whenAFiringAlertInhibitsIt() {
    assertThat(ROUTER).alert(WARNING).firingWith(CRITICAL).isInhibited().reachesNoOne();
  }

  @Test
  void failures_sayWhereTheAlertWent() {
    assertThatThrownBy(() -> assertThat(ROUTER).alert(WARNING).reaches("pagerduty"))
        .isInstanceOf(AssertionError.class).hasMessageContaining("it reaches [slack]");
    assertThatThrownBy(() -> assertThat(ROUTER).alert(WARNING).isInhibited())
        .isInstanceOf(AssertionError.class).hasMessageContaining("no inhibit rule applies");
  }
}
