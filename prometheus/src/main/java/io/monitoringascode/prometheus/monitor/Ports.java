package io.monitoringascode.prometheus.monitor;

import io.fabric8.kubernetes.api.model.IntOrString;

/** Port numbers and names as Kubernetes' int-or-string: a port name always has a letter, so digits are a number. */
final class Ports {
  private Ports() {}

  static String text(IntOrString port) {
    return port.getIntVal() != null ? port.getIntVal().toString() : port.getStrVal();
  }

  static IntOrString intOrString(String port) {
    return !port.isEmpty() && port.chars().allMatch(c -> c >= '0' && c <= '9')
        ? new IntOrString(Integer.parseInt(port)) : new IntOrString(port);
  }
}
