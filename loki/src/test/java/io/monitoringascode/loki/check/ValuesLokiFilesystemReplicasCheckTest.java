package io.monitoringascode.loki.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.Location;
import io.monitoringascode.core.finding.RuleId;
import io.monitoringascode.core.finding.Severity;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValuesLokiFilesystemReplicasCheckTest {
  private final ValuesLokiFilesystemReplicasCheck check = new ValuesLokiFilesystemReplicasCheck();

  @Test
  void filesystem_twoSingleBinaryReplicas_reports() {
    assertThat(LokiCheckFixture.run(check, """
        deploymentMode: SingleBinary
        singleBinary:
          replicas: 2
        loki:
          storage:
            type: filesystem
        """)).containsExactly(new Finding(RuleId.of("values/loki-filesystem-replicas"), Severity.ERROR,
        Location.at("/singleBinary/replicas"),
        "Loki stores chunks on the `filesystem` of one pod but `singleBinary.replicas` is `2`, so the chart refuses "
            + "to install: no other replica could read that volume.",
        Optional.of("Set `singleBinary.replicas: 1`, or use object storage (`loki.storage.type: s3`, `gcs` or "
            + "`azure`).")));
  }

  @Test
  void filesystem_oneReplica_passes() {
    assertThat(LokiCheckFixture.run(check, "deploymentMode: SingleBinary\nsingleBinary:\n  replicas: 1\n"
        + "loki:\n  storage:\n    type: filesystem\n")).isEmpty();
  }

  @Test
  void objectStorage_isIgnored() {
    assertThat(LokiCheckFixture.run(check, "singleBinary:\n  replicas: 3\n")).isEmpty();
  }
}
