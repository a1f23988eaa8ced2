package io.monitoringascode.loki.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.Location;
import io.monitoringascode.core.finding.RuleId;
import io.monitoringascode.core.finding.Severity;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValuesLokiModeReplicasCheckTest {
  private final ValuesLokiModeReplicasCheck check = new ValuesLokiModeReplicasCheck();

  @Test
  void singleBinary_defaultWriteReplicas_reportsEachTarget() {
    assertThat(LokiCheckFixture.run(check, "deploymentMode: SingleBinary\nread:\n  replicas: 0\nbackend:\n  replicas: 0\n"))
        .containsExactly(new Finding(RuleId.of("values/loki-mode-replicas"), Severity.ERROR, Location.at("/write/replicas"),
            "Loki's `deploymentMode` is `SingleBinary` but `write.replicas` is `3` (the chart's default), so the chart "
                + "refuses to install: it allows simple-scalable replicas beside a single binary only in mode "
                + "`SingleBinary<->SimpleScalable`.",
            Optional.of("Set `write.replicas: 0`.")));
  }

  @Test
  void singleBinary_allScalableZero_passes() {
    assertThat(LokiCheckFixture.run(check, "deploymentMode: SingleBinary\nwrite:\n  replicas: 0\nread:\n  replicas: \"0\"\n"
        + "backend:\n  replicas: 0\n")).isEmpty();
  }

  @Test
  void otherModes_areIgnored() {
    assertThat(LokiCheckFixture.run(check, "deploymentMode: SingleBinary<->SimpleScalable\n")).isEmpty();
    assertThat(LokiCheckFixture.run(check, "write:\n  replicas: 3\n")).isEmpty();
  }
}
