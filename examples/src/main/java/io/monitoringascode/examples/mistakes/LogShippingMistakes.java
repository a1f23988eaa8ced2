package io.monitoringascode.examples.mistakes;

import io.monitoringascode.examples.tutorial.TutorialStack;
import io.monitoringascode.examples.tutorial.TutorialValues;
import io.monitoringascode.loki.fakelogs.FakeLogGenerator;
import io.monitoringascode.stack.MonitoringStack;

/**
 * The silent failure of the tutorial's log shipping: Promtail starts, tails the generated file, and no line reaches
 * Loki.
 *
 * <ul>
 *   <li>Promtail pushing to the URL of Loki's own documentation, {@code loki-gateway.loki}, while the tutorial installs
 *       Loki into {@code k8s-monitoring-ns}: the host does not resolve, and Promtail only logs the error in its pod.
 * </ul>
 */
public final class LogShippingMistakes {
  /** The push URL of Loki's documentation, which installs Loki into namespace {@code loki}. */
  public static final String LOKI_DOCS_PUSH_URL = "http://loki-gateway.loki.svc.cluster.local/loki/api/v1/push";

  private LogShippingMistakes() {}

  /**
   * The tutorial's fake-log generator, with Promtail pushing to {@value #LOKI_DOCS_PUSH_URL}, beside the tutorial's
   * releases.
   *
   * @return the stack; its {@code check()} reports {@code wiring/push-url}
   */
  public static MonitoringStack pushUrlInAnotherNamespace() {
    FakeLogGenerator generator = FakeLogGenerator.builder()
        .namespace(TutorialStack.NAMESPACE)
        .pushUrl(LOKI_DOCS_PUSH_URL)
        .tenantId("fake")
        .build();
    return MonitoringStack.builder()
        .release(TutorialStack.RELEASE)
        .namespace(TutorialStack.NAMESPACE)
        .addAll(generator.resources())
        .logShipper(generator.shipper())
        .kubePrometheusStack(TutorialValues.kubePrometheusStack())
        .loki("loki", TutorialValues.loki())
        .build();
  }
}
