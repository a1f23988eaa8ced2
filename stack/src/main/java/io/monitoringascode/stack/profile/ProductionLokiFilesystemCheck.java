package io.monitoringascode.stack.profile;

import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.stack.wiring.StackView;

/**
 * {@code production/loki-filesystem}: Loki in SingleBinary mode storing chunks and indexes on its own volume
 * ({@code loki.storage.type: filesystem}). Every log then lives on one pod's disk: Loki cannot run a second replica
 * (see {@code values/loki-filesystem-replicas}), and losing the volume loses every log. grafana/loki 6.41.1 defaults to
 * {@code s3}; the key index supplies the default.
 */
public final class ProductionLokiFilesystemCheck implements Check<StackView> {
  private static final RuleInfo INFO = RuleInfo.of("production/loki-filesystem", Severity.INFO,
      "Loki runs as a single binary with filesystem storage.");

  private static final String STORAGE_TYPE = "/loki/storage/type";

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(StackView view, CheckContext context, FindingSink sink) {
    ReleaseValues.of(view.loki()).ifPresent(values -> {
      if (LokiTargets.isSingleBinary(values) && values.effective(STORAGE_TYPE).asText("").equals("filesystem")) {
        sink.at(values.at(STORAGE_TYPE)).report("Loki runs as a single binary with `filesystem` storage, so every "
            + "log lives on one pod's volume: Loki cannot scale out, and a lost volume loses every log.")
            .hint("Set `loki.storage.type: s3` (or `gcs`, `azure`) with `loki.storage.bucketNames.chunks` and "
                + "`loki.storage.bucketNames.ruler`, and the credentials from a Secret.");
      }
    });
  }
}
