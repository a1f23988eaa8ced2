package io.monitoringascode.loki.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.core.SharedData;
import io.monitoringascode.core.render.Canonical;
import io.monitoringascode.core.value.InvalidModelException;
import io.monitoringascode.core.values.ChartPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LokiValuesTest {
  /**
   * Paths below which any key is read although the defaults do not list it: {@code bucketNames} is documented only in
   * a comment, and {@code limits_config} and {@code rulerConfig} are copied verbatim into Loki's configuration, so
   * every Loki limit and ruler setting is a key.
   */
  private static final Set<String> OPEN_OR_DOCUMENTED = Set.of("/loki/storage/bucketNames", "/loki/limits_config",
      "/loki/rulerConfig");

  private static String yaml(LokiValues values) {
    return new String(Canonical.renderYaml(values.toTree()), StandardCharsets.UTF_8);
  }

  private static JsonNode read(Path file) throws IOException {
    return Canonical.yamlReader().readTree(Files.readAllBytes(file));
  }

  /** The tutorial's loki-helm-values.yaml, written with the typed API only. */
  static LokiValues tutorial() {
    return LokiValues.builder()
        .deploymentMode(DeploymentMode.SINGLE_BINARY)
        .putReplica(LokiComponent.SINGLE_BINARY, 1)
        .putReplica(LokiComponent.WRITE, 0)
        .putReplica(LokiComponent.READ, 0)
        .putReplica(LokiComponent.BACKEND, 0)
        .chunksCacheEnabled(false)
        .resultsCacheEnabled(false)
        .testEnabled(false)
        .loki(LokiConfig.builder()
            .authEnabled(false)
            .commonConfig(LokiCommonConfig.builder().replicationFactor(1).build())
            .storage(LokiStorage.filesystem(FilesystemStorage.builder()
                .chunksDirectory("/var/loki/chunks").rulesDirectory("/var/loki/rules").build()))
            .useTestSchema(true)
            .build())
        .build();
  }

  /** Sets every attribute, for the path walk. */
  static List<LokiValues> maximal() {
    S3Storage s3 = S3Storage.builder().endpoint("minio:9000").region("eu-west-1")
        .accessKeyId(SecretKeyRef.of("loki-s3", "access-key-id"))
        .secretAccessKey(SecretKeyRef.of("loki-s3", "secret-access-key"))
        .s3ForcePathStyle(true).insecure(false).build();
    LokiConfig.Builder config = LokiConfig.builder()
        .authEnabled(true)
        .limits(LokiLimits.builder().retentionPeriod("744h").ingestionRateMb(8).ingestionBurstSizeMb(16)
            .maxGlobalStreamsPerUser(10000).rejectOldSamples(true).rejectOldSamplesMaxAge("168h")
            .maxQueryLookback("744h").queryTimeout("300s").splitQueriesByInterval("15m").volumeEnabled(true).build())
        .commonConfig(LokiCommonConfig.builder().pathPrefix("/var/loki").replicationFactor(3).build())
        .addSchemaPeriod(SchemaPeriod.builder().from("2024-04-01").store("tsdb").objectStore("s3").schema("v13")
            .build())
        .rulerConfig(LokiRulerConfig.builder().localDirectory("/rules").alertmanagerUrl("http://am:9093").build());
    LokiValues.Builder values = LokiValues.builder()
        .deploymentMode(DeploymentMode.SINGLE_BINARY_TO_SIMPLE_SCALABLE)
        .testEnabled(true).lokiCanaryEnabled(true).gatewayEnabled(true)
        .resultsCacheEnabled(true).chunksCacheEnabled(true)
        .rulerEnabled(true)
        .rulesSidecar(LokiRulesSidecar.builder().enabled(true).label("loki_rule").labelValue("x").folder("/rules/fake")
            .build())
        .monitoring(LokiMonitoring.builder().dashboards(true).rules(true).serviceMonitor(true).build());
    for (LokiComponent component : LokiComponent.values()) {
      values.putReplica(component, 2);
    }
    return List.of(
        values.loki(config.storage(LokiStorage.builder().chunksBucket("c").rulerBucket("r").adminBucket("a")
            .s3(s3).build()).build()).build(),
        values.loki(config.storage(LokiStorage.builder().chunksBucket("c")
            .gcs(GcsStorage.builder().requestTimeout("30s").enableHttp2(true).build()).build()).build()).build(),
        values.loki(config.storage(LokiStorage.builder().chunksBucket("c")
            .azure(AzureStorage.builder().accountName("logs").accountKey(SecretKeyRef.of("loki-azure", "key"))
                .useManagedIdentity(false).useFederatedToken(false).userAssignedId("id")
                .endpointSuffix("blob.core.windows.net").build()).build()).build()).build(),
        values.loki(config.storage(LokiStorage.filesystem(FilesystemStorage.builder()
            .chunksDirectory("/data/chunks").rulesDirectory("/data/rules").build())).build()).build());
  }

  @Test
  void toTree_tutorialValues_equalsTutorialFile() throws IOException {
    Path file = SharedData.require("reference", "tutorial-repo", "k8s", "values", "loki-helm-values.yaml");

    assertThat(tutorial().toTree()).isEqualTo(read(file));
  }

  @Test
  void toTree_tutorialValues_rendersChartKeyOrder() {
    assertThat(yaml(tutorial())).isEqualTo("""
        deploymentMode: SingleBinary
        loki:
          auth_enabled: false
          commonConfig:
            replication_factor: 1
          storage:
            type: filesystem
            filesystem:
              chunks_directory: /var/loki/chunks
              rules_directory: /var/loki/rules
          useTestSchema: true
        test:
          enabled: false
        singleBinary:
          replicas: 1
        write:
          replicas: 0
        read:
          replicas: 0
        backend:
          replicas: 0
        resultsCache:
          enabled: false
        chunksCache:
          enabled: false
        """);
  }

  @Test
  void toTree_maximalValues_everyPathIsInTheChartValues() throws IOException {
    JsonNode defaults = read(SharedData.require("reference", "loki", "6.41.1", "values.yaml"));

    for (LokiValues values : maximal()) {
      assertThat(ChartPaths.offenders(values.toTree(), defaults, OPEN_OR_DOCUMENTED)).isEmpty();
    }
  }

  @Test
  void toTree_rulerWiring_rendersRulerSidecarAndRulerConfigWithoutFinding() {
    LokiValues values = LokiValues.builder().from(tutorial())
        .rulerEnabled(true)
        .rulesSidecar(LokiRulesSidecar.builder().enabled(true).folder("/rules/fake").build())
        .loki(LokiConfig.builder().from(tutorial().loki().orElseThrow())
            .rulerConfig(LokiRulerConfig.builder().localDirectory("/rules")
                .alertmanagerUrl("http://prometheus-kube-prometheus-alertmanager.monitoring.svc:9093").build())
            .build())
        .build();

    String yaml = yaml(values);

    assertThat(yaml).contains("""
          rulerConfig:
            storage:
              type: local
              local:
                directory: /rules
            alertmanager_url: http://prometheus-kube-prometheus-alertmanager.monitoring.svc:9093
        """).contains("""
        ruler:
          enabled: true
        """).contains("""
        sidecar:
          rules:
            enabled: true
            folder: /rules/fake
        """);
    assertThat(values.check().findings()).isEmpty();
  }

  @Test
  void build_relativeRulesFolderOrDirectory_failsNamingTheKey() {
    assertThatThrownBy(() -> LokiRulesSidecar.builder().folder("rules").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("`sidecar.rules.folder`: `rules` is not an absolute path.");
    assertThatThrownBy(() -> LokiRulerConfig.builder().localDirectory("rules").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("`loki.rulerConfig.storage.local.directory`: `rules` is not an absolute path.");
  }

  @Test
  void toTree_emptyValues_rendersNothing() {
    assertThat(LokiValues.builder().build().toTree()).isEmpty();
  }

  @Test
  void toTree_s3KeysFromSecretInSingleBinary_rendersPlaceholdersEnvAndExpandEnv() {
    LokiValues values = LokiValues.builder()
        .deploymentMode(DeploymentMode.SINGLE_BINARY)
        .loki(LokiConfig.builder().storage(LokiStorage.builder().chunksBucket("logs-chunks").rulerBucket("logs-ruler")
            .s3(S3Storage.builder().region("eu-west-1")
                .accessKeyId(SecretKeyRef.of("loki-s3", "access-key-id"))
                .secretAccessKey(SecretKeyRef.of("loki-s3", "secret-access-key")).build())
            .build()).build())
        .build();

    assertThat(yaml(values)).isEqualTo("""
        deploymentMode: SingleBinary
        loki:
          storage:
            bucketNames:
              chunks: logs-chunks
              ruler: logs-ruler
            type: s3
            s3:
              region: eu-west-1
              accessKeyId: "${LOKI_S3_ACCESS_KEY_ID}"
              secretAccessKey: "${LOKI_S3_SECRET_ACCESS_KEY}"
        singleBinary:
          extraArgs:
            - -config.expand-env=true
          extraEnv:
            - name: LOKI_S3_ACCESS_KEY_ID
              valueFrom:
                secretKeyRef:
                  name: loki-s3
                  key: access-key-id
            - name: LOKI_S3_SECRET_ACCESS_KEY
              valueFrom:
                secretKeyRef:
                  name: loki-s3
                  key: secret-access-key
        """);
  }

  @Test
  void toTree_azureKeyFromSecretInDistributed_rendersGlobalEnv() {
    LokiValues values = LokiValues.builder()
        .deploymentMode(DeploymentMode.DISTRIBUTED)
        .loki(LokiConfig.builder().storage(LokiStorage.builder().chunksBucket("chunks")
            .azure(AzureStorage.builder().accountName("logs").accountKey(SecretKeyRef.of("loki-azure", "key")).build())
            .build()).build())
        .build();

    JsonNode tree = values.toTree();

    assertThat(tree.at("/global/extraArgs/0").asText()).isEqualTo("-config.expand-env=true");
    assertThat(tree.at("/global/extraEnv/0/name").asText()).isEqualTo("LOKI_AZURE_ACCOUNT_KEY");
    assertThat(tree.at("/global/extraEnv/0/valueFrom/secretKeyRef/name").asText()).isEqualTo("loki-azure");
    assertThat(tree.at("/loki/storage/azure/accountKey").asText()).isEqualTo("${LOKI_AZURE_ACCOUNT_KEY}");
    assertThat(tree.has("singleBinary")).isFalse();
  }

  @Test
  void toTree_s3WithoutKeys_rendersNoEnv() {
    LokiValues values = LokiValues.builder()
        .loki(LokiConfig.builder().storage(LokiStorage.builder().chunksBucket("chunks")
            .s3(S3Storage.builder().region("eu-west-1").build()).build()).build())
        .build();

    assertThat(values.toTree().has("global")).isFalse();
  }

  @Test
  void toTree_schemaPeriod_rendersDateAsQuotedString() {
    LokiValues values = LokiValues.builder()
        .loki(LokiConfig.builder().addSchemaPeriod(SchemaPeriod.builder()
            .from("2024-04-01").store("tsdb").objectStore("s3").schema("v13").build()).build())
        .build();

    assertThat(yaml(values)).isEqualTo("""
        loki:
          schemaConfig:
            configs:
              - from: "2024-04-01"
                store: tsdb
                object_store: s3
                schema: v13
                index:
                  prefix: index_
                  period: 24h
        """);
  }

  @Test
  void toTree_limitsAndMonitoring_rendersSnakeCaseKeys() {
    LokiValues values = LokiValues.builder()
        .loki(LokiConfig.builder().limits(LokiLimits.builder().retentionPeriod("744h").ingestionRateMb(8).build())
            .build())
        .monitoring(LokiMonitoring.builder().serviceMonitor(true).build())
        .gatewayEnabled(true)
        .lokiCanaryEnabled(false)
        .build();

    assertThat(yaml(values)).isEqualTo("""
        loki:
          limits_config:
            retention_period: 744h
            ingestion_rate_mb: 8
        lokiCanary:
          enabled: false
        gateway:
          enabled: true
        monitoring:
          serviceMonitor:
            enabled: true
        """);
  }

  @Test
  void set_pointerIntoTypedObject_mergesAndWinsOverTypedKeys() {
    LokiValues values = LokiValues.builder()
        .testEnabled(false)
        .set("/loki/compactor", Map.of("retention_enabled", true, "delete_request_store", "s3"))
        .set("/test", Map.of("timeout", "2m"))
        .set("/singleBinary/extraArgs", List.of("-log.level=debug"))
        .set("/lokiCanary/enabled", null)
        .set("/singleBinary/extraArgs/-", "-print-config-stderr")
        .build();

    assertThat(yaml(values)).isEqualTo("""
        test:
          enabled: false
          timeout: 2m
        loki:
          compactor:
            delete_request_store: s3
            retention_enabled: true
        singleBinary:
          extraArgs:
            - -log.level=debug
            - -print-config-stderr
        lokiCanary:
          enabled: null
        """);
  }

  @Test
  void set_numbersAndEscapedKey_convertsValues() {
    LokiValues values = LokiValues.builder()
        .set("/loki/podAnnotations/example.com~1team", "logs")
        .set("/loki/server/http_server_read_timeout", "600s")
        .set("/ingester/replicas", 3L)
        .set("/chunksCache/allocatedMemory", 8192.5)
        .build();

    JsonNode tree = values.toTree();

    assertThat(tree.at("/loki/podAnnotations/example.com~1team").asText()).isEqualTo("logs");
    assertThat(tree.at("/ingester/replicas").isIntegralNumber()).isTrue();
    assertThat(tree.at("/chunksCache/allocatedMemory").doubleValue()).isEqualTo(8192.5);
  }

  @Test
  void set_notAPointer_throwsNamingIt() {
    assertThatThrownBy(() -> LokiValues.builder().set("loki.auth_enabled", false))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("`loki.auth_enabled` is not a JSON pointer");
  }

  @Test
  void set_unsupportedValue_throwsNamingType() {
    assertThatThrownBy(() -> LokiValues.builder().set("/loki/x", new StringBuilder("x")))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("java.lang.StringBuilder");
  }

  @Test
  void build_indexBeyondList_throwsNamingPointer() {
    assertThatThrownBy(() -> LokiValues.builder().set("/global/extraArgs/3", "x").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("`/global/extraArgs/3`");
  }

  @Test
  void build_negativeReplicas_throws() {
    assertThatThrownBy(() -> LokiValues.builder().putReplica(LokiComponent.WRITE, -1).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("`write.replicas`");
  }

  @Test
  void check_tutorialValues_haveNoFinding() {
    assertThat(tutorial().check().findings()).isEmpty();
  }
}
