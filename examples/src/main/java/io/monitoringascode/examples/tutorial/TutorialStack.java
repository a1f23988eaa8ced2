package io.monitoringascode.examples.tutorial;

import io.monitoringascode.core.output.WriteResult;
import io.monitoringascode.stack.MonitoringStack;
import java.nio.file.Path;

/**
 * The tutorial's whole stack, as a user writes it: the demo app, its scrape, its rules and the Slack routing, all in
 * namespace {@code k8s-monitoring-ns}, and the Helm releases they run beside: kube-prometheus-stack {@code prometheus}
 * and grafana/loki {@code loki}, with their values.
 */
public final class TutorialStack {
  /** The Helm release name of kube-prometheus-stack, as in {@code helm install prometheus ...}. */
  public static final String RELEASE = "prometheus";
  /** The namespace every object goes to. */
  public static final String NAMESPACE = "k8s-monitoring-ns";

  private TutorialStack() {}

  /**
   * Assembles the stack.
   *
   * @return the stack, ready to check and write
   */
  public static MonitoringStack stack() {
    return MonitoringStack.builder()
        .release(RELEASE)
        .namespace(NAMESPACE)
        .add(DemoApp.deployment(), DemoApp.service())
        .add(DemoAppScraping.serviceScrape(RELEASE).toServiceMonitor())
        .add(DemoAppRules.rules(RELEASE).toPrometheusRule())
        .add(SlackAlerting.routing().toAlertmanagerConfig())
        .kubePrometheusStack(TutorialValues.kubePrometheusStack())
        .loki("loki", TutorialValues.loki())
        .build();
  }

  /**
   * Writes the stack into a directory, {@code k8s} by default; fails listing every finding if there is an error.
   *
   * @param args the output directory, optionally
   */
  public static void main(String[] args) {
    Path directory = Path.of(args.length > 0 ? args[0] : "k8s");
    WriteResult result = stack().writeTo(directory);
    System.out.println("Wrote " + directory + ": " + result.written().size() + " written, "
        + result.unchanged().size() + " unchanged, " + result.deleted().size() + " deleted.");
  }
}
