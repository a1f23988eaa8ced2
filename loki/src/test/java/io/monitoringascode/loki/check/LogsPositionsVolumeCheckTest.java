package io.monitoringascode.loki.check;

import static io.monitoringascode.loki.check.ShippingFixture.finding;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.loki.shipping.LogShipper;
import org.junit.jupiter.api.Test;

class LogsPositionsVolumeCheckTest {
  private final LogsPositionsVolumeCheck check = new LogsPositionsVolumeCheck();

  private static PodSpec pod(boolean persistent) {
    PodSpecBuilder pod = new PodSpecBuilder().addNewContainer().withName("promtail")
        .addNewVolumeMount().withName("promtail-positions").withMountPath("/positions").endVolumeMount()
        .endContainer();
    return persistent
        ? pod.addNewVolume().withName("promtail-positions").withNewPersistentVolumeClaim().withClaimName("positions")
            .endPersistentVolumeClaim().endVolume().build()
        : pod.addNewVolume().withName("promtail-positions").withNewEmptyDir().endEmptyDir().endVolume().build();
  }

  @Test
  void positionsOnEmptyDir_reportsAdvice() {
    assertThat(check.run(LogShipper.of(ShippingFixture.tutorial(), pod(false)), CheckContext.none()))
        .containsExactly(finding("logs/positions-volume", Severity.INFO, "/positions/filename",
            "The positions file `/positions/positions.yaml` is on emptyDir volume `promtail-positions`, so a new pod "
                + "reads every file from the start again and Loki receives the lines twice.",
            "Replace the emptyDir of volume `promtail-positions` with a PersistentVolumeClaim."));
  }

  @Test
  void positionsOnNoVolume_reportsAdvice() {
    PodSpec pod = new PodSpecBuilder().addNewContainer().withName("promtail").endContainer().build();
    assertThat(check.run(LogShipper.of(ShippingFixture.tutorial(), pod), CheckContext.none()))
        .extracting(f -> f.hint().orElseThrow())
        .containsExactly("Mount a PersistentVolumeClaim at the directory of `/positions/positions.yaml`.");
  }

  @Test
  void positionsOnClaim_passes() {
    assertThat(check.run(LogShipper.of(ShippingFixture.tutorial(), pod(true)), CheckContext.none())).isEmpty();
  }

  @Test
  void unknownPod_isIgnored() {
    assertThat(check.run(LogShipper.of(ShippingFixture.tutorial()), CheckContext.none())).isEmpty();
  }
}
