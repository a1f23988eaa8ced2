package io.monitoringascode.testkit;

import io.monitoringascode.alerting.routing.Alert;
import io.monitoringascode.alerting.routing.Router;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on where one alert goes through an Alertmanager routing tree ({@code AssembledConfig.router()} or
 * {@code Router.of(...)}): the receivers it reaches, at a given moment and with other alerts firing.
 *
 * <pre>{@code
 * assertThat(router).alert(Alert.of("alertname", "TargetDown", "severity", "warning", "namespace", "shop"))
 *     .firingWith(Alert.of("alertname", "TargetDown", "severity", "critical", "namespace", "shop"))
 *     .reachesNoOne();
 * }</pre>
 */
public final class AlertRoutingAssert extends AbstractAssert<AlertRoutingAssert, Router> {
  private Alert alert;
  private final List<Alert> firing = new ArrayList<>();
  private Optional<ZonedDateTime> time = Optional.empty();

  AlertRoutingAssert(Router router) {
    super(router, AlertRoutingAssert.class);
  }

  /**
   * Names the alert the next verifications are about.
   *
   * @param labels the alert's labels
   * @return this assertion
   */
  public AlertRoutingAssert alert(Alert labels) {
    this.alert = labels;
    return this;
  }

  /**
   * Sets the moment of delivery, for mute and active time intervals.
   *
   * @param moment the moment, in the zone the time intervals are read in
   * @return this assertion
   */
  public AlertRoutingAssert at(ZonedDateTime moment) {
    this.time = Optional.of(moment);
    return this;
  }

  /**
   * Adds alerts firing at the same time, for inhibition.
   *
   * @param others the firing alerts
   * @return this assertion
   */
  public AlertRoutingAssert firingWith(Alert... others) {
    firing.addAll(Arrays.asList(others));
    return this;
  }

  /**
   * Verifies that the alert reaches exactly these receivers, in tree order.
   *
   * @param receivers the receiver names, as in the assembled configuration ({@code <namespace>/<config>/<receiver>})
   * @return this assertion
   */
  public AlertRoutingAssert reaches(String... receivers) {
    List<String> reached = reached();
    if (!reached.equals(List.of(receivers))) {
      failWithMessage("Expected %s to reach %s, but it reaches %s (route: %s)", alert, List.of(receivers), reached,
          actual.route(alert).paths());
    }
    return this;
  }

  /**
   * Verifies that no receiver is notified: the alert is inhibited, muted, or routed nowhere.
   *
   * @return this assertion
   */
  public AlertRoutingAssert reachesNoOne() {
    List<String> reached = reached();
    if (!reached.isEmpty()) {
      failWithMessage("Expected %s to reach no one, but it reaches %s (route: %s)", alert, reached,
          actual.route(alert).paths());
    }
    return this;
  }

  /**
   * Verifies that the firing alerts inhibit the alert.
   *
   * @return this assertion
   */
  public AlertRoutingAssert isInhibited() {
    requireAlert();
    if (!actual.isInhibited(alert, firing)) {
      failWithMessage("Expected %s to be inhibited by %s, but no inhibit rule applies", alert, firing);
    }
    return this;
  }

  private List<String> reached() {
    requireAlert();
    if (actual.isInhibited(alert, firing)) {
      return List.of();
    }
    return time.map(moment -> actual.receiversAt(alert, moment)).orElseGet(() -> actual.route(alert).receivers());
  }

  private void requireAlert() {
    isNotNull();
    if (alert == null) {
      failWithMessage("Name the alert first: assertThat(router).alert(Alert.of(...))");
    }
  }
}
