package io.monitoringascode.loki.check;

import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.RuleId;
import io.monitoringascode.loki.shipping.LogShipper;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks of log shipping configuration ({@code logs/*}), in the order they run. Their pointers point into the
 * shipper's rendered Promtail YAML ({@link io.monitoringascode.loki.shipping.PromtailConfig#render()}); a caller that
 * writes it into a ConfigMap places the findings in that file.
 *
 * <pre>{@code
 * List<Finding> findings = ShippingChecks.check(LogShipper.of(config, deployment.getSpec().getTemplate().getSpec()));
 * }</pre>
 */
public final class ShippingChecks {
  private static final List<Check<LogShipper>> ALL = List.of(
      new LogsPushUrlCheck(),
      new LogsLabelNameCheck(),
      new LogsLabelCardinalityCheck(),
      new LogsUnextractedFieldCheck(),
      new LogsMatchSelectorCheck(),
      new LogsPositionsVolumeCheck());

  private ShippingChecks() {}

  /**
   * Every check.
   *
   * @return the checks
   */
  public static List<Check<LogShipper>> all() {
    return ALL;
  }

  /**
   * The rule ids of {@link #all()}.
   *
   * @return the ids, in the checks' order
   */
  public static List<RuleId> ruleIds() {
    return ALL.stream().map(check -> check.info().id()).toList();
  }

  /**
   * Runs every check on a shipper, at default severities.
   *
   * @param shipper the shipper
   * @return the findings, in the checks' order
   */
  public static List<Finding> check(LogShipper shipper) {
    List<Finding> findings = new ArrayList<>();
    ALL.forEach(check -> findings.addAll(check.run(shipper, CheckContext.none())));
    return findings;
  }
}
