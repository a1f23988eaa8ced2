package io.monitoringascode.loki.check;

import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.core.values.ChartValues;

/**
 * {@code values/loki-filesystem-replicas}: {@code loki.storage.type: filesystem} with more than one Loki replica.
 * Filesystem storage lives on one pod's volume, which no other replica can read; the chart's {@code validate.yaml}
 * refuses to render it, so {@code helm install} fails.
 */
public final class ValuesLokiFilesystemReplicasCheck implements Check<ChartValues> {
  private static final RuleInfo INFO = RuleInfo.of("values/loki-filesystem-replicas", Severity.ERROR,
      "Filesystem storage allows only one Loki replica.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ChartValues values, CheckContext context, FindingSink sink) {
    if (!"filesystem".equals(values.effective(LokiValues.STORAGE_TYPE).asText())) {
      return;
    }
    int singleBinary = LokiValues.count(values, LokiValues.SINGLE_BINARY_REPLICAS);
    if (singleBinary > 1) {
      sink.at(LokiValues.SINGLE_BINARY_REPLICAS).error("Loki stores chunks on the `filesystem` of one pod but "
          + "`singleBinary.replicas` is `" + singleBinary + "`, so the chart refuses to install: no other replica "
          + "could read that volume.")
          .hint("Set `singleBinary.replicas: 1`, or use object storage (`loki.storage.type: s3`, `gcs` or `azure`).");
    }
    if (singleBinary == 0 && !"SingleBinary".equals(LokiValues.mode(values))) {
      for (String component : LokiValues.SCALABLE) {
        String pointer = LokiValues.replicas(component);
        if (LokiValues.count(values, pointer) > 0) {
          sink.at(pointer).error("Loki stores chunks on the `filesystem` of one pod but `"
              + LokiValues.dotted(pointer) + "` is " + LokiValues.shown(values, pointer) + ", so the chart refuses"
              + " to install: scalable targets need object storage.")
              .hint("Use `deploymentMode: SingleBinary` with `singleBinary.replicas: 1`, or object storage "
                  + "(`loki.storage.type: s3`, `gcs` or `azure`).");
        }
      }
    }
  }
}
