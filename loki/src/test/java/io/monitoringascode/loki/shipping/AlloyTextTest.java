package io.monitoringascode.loki.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Alloy text of the tutorial's pipeline, argument by argument, against Alloy's component reference (checked by hand
 * against grafana.com/docs/alloy/latest/reference/components/ and the converter's own test data,
 * grafana/alloy internal/converter/internal/promtailconvert/testdata): the golden file pins the layout, this test
 * says why each line is there.
 */
class AlloyTextTest {
  private final String alloy = TutorialShipping.config().toAlloy();

  @Test
  void toAlloy_tutorial_filesAreMatchedWithTheirTargetLabels() {
    // local.file_match: `path_targets` is a list of maps; `__path__` is the glob, other keys become labels.
    assertThat(alloy).contains("local.file_match \"generated_logs\" {\n\tpath_targets = [{\n"
        + "\t\t__path__ = \"/var/log/generated-logs.txt\",\n\t\tjob      = \"generated-logs\",\n\t}]\n}\n");
  }

  @Test
  void toAlloy_tutorial_processesWithJsonThenLabels() {
    // loki.process: `forward_to` (list of receivers), then stage blocks in order. stage.json takes `expressions`
    // (extracted name = JMESPath expression); stage.labels takes `values` (label = extracted field, "" for the same name).
    assertThat(alloy).contains("loki.process \"generated_logs\" {\n\tforward_to = [loki.write.default.receiver]\n\n"
        + "\tstage.json {\n\t\texpressions = {\n\t\t\thttp_method = \"method\",\n\t\t\thttp_status = \"status\",\n"
        + "\t\t}\n\t}\n\n\tstage.labels {\n\t\tvalues = {\n\t\t\thttp_method = \"\",\n\t\t\thttp_status = \"\",\n"
        + "\t\t}\n\t}\n}\n");
  }

  @Test
  void toAlloy_tutorial_readsFilesIntoTheProcessor() {
    // loki.source.file: `targets` from local.file_match's export, `forward_to`, and `legacy_positions_file`, which
    // imports Promtail's positions once.
    assertThat(alloy).contains("loki.source.file \"generated_logs\" {\n"
        + "\ttargets               = local.file_match.generated_logs.targets\n"
        + "\tforward_to            = [loki.process.generated_logs.receiver]\n"
        + "\tlegacy_positions_file = \"/positions/positions.yaml\"\n}\n");
  }

  @Test
  void toAlloy_tutorial_writesToTheTenantsEndpoint() {
    // loki.write: one `endpoint` block per destination with `url` and `tenant_id`; `external_labels` is an argument of
    // the component, not of the endpoint.
    assertThat(alloy).endsWith("loki.write \"default\" {\n\tendpoint {\n"
        + "\t\turl       = \"" + TutorialShipping.PUSH_URL + "\"\n\t\ttenant_id = \"fake\"\n\t}\n"
        + "\texternal_labels = {}\n}\n");
  }

  @Test
  void toAlloy_componentsInConverterOrder() {
    List<String> order = alloy.lines().filter(line -> !line.isEmpty() && !Character.isWhitespace(line.charAt(0))
        && !line.equals("}")).toList();
    assertThat(order).containsExactly("local.file_match \"generated_logs\" {", "loki.process \"generated_logs\" {",
        "loki.source.file \"generated_logs\" {", "loki.write \"default\" {");
  }

  @Test
  void quote_escapesLikeGo() {
    assertThat(AlloyText.quote("a\"b\\c\nd")).isEqualTo("\"a\\\"b\\\\c\\nd\"");
  }

  @Test
  void alloyLabel_jobNamesBecomeIdentifiers() {
    assertThat(PromtailConfig.alloyLabel("generated-logs")).isEqualTo("generated_logs");
    assertThat(PromtailConfig.alloyLabel("1st.job")).isEqualTo("_1st_job");
  }

  @Test
  void toAlloy_staticTargetsAndDiscovery_concatenated() {
    PromtailConfig config = PromtailConfig.builder().addClient(LokiClient.of(TutorialShipping.PUSH_URL))
        .addScrapeJob(ScrapeJob.builder().jobName("both").kubernetesRole("pod")
            .addStaticTarget(StaticTarget.of("/var/log/a.log", Map.of())).build())
        .build();
    assertThat(config.toAlloy()).contains("local.file_match \"both\" {\n\tpath_targets = array.concat(\n"
        + "\t\tdiscovery.kubernetes.both.targets,\n\t\t[{\n\t\t\t__path__ = \"/var/log/a.log\",\n\t\t}],\n\t)\n}\n");
  }
}
