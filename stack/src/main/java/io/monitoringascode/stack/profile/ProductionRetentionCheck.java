package io.monitoringascode.stack.profile;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.stack.wiring.StackView;

/**
 * {@code production/retention}: how long data is kept was never decided. For Prometheus, the values leave both
 * {@code retention} and {@code retentionSize} at kube-prometheus-stack's defaults ({@code 10d} and none, from the key
 * index), so nothing bounds the TSDB by size and a growing series count fills its volume, after which Prometheus stops
 * ingesting. For Loki, {@code limits_config.retention_period} is unset (Loki then keeps logs forever), or set while
 * {@code compactor.retention_enabled} is not {@code true}: Loki only deletes through the compactor, so the period is
 * silently ignored. An explicit period of zero is a choice and is left alone.
 */
public final class ProductionRetentionCheck implements Check<StackView> {
  private static final RuleInfo INFO = RuleInfo.of("production/retention", Severity.INFO,
      "Prometheus retention left at the chart's defaults, or Loki logs kept forever because retention is unset or the "
          + "compactor does not apply it.");

  private static final String RETENTION = "/prometheus/prometheusSpec/retention";
  private static final String RETENTION_SIZE = "/prometheus/prometheusSpec/retentionSize";
  private static final String LOKI_PERIOD = "/loki/limits_config/retention_period";
  private static final String LOKI_COMPACTOR_RETENTION = "/loki/compactor/retention_enabled";

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(StackView view, CheckContext context, FindingSink sink) {
    ReleaseValues.of(view.kubePrometheusStack()).ifPresent(values -> {
      if (values.enabled("/prometheus/enabled") && !values.isSet(RETENTION)
          && values.effective(RETENTION_SIZE).asText("").isEmpty()) {
        sink.at(values.at(RETENTION)).report("Prometheus keeps the chart's default `retention` of `"
            + values.effective(RETENTION).asText() + "` and no `retentionSize`, so nothing bounds its TSDB by size "
            + "and a growing series count fills its volume.")
            .hint("Set `prometheus.prometheusSpec.retentionSize` below the volume's size (such as `45GB` for `50Gi`) "
                + "and `prometheus.prometheusSpec.retention` to how far back you query (such as `15d`).");
      }
    });
    ReleaseValues.of(view.loki()).ifPresent(values -> {
      JsonNode period = values.effective(LOKI_PERIOD);
      boolean compacting = values.effective(LOKI_COMPACTOR_RETENTION).asText("").equals("true");
      if (period.isMissingNode()) {
        sink.at(values.at(LOKI_PERIOD)).report("Loki's `limits_config.retention_period` is unset, so Loki keeps "
            + "every log forever and its storage grows without bound.")
            .hint("Set `loki.limits_config.retention_period` (such as `744h`)"
                + (compacting ? "" : ", `loki.compactor.retention_enabled: true`")
                + " and `loki.compactor.delete_request_store` (your `loki.storage.type`, such as `s3`).");
      } else if (!compacting && !period.asText().matches("0+[a-z]*")) {
        sink.at(values.at(LOKI_COMPACTOR_RETENTION)).report("Loki's `limits_config.retention_period` is `"
            + period.asText() + "` but `compactor.retention_enabled` is not `true`, so no log is ever deleted.")
            .hint("Set `loki.compactor.retention_enabled: true` and `loki.compactor.delete_request_store` (your "
                + "`loki.storage.type`, such as `s3`).");
      }
    });
  }
}
