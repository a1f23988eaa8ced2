package io.monitoringascode.loki.shipping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.monitoringascode.core.golden.GoldenFiles;
import io.monitoringascode.core.value.InvalidModelException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PromtailConfigTest {
  /** Every stage and option: a file job with each stage, and a pod-discovery job with relabelling. */
  static PromtailConfig everything() {
    return PromtailConfig.builder()
        .logLevel("warn")
        .positionsFile("/run/promtail/positions.yaml")
        .addClient(LokiClient.builder().url("http://loki-gateway.monitoring.svc/loki/api/v1/push").tenantId("team-a")
            .basicAuthUsername("promtail").basicAuthPasswordFile("/etc/promtail/secrets/password")
            .putExternalLabel("cluster", "kind").build())
        .addClient(LokiClient.builder().url("https://logs.example.com/loki/api/v1/push")
            .bearerTokenFile("/etc/promtail/secrets/token").putExternalLabel("cluster", "kind").build())
        .addScrapeJob(ScrapeJob.builder().jobName("app-files")
            .addStaticTarget(StaticTarget.of("/var/log/app/*.log", Map.of("job", "app", "env", "dev")))
            .addStages(
                Stage.json(Map.of("level", "", "msg", "message", "ts", "time")).withSource("log"),
                Stage.logfmt(Map.of("caller", "")),
                Stage.regex("^(?P<verb>\\w+) \"(?P<path>[^\"]*)\"").withSource("msg"),
                Stage.labels("level"),
                new LabelsStage(Map.of("method", "verb")),
                Stage.timestamp("ts", "RFC3339Nano").withFallbackFormats("UnixMs").withLocation("Europe/Paris")
                    .withActionOnFailure("skip"),
                Stage.output("msg"),
                DropStage.builder().source("level").value("debug").dropCounterReason("debug").build(),
                DropStage.builder().expression(".*healthz.*").longerThan("8KB").olderThan("24h").build(),
                Stage.match("{job=\"app\"} |= \"error\"", Stage.staticLabels(Map.of("severity", "error")))
                    .withPipelineName("errors"),
                MatchStage.drop("{env=\"dev\"} |~ \"trace\"").withDropCounterReason("noise"),
                Stage.staticLabels(Map.of("team", "platform")),
                Stage.labelDrop("filename"))
            .build())
        .addScrapeJob(ScrapeJob.builder().jobName("pods")
            .kubernetesRole("pod")
            .addKubernetesNamespace("k8s-monitoring-ns")
            .addRelabelRule(RelabelRule.builder().addSourceLabel("__meta_kubernetes_pod_label_app").regex("log-generator")
                .action("keep").build())
            .addRelabelRule(RelabelRule.builder().addSourceLabel("__meta_kubernetes_pod_name").targetLabel("pod")
                .build())
            .addRelabelRule(RelabelRule.builder().addSourceLabels("__meta_kubernetes_pod_uid",
                    "__meta_kubernetes_pod_container_name").separator("/").targetLabel("__path__")
                .replacement("/var/log/pods/*$1/*.log").build())
            .addStages(Stage.cri(), Stage.json(Map.of("http_status", "status")).withSource("content"),
                Stage.labels("http_status"))
            .build())
        .build();
  }

  @Test
  void render_tutorial_matchesGoldenFile() {
    GoldenFiles.assertMatches("shipping/tutorial-promtail.yaml",
        TutorialShipping.config().render().getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void toAlloy_tutorial_matchesGoldenFile() {
    GoldenFiles.assertMatches("shipping/tutorial.alloy",
        TutorialShipping.config().toAlloy().getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void render_everyStageAndOption_matchesGoldenFile() {
    GoldenFiles.assertMatches("shipping/everything-promtail.yaml",
        everything().render().getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void toAlloy_everyStageAndOption_matchesGoldenFile() {
    GoldenFiles.assertMatches("shipping/everything.alloy", everything().toAlloy().getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void toAlloy_clientsWithDifferentExternalLabels_oneWriterEach() {
    PromtailConfig config = PromtailConfig.builder().from(TutorialShipping.config())
        .addClient(LokiClient.builder().url("http://backup/loki/api/v1/push").putExternalLabel("copy", "yes").build())
        .build();
    assertThat(config.toAlloy())
        .contains("forward_to = [loki.write.client_1.receiver, loki.write.client_2.receiver]")
        .contains("loki.write \"client_1\" {").contains("loki.write \"client_2\" {");
  }

  @Test
  void toConfigMap_holdsTheRenderedConfigUnderConfigYaml() {
    ConfigMap configMap = TutorialShipping.config().toConfigMap("promtail-config");
    assertThat(configMap.getMetadata().getName()).isEqualTo("promtail-config");
    assertThat(configMap.getData()).containsExactly(Map.entry("config.yaml", TutorialShipping.config().render()));
    assertThat(TutorialShipping.config().toAlloyConfigMap("alloy-config").getData()).containsOnlyKeys("config.alloy");
  }

  @Test
  void labelsProduced_tutorial_targetLabelsFilenameAndExtractedLabels() {
    assertThat(TutorialShipping.config().labelsProduced())
        .containsExactly("filename", "http_method", "http_status", "job");
  }

  @Test
  void labelsProduced_everything_addsRelabelledStaticAndExternalLessDropped() {
    assertThat(everything().labelsProduced()).containsExactly("cluster", "env", "filename", "http_status", "job",
        "level", "method", "pod", "severity", "stream", "team");
  }

  @Test
  void pushUrls_listsTheClientsInOrder() {
    assertThat(everything().pushUrls()).containsExactly("http://loki-gateway.monitoring.svc/loki/api/v1/push",
        "https://logs.example.com/loki/api/v1/push");
  }

  @Test
  void build_withoutClientOrWithTwinJobs_throwsNamingTheProblem() {
    ScrapeJob job = TutorialShipping.config().scrapeJobs().get(0);
    assertThatThrownBy(() -> PromtailConfig.builder().addScrapeJob(job).build())
        .isInstanceOf(InvalidModelException.class).hasMessageContaining("add a client");
    assertThatThrownBy(() -> PromtailConfig.builder().from(TutorialShipping.config()).addScrapeJob(job).build())
        .isInstanceOf(InvalidModelException.class).hasMessageContaining("`generated-logs` is used twice");
  }

  @Test
  void stages_refuseWhatPromtailRefusesAtStart() {
    assertThatThrownBy(() -> Stage.json(Map.of())).isInstanceOf(InvalidModelException.class);
    assertThatThrownBy(() -> DropStage.builder().value("x").build()).hasMessageContaining("`value` needs a `source`");
    assertThatThrownBy(() -> new MatchStage("{a=\"b\"}", MatchStage.Action.DROP, java.util.Optional.empty(),
        java.util.Optional.empty(), List.of(Stage.output("x")))).hasMessageContaining("a dropping match takes no stages");
    assertThatThrownBy(() -> Stage.timestamp("ts", "RFC3339").withActionOnFailure("retry"))
        .hasMessageContaining("neither `fudge` nor `skip`");
    assertThatThrownBy(() -> LokiClient.builder().url("http://l/loki/api/v1/push").basicAuthUsername("u")
        .bearerTokenFile("/t").build()).hasMessageContaining("not both");
  }

  @Test
  void regexStage_groupNames_bothSyntaxes() {
    assertThat(Stage.regex("(?P<a>x)(?<b>y)(?:z)").groupNames()).containsExactly("a", "b");
  }
}
