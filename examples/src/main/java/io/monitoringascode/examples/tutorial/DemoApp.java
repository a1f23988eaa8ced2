package io.monitoringascode.examples.tutorial;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;

/**
 * The tutorial's demo application: a Node.js app exposing Prometheus metrics at {@code /swagger-stats/metrics} on port
 * 3000, and the Service in front of it. Plain fabric8 objects: the stack takes any Kubernetes resource.
 */
public final class DemoApp {
  /** The application's name, used for its labels and its Deployment. */
  public static final String NAME = "prometheus-demo-app";
  /** The Service's name; Prometheus' {@code job} label comes from the Service's {@code job} label. */
  public static final String SERVICE = "prometheus-demo-app-svc";
  /** The name of the Service port that the ServiceMonitor scrapes. */
  public static final String PORT = "prometheus-demo-app-port";

  private DemoApp() {}

  /**
   * The Deployment: one replica of the demo image.
   *
   * @return a fresh Deployment
   */
  public static Deployment deployment() {
    return new DeploymentBuilder()
        .withNewMetadata()
            .withName(NAME)
            .addToLabels("app", NAME)
            .addToLabels("job", NAME)
        .endMetadata()
        .withNewSpec()
            .withReplicas(1)
            .withNewSelector().addToMatchLabels("app", NAME).endSelector()
            .withNewTemplate()
                .withNewMetadata().addToLabels("app", NAME).endMetadata()
                .withNewSpec()
                    .addNewContainer()
                        .withName(NAME)
                        .withImage("sanjeevkt720/prometheus-demo:latest")
                        .withImagePullPolicy("IfNotPresent")
                        .addNewPort().withContainerPort(3000).endPort()
                    .endContainer()
                .endSpec()
            .endTemplate()
        .endSpec()
        .build();
  }

  /**
   * The Service: port 3000 under the name the ServiceMonitor scrapes, labelled so that the ServiceMonitor selects it.
   *
   * @return a fresh Service
   */
  public static Service service() {
    return new ServiceBuilder()
        .withNewMetadata()
            .withName(SERVICE)
            .addToLabels("app", SERVICE)
            .addToLabels("job", SERVICE)
        .endMetadata()
        .withNewSpec()
            .withType("ClusterIP")
            .addToSelector("app", NAME)
            .addNewPort()
                .withName(PORT)
                .withPort(3000)
                .withProtocol("TCP")
                .withTargetPort(new IntOrString(3000))
            .endPort()
        .endSpec()
        .build();
  }
}
