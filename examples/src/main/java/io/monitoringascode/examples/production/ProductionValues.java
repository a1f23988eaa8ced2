package io.monitoringascode.examples.production;

import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimSpec;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimSpecBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.ResourceRequirementsBuilder;
import io.monitoringascode.examples.tutorial.SlackAlerting;
import io.monitoringascode.examples.tutorial.TutorialDataSources;
import io.monitoringascode.examples.tutorial.TutorialStack;
import io.monitoringascode.loki.values.DeploymentMode;
import io.monitoringascode.loki.values.LokiCommonConfig;
import io.monitoringascode.loki.values.LokiComponent;
import io.monitoringascode.loki.values.LokiConfig;
import io.monitoringascode.loki.values.LokiLimits;
import io.monitoringascode.loki.values.LokiStorage;
import io.monitoringascode.loki.values.LokiValues;
import io.monitoringascode.loki.values.S3Storage;
import io.monitoringascode.loki.values.SchemaPeriod;
import io.monitoringascode.loki.values.SecretKeyRef;
import io.monitoringascode.stack.values.AlertmanagerSpecValues;
import io.monitoringascode.stack.values.AlertmanagerValues;
import io.monitoringascode.stack.values.DashboardImport;
import io.monitoringascode.stack.values.DashboardProvider;
import io.monitoringascode.stack.values.DataSourceAccess;
import io.monitoringascode.stack.values.GrafanaAdminSecret;
import io.monitoringascode.stack.values.GrafanaDataSource;
import io.monitoringascode.stack.values.GrafanaIngress;
import io.monitoringascode.stack.values.GrafanaIngressTls;
import io.monitoringascode.stack.values.GrafanaPersistence;
import io.monitoringascode.stack.values.GrafanaValues;
import io.monitoringascode.stack.values.KubePrometheusStackValues;
import io.monitoringascode.stack.values.PrometheusSpecValues;
import io.monitoringascode.stack.values.PrometheusValues;
import java.util.List;
import java.util.Map;

/**
 * The Helm values of the production stack: the tutorial's, plus what the {@code PRODUCTION} profile asks for. Every
 * stateful workload on a volume, Prometheus and Alertmanager replicated, memory requests and limits everywhere, a
 * retention by time and size, Grafana's admin from a Secret behind a TLS Ingress, Alertmanager behind a TLS Ingress
 * that authenticates through an oauth2-proxy, and Loki on S3 with its keys from a Secret and a retention the compactor
 * applies. The Secrets ({@code grafana-admin}, {@code grafana-tls}, {@code alertmanager-tls}, {@code loki-s3}) are
 * created in the cluster, never written here.
 */
public final class ProductionValues {
  /** Grafana's host name. */
  public static final String GRAFANA_HOST = "grafana.example.com";
  /** Alertmanager's host name. */
  public static final String ALERTMANAGER_HOST = "alertmanager.example.com";

  private ProductionValues() {}

  /**
   * The kube-prometheus-stack values.
   *
   * @return the values
   */
  public static KubePrometheusStackValues kubePrometheusStack() {
    return KubePrometheusStackValues.builder()
        .alertmanager(AlertmanagerValues.builder()
            .alertmanagerSpec(AlertmanagerSpecValues.builder()
                .alertmanagerConfigSelector(new LabelSelectorBuilder()
                    .addToMatchLabels(SlackAlerting.SELECTOR_LABEL, SlackAlerting.SELECTOR_VALUE).build())
                // Three replicas form one cluster: they share silences and notify once.
                .replicas(3)
                .storageVolumeClaim(claim("1Gi"))
                .resources(resources("50m", "64Mi", "128Mi"))
                .build())
            .build())
        .grafana(GrafanaValues.builder()
            .admin(GrafanaAdminSecret.builder().existingSecret("grafana-admin").build())
            .ingress(GrafanaIngress.builder()
                .ingressClassName("nginx")
                .putAnnotation("cert-manager.io/cluster-issuer", "letsencrypt")
                .addHost(GRAFANA_HOST)
                .addTl(GrafanaIngressTls.builder().secretName("grafana-tls").addHost(GRAFANA_HOST).build())
                .build())
            .persistence(GrafanaPersistence.builder().size("10Gi").build())
            .addAdditionalDataSource(GrafanaDataSource.builder()
                .name("Loki")
                .type("loki")
                .uid(TutorialDataSources.LOKI.uid())
                .url("http://loki-gateway." + TutorialStack.NAMESPACE + ".svc.cluster.local")
                .access(DataSourceAccess.PROXY)
                .build())
            .addDashboardProvider(DashboardProvider.builder().name("grafana-com").folder("grafana.com").build())
            .addDashboard(DashboardImport.builder().provider("grafana-com").name("k8s-dashboard").gnetId(15661)
                .revision(2).datasource("Prometheus").build())
            .build())
        .prometheus(PrometheusValues.builder()
            .prometheusSpec(PrometheusSpecValues.builder()
                // Two identical replicas; Alertmanager deduplicates their alerts.
                .replicas(2)
                .retention("15d")
                // Below the 50Gi volume, so old blocks go before the disk is full.
                .retentionSize("45GB")
                .storageVolumeClaim(claim("50Gi"))
                .resources(resources("500m", "2Gi", "4Gi"))
                .build())
            .build())
        // Keys the typed API does not offer.
        .set("/grafana/resources", Map.of("requests", Map.of("cpu", "100m", "memory", "256Mi"),
            "limits", Map.of("memory", "512Mi")))
        .set("/prometheusOperator/resources", Map.of("requests", Map.of("cpu", "100m", "memory", "128Mi"),
            "limits", Map.of("memory", "256Mi")))
        .set("/alertmanager/ingress", Map.of(
            "enabled", true,
            "ingressClassName", "nginx",
            // Alertmanager has no login of its own: ingress-nginx asks an oauth2-proxy before every request.
            "annotations", Map.of(
                "cert-manager.io/cluster-issuer", "letsencrypt",
                "nginx.ingress.kubernetes.io/auth-url", "https://oauth2.example.com/oauth2/auth",
                "nginx.ingress.kubernetes.io/auth-signin",
                "https://oauth2.example.com/oauth2/start?rd=$escaped_request_uri"),
            "hosts", List.of(ALERTMANAGER_HOST),
            "tls", List.of(Map.of("secretName", "alertmanager-tls", "hosts", List.of(ALERTMANAGER_HOST)))))
        .build();
  }

  /**
   * The grafana/loki values: three single binaries on S3, logs kept 31 days.
   *
   * @return the values
   */
  public static LokiValues loki() {
    return LokiValues.builder()
        .deploymentMode(DeploymentMode.SINGLE_BINARY)
        .putReplica(LokiComponent.SINGLE_BINARY, 3)
        .putReplica(LokiComponent.WRITE, 0)
        .putReplica(LokiComponent.READ, 0)
        .putReplica(LokiComponent.BACKEND, 0)
        .loki(LokiConfig.builder()
            // One tenant, as in the tutorial: Grafana's data source and the log shippers send no X-Scope-OrgID.
            .authEnabled(false)
            .commonConfig(LokiCommonConfig.builder().replicationFactor(3).build())
            .storage(LokiStorage.builder()
                .chunksBucket("demo-loki-chunks")
                .rulerBucket("demo-loki-ruler")
                .s3(S3Storage.builder()
                    .region("eu-west-1")
                    .accessKeyId(SecretKeyRef.of("loki-s3", "access-key-id"))
                    .secretAccessKey(SecretKeyRef.of("loki-s3", "secret-access-key"))
                    .build())
                .build())
            .addSchemaPeriod(SchemaPeriod.builder().from("2025-01-01").store("tsdb").objectStore("s3").schema("v13")
                .build())
            .limits(LokiLimits.builder().retentionPeriod("744h").build())
            .build())
        // Loki deletes only through the compactor; Loki 3 wants to know where it keeps delete requests.
        .set("/loki/compactor", Map.of("retention_enabled", true, "delete_request_store", "s3"))
        .set("/singleBinary/resources", Map.of("requests", Map.of("cpu", "500m", "memory", "1Gi"),
            "limits", Map.of("memory", "2Gi")))
        .build();
  }

  private static PersistentVolumeClaimSpec claim(String size) {
    return new PersistentVolumeClaimSpecBuilder()
        .withAccessModes("ReadWriteOnce")
        .withNewResources().addToRequests("storage", new Quantity(size)).endResources()
        .build();
  }

  /** CPU and memory requests, and a memory limit; no CPU limit, which would throttle. */
  private static ResourceRequirements resources(String cpu, String memory, String memoryLimit) {
    return new ResourceRequirementsBuilder()
        .addToRequests("cpu", new Quantity(cpu))
        .addToRequests("memory", new Quantity(memory))
        .addToLimits("memory", new Quantity(memoryLimit))
        .build();
  }
}
