package io.monitoringascode.loki.check;

import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.core.values.ChartValues;

/**
 * {@code values/loki-replication-factor}: a {@code replication_factor} above the number of replicas that ingest.
 * The distributor writes each stream to that many ingesters and needs a quorum of them; with fewer in the ring, every
 * push fails ("at least 2 live replicas required"), although the install succeeds. The default factor is 3, so a
 * single binary with one replica needs {@code replication_factor: 1}.
 */
public final class ValuesLokiReplicationFactorCheck implements Check<ChartValues> {
  private static final RuleInfo INFO = RuleInfo.of("values/loki-replication-factor", Severity.ERROR,
      "Loki's replication_factor must not exceed the replicas that ingest.");

  private static final String FACTOR = "/loki/commonConfig/replication_factor";
  private static final String STRUCTURED_FACTOR = "/loki/structuredConfig/common/replication_factor";

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ChartValues values, CheckContext context, FindingSink sink) {
    String ingesters;
    switch (LokiValues.mode(values)) {
      case "SingleBinary":
        ingesters = LokiValues.SINGLE_BINARY_REPLICAS;
        break;
      case "SimpleScalable":
        ingesters = LokiValues.replicas("write");
        break;
      default:
        // Distributed spreads ingesters over zones and the transitional modes run two sets: not judged here.
        return;
    }
    // structuredConfig is merged over the generated configuration, so its factor wins.
    String factorAt = values.isSet(STRUCTURED_FACTOR) ? STRUCTURED_FACTOR : FACTOR;
    int factor = LokiValues.count(values, factorAt);
    int replicas = LokiValues.count(values, ingesters);
    if (replicas > 0 && factor > replicas) {
      sink.at(factorAt).error("Loki's `replication_factor` is " + LokiValues.shown(values, factorAt) + " but only `"
          + replicas + "` replica" + (replicas == 1 ? "" : "s") + " ingest (`" + LokiValues.dotted(ingesters)
          + "`), so every push fails for want of a quorum.")
          .hint("Set `" + LokiValues.dotted(factorAt) + ": " + replicas + "`, or raise `"
              + LokiValues.dotted(ingesters) + "` to " + factor + ".");
    }
  }
}
