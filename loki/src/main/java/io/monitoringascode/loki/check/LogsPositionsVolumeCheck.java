package io.monitoringascode.loki.check;

import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.loki.shipping.LogShipper;
import java.util.Comparator;
import java.util.Optional;

/**
 * {@code logs/positions-volume}: the shipper keeps its positions file (how far it has read each file) on an
 * {@code emptyDir} volume, or on no volume at all. A new pod starts without it and reads every file from the start
 * again, so Loki receives the lines a second time (the tutorial's "data replay" caveat). Advice by default, since a
 * test cluster can live with it; a production profile raises it. Silent when the pod is not known.
 */
public final class LogsPositionsVolumeCheck implements Check<LogShipper> {
  private static final RuleInfo INFO = RuleInfo.of("logs/positions-volume", Severity.INFO,
      "A log shipper's positions file should outlive its pod.");
  private static final String POINTER = "/positions/filename";

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LogShipper shipper, CheckContext context, FindingSink sink) {
    Optional<PodSpec> pod = shipper.podSpec();
    if (pod.isEmpty()) {
      return;
    }
    String file = shipper.config().positionsFile();
    Optional<VolumeMount> mount = pod.get().getContainers().stream()
        .filter(container -> container.getVolumeMounts() != null)
        .flatMap(container -> container.getVolumeMounts().stream())
        .filter(candidate -> candidate.getMountPath() != null && contains(candidate.getMountPath(), file))
        .max(Comparator.comparingInt(candidate -> candidate.getMountPath().length()));
    if (mount.isEmpty()) {
      sink.at(POINTER).report("The positions file `" + file + "` is on no volume of the shipper's pod, so a "
          + "restarted container reads every file from the start again and Loki receives the lines twice.")
          .hint("Mount a PersistentVolumeClaim at the directory of `" + file + "`.");
      return;
    }
    String volumeName = mount.get().getName();
    pod.get().getVolumes().stream().filter(volume -> volumeName.equals(volume.getName()))
        .filter(volume -> volume.getEmptyDir() != null).findFirst()
        .map(Volume::getName)
        .ifPresent(name -> sink.at(POINTER).report("The positions file `" + file + "` is on emptyDir volume `" + name
            + "`, so a new pod reads every file from the start again and Loki receives the lines twice.")
            .hint("Replace the emptyDir of volume `" + name + "` with a PersistentVolumeClaim."));
  }

  private static boolean contains(String mountPath, String file) {
    String directory = mountPath.endsWith("/") ? mountPath : mountPath + "/";
    return file.startsWith(directory);
  }
}
