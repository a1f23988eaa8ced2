package io.monitoringascode.loki.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.Location;
import io.monitoringascode.core.finding.RuleId;
import io.monitoringascode.core.finding.Severity;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValuesLokiReplicationFactorCheckTest {
  private final ValuesLokiReplicationFactorCheck check = new ValuesLokiReplicationFactorCheck();

  @Test
  void defaultFactor_oneSingleBinaryReplica_reports() {
    assertThat(LokiCheckFixture.run(check, "deploymentMode: SingleBinary\nsingleBinary:\n  replicas: 1\n"))
        .containsExactly(new Finding(RuleId.of("values/loki-replication-factor"), Severity.ERROR,
            Location.at("/loki/commonConfig/replication_factor"),
            "Loki's `replication_factor` is `3` (the chart's default) but only `1` replica ingest "
                + "(`singleBinary.replicas`), so every push fails for want of a quorum.",
            Optional.of("Set `loki.commonConfig.replication_factor: 1`, or raise `singleBinary.replicas` to 3.")));
  }

  @Test
  void factorEqualToReplicas_passes() {
    assertThat(LokiCheckFixture.run(check, "write:\n  replicas: 3\n")).isEmpty();
    assertThat(LokiCheckFixture.run(check, "deploymentMode: SingleBinary\nsingleBinary:\n  replicas: 1\n"
        + "loki:\n  commonConfig:\n    replication_factor: 1\n")).isEmpty();
  }

  @Test
  void distributedOrNoReplicas_isIgnored() {
    assertThat(LokiCheckFixture.run(check, "deploymentMode: Distributed\ningester:\n  replicas: 1\n")).isEmpty();
    assertThat(LokiCheckFixture.run(check, "deploymentMode: SingleBinary\n")).isEmpty();
  }
}
