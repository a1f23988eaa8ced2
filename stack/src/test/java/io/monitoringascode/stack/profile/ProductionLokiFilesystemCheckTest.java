package io.monitoringascode.stack.profile;

import static io.monitoringascode.stack.profile.Stacks.LOKI_FILE;
import static io.monitoringascode.stack.profile.Stacks.finding;
import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.stack.wiring.StackView;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProductionLokiFilesystemCheckTest {
  private static List<Finding> run(StackView view) {
    return Stacks.run(new ProductionLokiFilesystemCheck(), view);
  }

  @Test
  void singleBinaryOnTheFilesystem_reports() {
    assertThat(run(Stacks.loki("deploymentMode: SingleBinary\nloki:\n  storage: {type: filesystem}\n")))
        .containsExactly(finding("production/loki-filesystem", LOKI_FILE, "/loki/storage/type",
            "Loki runs as a single binary with `filesystem` storage, so every log lives on one pod's volume: Loki "
                + "cannot scale out, and a lost volume loses every log.",
            "Set `loki.storage.type: s3` (or `gcs`, `azure`) with `loki.storage.bucketNames.chunks` and "
                + "`loki.storage.bucketNames.ruler`, and the credentials from a Secret."));
  }

  @Test
  void singleBinaryOnObjectStorage_passes() {
    assertThat(run(Stacks.loki("deploymentMode: SingleBinary\n"))).isEmpty();
  }

  @Test
  void otherModes_areLeftToTheValuesRules() {
    assertThat(run(Stacks.loki("loki:\n  storage: {type: filesystem}\n"))).isEmpty();
  }
}
