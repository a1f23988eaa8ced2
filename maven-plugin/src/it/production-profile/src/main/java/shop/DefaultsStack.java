package shop;

import io.monitoringascode.stack.MonitoringStack;
import io.monitoringascode.stack.StackSource;
import io.monitoringascode.stack.values.KubePrometheusStackValues;

/** kube-prometheus-stack at the chart's defaults: fine for a demo, with every production gap open. */
public final class DefaultsStack implements StackSource {
  @Override
  public MonitoringStack stack() {
    return MonitoringStack.builder().release("prometheus").namespace("shop")
        .kubePrometheusStack(KubePrometheusStackValues.builder().build()).build();
  }
}
