package io.monitoringascode.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.finding.Report;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonFormatTest {
  @Test
  void render_findings_writesOneArrayWithFixedKeys() {
    String json = new JsonFormat().render(FormatFixtures.run());

    assertThat(json).isEqualTo("""
        [
          {
            "file" : "k8s/monitor.yaml",
            "document" : 1,
            "path" : "",
            "line" : 3,
            "column" : 1,
            "ruleId" : "schema/unknown-kind",
            "severity" : "info",
            "message" : "Kind `ServiceMonitor` has no `apiVersion`.",
            "hint" : null
          },
          {
            "file" : "k8s/rules.yaml",
            "document" : 0,
            "path" : "/metadata/labels/release",
            "line" : 3,
            "column" : 1,
            "ruleId" : "wiring/selection-label",
            "severity" : "warning",
            "message" : "No `release` label.",
            "hint" : null
          },
          {
            "file" : "k8s/rules.yaml",
            "document" : 0,
            "path" : "/spec/groups/0/rules/0/expr",
            "line" : 10,
            "column" : 11,
            "ruleId" : "promql/syntax",
            "severity" : "error",
            "message" : "Unexpected `)`.",
            "hint" : "Remove the `)`."
          }
        ]
        """);
  }

  @Test
  void render_noFindings_writesAnEmptyArray() {
    String json = new JsonFormat().render(new CheckRun(Report.empty(), List.of(), 0));

    assertThat(json).isEqualTo("[ ]\n");
  }
}
