package io.monitoringascode.examples.tutorial;

import io.monitoringascode.loki.fakelogs.FakeLogGenerator;

/**
 * The tutorial's fake-log generator ({@code k8s/fake-logs.yaml}): flog writing JSON access logs to a shared claim,
 * Promtail tailing the file and pushing to the Loki release's gateway with {@code http_method} and {@code http_status}
 * as labels, which {@link FakeLogsDashboard} queries.
 */
public final class FakeLogs {
  /** The Loki gateway's push endpoint of the {@code loki} release in the tutorial's namespace. */
  public static final String PUSH_URL =
      "http://loki-gateway." + TutorialStack.NAMESPACE + ".svc.cluster.local/loki/api/v1/push";

  private FakeLogs() {}

  /**
   * The generator, with the tutorial's images, arguments and labels.
   *
   * @return the generator
   */
  public static FakeLogGenerator generator() {
    return FakeLogGenerator.builder()
        .namespace(TutorialStack.NAMESPACE)
        .pushUrl(PUSH_URL)
        // Sent as X-Scope-OrgID; Loki ignores it unless multi-tenancy (auth_enabled) is on.
        .tenantId("fake")
        .build();
  }
}
