package io.monitoringascode.loki.fakelogs;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.DaemonSetBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.monitoringascode.core.value.InvalidModelException;
import io.monitoringascode.core.value.ModelStyle;
import io.monitoringascode.loki.shipping.LabelsStage;
import io.monitoringascode.loki.shipping.LogShipper;
import io.monitoringascode.loki.shipping.LokiClient;
import io.monitoringascode.loki.shipping.PromtailConfig;
import io.monitoringascode.loki.shipping.RelabelRule;
import io.monitoringascode.loki.shipping.ScrapeJob;
import io.monitoringascode.loki.shipping.Stage;
import io.monitoringascode.loki.shipping.StaticTarget;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The tutorial's fake-log generator ({@code k8s/fake-logs.yaml}) as a building block: {@code mingrammer/flog} writing
 * JSON access logs, and Promtail shipping them to Loki with {@code http_method} and {@code http_status} as labels.
 *
 * <p>With {@link LogSource#SHARED_FILE} (the tutorial's setup) flog appends to a file on a PersistentVolumeClaim that a
 * Promtail Deployment mounts too; its positions live on an {@code emptyDir} unless {@link #positionsClaim()} names a
 * claim. With {@link LogSource#STDOUT} (the tutorial's caveat: real applications log to stdout) flog writes to stdout
 * and a Promtail DaemonSet reads the pod log files under {@code /var/log/pods} of its node, found through Kubernetes
 * discovery, which needs a ServiceAccount allowed to list pods.
 *
 * <pre>{@code
 * FakeLogGenerator generator = FakeLogGenerator.builder().namespace("k8s-monitoring-ns")
 *     .pushUrl("http://loki-gateway.k8s-monitoring-ns.svc.cluster.local/loki/api/v1/push").tenantId("fake").build();
 * stack.add(generator.resources().toArray(HasMetadata[]::new));
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public abstract class FakeLogGenerator {
  /** Where flog's lines come from, for Promtail. */
  public enum LogSource {
    /** flog appends to a file on a shared PersistentVolumeClaim, which Promtail tails (the tutorial's setup). */
    SHARED_FILE,
    /** flog writes to stdout; a Promtail DaemonSet reads the node's pod log files. */
    STDOUT
  }

  private static final String LOG_VOLUME = "log-storage";
  private static final String CONFIG_VOLUME = "promtail-config";
  private static final String POSITIONS_VOLUME = "promtail-positions";
  private static final String CONFIG_DIRECTORY = "/etc/promtail";
  private static final String POSITIONS_DIRECTORY = "/positions";
  private static final String POD_LOGS = "/var/log/pods";

  /**
   * Starts a generator.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The namespace of every object.
   *
   * @return the namespace, such as {@code k8s-monitoring-ns}
   */
  public abstract Optional<String> namespace();

  /**
   * Loki's push URL. Renders to Promtail's {@code clients[0].url}.
   *
   * @return such as {@code http://loki-gateway.<namespace>.svc.cluster.local/loki/api/v1/push}
   */
  public abstract String pushUrl();

  /**
   * The tenant. Renders to {@code clients[0].tenant_id}; the tutorial sends {@code fake}.
   *
   * @return the tenant
   */
  public abstract Optional<String> tenantId();

  /**
   * Where flog writes and Promtail reads; {@link LogSource#SHARED_FILE} by default.
   *
   * @return the source
   */
  @Value.Default
  public LogSource source() {
    return LogSource.SHARED_FILE;
  }

  /**
   * The generator's Deployment name and {@code app} label; {@code log-generator} by default.
   *
   * @return the name
   */
  @Value.Default
  public String generatorName() {
    return "log-generator";
  }

  /**
   * flog's image; {@code mingrammer/flog:0.4.3} by default, the tutorial's.
   *
   * @return the image
   */
  @Value.Default
  public String flogImage() {
    return "mingrammer/flog:0.4.3";
  }

  /**
   * flog's {@code --number}: lines per round; 10 by default.
   *
   * @return the count
   */
  @Value.Default
  public int linesPerRound() {
    return 10;
  }

  /**
   * flog's {@code --delay} between lines; {@code 100ms} by default (with 10 lines, about 10 lines a second).
   *
   * @return a Go duration
   */
  @Value.Default
  public String delay() {
    return "100ms";
  }

  /**
   * The file flog appends to and Promtail tails ({@link LogSource#SHARED_FILE}); {@code /var/log/generated-logs.txt}.
   *
   * @return the path, under {@code /var/log}, where the claim is mounted
   */
  @Value.Default
  public String logFile() {
    return "/var/log/generated-logs.txt";
  }

  /**
   * The shared claim's name ({@link LogSource#SHARED_FILE}); {@code logs-volume} by default.
   *
   * @return the name
   */
  @Value.Default
  public String logClaimName() {
    return "logs-volume";
  }

  /**
   * The shared claim's size; {@code 5Gi} by default, the tutorial's.
   *
   * @return a Kubernetes quantity
   */
  @Value.Default
  public String logClaimSize() {
    return "5Gi";
  }

  /**
   * The shipper's name: its Deployment (or DaemonSet) and {@code app} label; {@code promtail} by default.
   *
   * @return the name
   */
  @Value.Default
  public String shipperName() {
    return "promtail";
  }

  /**
   * Promtail's image; {@code grafana/promtail:3.4.3} by default, the tutorial's.
   *
   * @return the image
   */
  @Value.Default
  public String promtailImage() {
    return "grafana/promtail:3.4.3";
  }

  /**
   * The ConfigMap holding Promtail's configuration; {@code promtail-config} by default.
   *
   * @return the name
   */
  @Value.Default
  public String configMapName() {
    return "promtail-config";
  }

  /**
   * The Promtail job's name, and its {@code job} label; {@code generated-logs} by default.
   *
   * @return the name
   */
  @Value.Default
  public String jobName() {
    return "generated-logs";
  }

  /**
   * The labels taken from flog's JSON fields: label name to field; {@code http_method: method} and
   * {@code http_status: status} by default, the tutorial's.
   *
   * @return label to JSON field
   */
  @Value.Default
  public Map<String, String> fieldLabels() {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("http_method", "method");
    labels.put("http_status", "status");
    return labels;
  }

  /**
   * A PersistentVolumeClaim, created elsewhere, for Promtail's positions ({@link LogSource#SHARED_FILE}); without it
   * they live on an {@code emptyDir}, as in the tutorial, and a new pod re-reads the whole file
   * ({@code logs/positions-volume}). In {@link LogSource#STDOUT} mode the positions live on the node
   * ({@code hostPath /run/promtail}).
   *
   * @return the claim's name
   */
  public abstract Optional<String> positionsClaim();

  /**
   * Promtail's configuration: the tutorial's job, tailing {@link #logFile()} (or the generator's pod logs), parsing
   * JSON and labelling with {@link #fieldLabels()}.
   *
   * @return the configuration
   */
  public PromtailConfig promtailConfig() {
    LokiClient.Builder client = LokiClient.builder().url(pushUrl());
    tenantId().ifPresent(client::tenantId);
    ScrapeJob.Builder job = ScrapeJob.builder().jobName(jobName());
    List<Stage> stages = new ArrayList<>();
    String positions;
    if (source() == LogSource.SHARED_FILE) {
      job.addStaticTarget(StaticTarget.of(logFile(), Map.of("job", jobName())));
      positions = POSITIONS_DIRECTORY + "/positions.yaml";
    } else {
      job.kubernetesRole("pod");
      namespace().ifPresent(job::addKubernetesNamespace);
      job.addRelabelRules(
          RelabelRule.builder().addSourceLabel("__meta_kubernetes_pod_label_app").regex(generatorName())
              .action("keep").build(),
          // Promtail keeps only targets whose __host__ is its own node (its HOSTNAME).
          RelabelRule.builder().addSourceLabel("__meta_kubernetes_pod_node_name").targetLabel("__host__").build(),
          RelabelRule.builder().targetLabel("job").replacement(jobName()).build(),
          RelabelRule.builder().addSourceLabel("__meta_kubernetes_namespace").targetLabel("namespace").build(),
          RelabelRule.builder().addSourceLabel("__meta_kubernetes_pod_name").targetLabel("pod").build(),
          RelabelRule.builder().addSourceLabels("__meta_kubernetes_pod_uid", "__meta_kubernetes_pod_container_name")
              .separator("/").targetLabel("__path__").replacement(POD_LOGS + "/*$1/*.log").build());
      stages.add(Stage.cri());
      positions = "/run/promtail/positions.yaml";
    }
    stages.add(Stage.json(fieldLabels()));
    stages.add(new LabelsStage(fieldLabels().keySet().stream()
        .collect(LinkedHashMap::new, (map, label) -> map.put(label, ""), Map::putAll)));
    job.addAllStages(stages);
    return PromtailConfig.builder().positionsFile(positions).addClient(client.build()).addScrapeJob(job.build())
        .build();
  }

  /**
   * The shipper as the shipping checks see it: its configuration and its pod.
   *
   * @return the shipper
   */
  public LogShipper shipper() {
    return LogShipper.of(promtailConfig(), shipperPod());
  }

  /**
   * Every object, fresh on each call: the claim (shared file), flog's Deployment, Promtail's ConfigMap and its
   * Deployment, or in stdout mode its ServiceAccount, ClusterRole, ClusterRoleBinding and DaemonSet.
   *
   * @return the objects, in the order to apply them
   */
  public List<HasMetadata> resources() {
    List<HasMetadata> resources = new ArrayList<>();
    if (source() == LogSource.SHARED_FILE) {
      resources.add(logClaim());
    }
    resources.add(generator());
    resources.add(configMap());
    if (source() == LogSource.SHARED_FILE) {
      resources.add(shipperDeployment());
    } else {
      resources.add(serviceAccount());
      resources.add(clusterRole());
      resources.add(clusterRoleBinding());
      resources.add(shipperDaemonSet());
    }
    return resources;
  }

  /**
   * The claim flog and Promtail share: {@code ReadWriteOnce}, fine on one node (the tutorial's caveat).
   *
   * @return a fresh claim
   */
  public PersistentVolumeClaim logClaim() {
    return new PersistentVolumeClaimBuilder()
        .withNewMetadata().withName(logClaimName()).withNamespace(namespace().orElse(null)).endMetadata()
        .withNewSpec().withAccessModes("ReadWriteOnce")
        .withNewResources().addToRequests("storage", new Quantity(logClaimSize())).endResources()
        .endSpec().build();
  }

  /**
   * flog's Deployment: one replica, JSON access logs in a loop.
   *
   * @return a fresh Deployment
   */
  public Deployment generator() {
    List<String> args = new ArrayList<>(List.of("--loop", "--format=json", "--number=" + linesPerRound(),
        "--delay=" + delay()));
    if (source() == LogSource.SHARED_FILE) {
      // Appended, not overwritten (no --overwrite), so Promtail's positions stay valid.
      args.add("--output=" + logFile());
    }
    args.add("--type=" + (source() == LogSource.SHARED_FILE ? "log" : "stdout"));
    PodSpecBuilder pod = new PodSpecBuilder().addNewContainer().withName(generatorName()).withImage(flogImage())
        .withArgs(args).endContainer();
    if (source() == LogSource.SHARED_FILE) {
      pod.editFirstContainer().addNewVolumeMount().withName(LOG_VOLUME).withMountPath(logDirectory()).endVolumeMount()
          .endContainer().addToVolumes(claimVolume(LOG_VOLUME, logClaimName()));
    }
    return deployment(generatorName(), pod.build());
  }

  /**
   * Promtail's configuration as a ConfigMap, under {@code config.yaml}.
   *
   * @return a fresh ConfigMap
   */
  public ConfigMap configMap() {
    ConfigMap configMap = promtailConfig().toConfigMap(configMapName());
    configMap.getMetadata().setNamespace(namespace().orElse(null));
    return configMap;
  }

  private PodSpec shipperPod() {
    PodSpecBuilder pod = new PodSpecBuilder().addNewContainer().withName(shipperName()).withImage(promtailImage())
        .withArgs("-config.file=" + CONFIG_DIRECTORY + "/" + PromtailConfig.CONFIG_KEY).endContainer();
    if (source() == LogSource.SHARED_FILE) {
      pod.editFirstContainer()
          .addNewVolumeMount().withName(LOG_VOLUME).withMountPath(logDirectory()).endVolumeMount()
          .addNewVolumeMount().withName(CONFIG_VOLUME).withMountPath(CONFIG_DIRECTORY).endVolumeMount()
          .addNewVolumeMount().withName(POSITIONS_VOLUME).withMountPath(POSITIONS_DIRECTORY).endVolumeMount()
          .endContainer()
          .addToVolumes(claimVolume(LOG_VOLUME, logClaimName()), configVolume(),
              positionsClaim().map(claim -> claimVolume(POSITIONS_VOLUME, claim))
                  .orElseGet(() -> new VolumeBuilder().withName(POSITIONS_VOLUME).withNewEmptyDir().endEmptyDir()
                      .build()));
    } else {
      pod.withServiceAccountName(shipperName()).editFirstContainer()
          .addNewEnv().withName("HOSTNAME").withNewValueFrom().withNewFieldRef().withFieldPath("spec.nodeName")
          .endFieldRef().endValueFrom().endEnv()
          .addNewVolumeMount().withName("pod-logs").withMountPath(POD_LOGS).withReadOnly(true).endVolumeMount()
          .addNewVolumeMount().withName(CONFIG_VOLUME).withMountPath(CONFIG_DIRECTORY).endVolumeMount()
          .addNewVolumeMount().withName(POSITIONS_VOLUME).withMountPath("/run/promtail").endVolumeMount()
          .endContainer()
          .addToVolumes(new VolumeBuilder().withName("pod-logs").withNewHostPath().withPath(POD_LOGS).endHostPath()
                  .build(), configVolume(),
              new VolumeBuilder().withName(POSITIONS_VOLUME).withNewHostPath().withPath("/run/promtail")
                  .withType("DirectoryOrCreate").endHostPath().build());
    }
    return pod.build();
  }

  private Deployment shipperDeployment() {
    return deployment(shipperName(), shipperPod());
  }

  private DaemonSet shipperDaemonSet() {
    return new DaemonSetBuilder()
        .withNewMetadata().withName(shipperName()).withNamespace(namespace().orElse(null)).endMetadata()
        .withNewSpec()
        .withNewSelector().addToMatchLabels("app", shipperName()).endSelector()
        .withNewTemplate().withNewMetadata().addToLabels("app", shipperName()).endMetadata()
        .withSpec(shipperPod()).endTemplate()
        .endSpec().build();
  }

  private ServiceAccount serviceAccount() {
    return new ServiceAccountBuilder().withNewMetadata().withName(shipperName())
        .withNamespace(namespace().orElse(null)).endMetadata().build();
  }

  /** Pod discovery needs to get, list and watch pods. */
  private GenericKubernetesResource clusterRole() {
    return new GenericKubernetesResourceBuilder().withApiVersion("rbac.authorization.k8s.io/v1").withKind("ClusterRole")
        .withNewMetadata().withName(shipperName()).endMetadata()
        .addToAdditionalProperties("rules", List.of(Map.of("apiGroups", List.of(""), "resources", List.of("pods"),
            "verbs", List.of("get", "list", "watch"))))
        .build();
  }

  private GenericKubernetesResource clusterRoleBinding() {
    Map<String, Object> subject = new LinkedHashMap<>();
    subject.put("kind", "ServiceAccount");
    subject.put("name", shipperName());
    namespace().ifPresent(namespace -> subject.put("namespace", namespace));
    return new GenericKubernetesResourceBuilder().withApiVersion("rbac.authorization.k8s.io/v1")
        .withKind("ClusterRoleBinding")
        .withNewMetadata().withName(shipperName()).endMetadata()
        .addToAdditionalProperties("roleRef", Map.of("apiGroup", "rbac.authorization.k8s.io", "kind", "ClusterRole",
            "name", shipperName()))
        .addToAdditionalProperties("subjects", List.of(subject))
        .build();
  }

  private Deployment deployment(String name, PodSpec pod) {
    return new DeploymentBuilder()
        .withNewMetadata().withName(name).withNamespace(namespace().orElse(null)).endMetadata()
        .withNewSpec().withReplicas(1)
        .withNewSelector().addToMatchLabels("app", name).endSelector()
        .withNewTemplate().withNewMetadata().addToLabels("app", name).endMetadata().withSpec(pod).endTemplate()
        .endSpec().build();
  }

  private Volume configVolume() {
    return new VolumeBuilder().withName(CONFIG_VOLUME).withNewConfigMap().withName(configMapName()).endConfigMap()
        .build();
  }

  private static Volume claimVolume(String name, String claim) {
    return new VolumeBuilder().withName(name).withNewPersistentVolumeClaim().withClaimName(claim)
        .endPersistentVolumeClaim().build();
  }

  private String logDirectory() {
    return logFile().substring(0, logFile().lastIndexOf('/'));
  }

  @Value.Check
  void check() {
    if (!logFile().startsWith("/") || logFile().lastIndexOf('/') == 0) {
      throw new InvalidModelException("FakeLogGenerator: log file `" + logFile()
          + "` must be an absolute path below a directory, such as `/var/log/generated-logs.txt`.");
    }
    if (fieldLabels().isEmpty()) {
      throw new InvalidModelException("FakeLogGenerator: give at least one field label.");
    }
    if (positionsClaim().isPresent() && source() == LogSource.STDOUT) {
      throw new InvalidModelException("FakeLogGenerator: a positions claim applies to the shared-file source only; "
          + "the stdout DaemonSet keeps its positions on the node.");
    }
  }

  /** Builds a {@link FakeLogGenerator}. */
  public static final class Builder extends ImmutableFakeLogGenerator.Builder {}
}
